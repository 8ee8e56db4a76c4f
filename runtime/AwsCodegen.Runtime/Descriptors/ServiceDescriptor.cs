using System;
using System.Collections.Generic;
using System.Threading;
using AwsCodegen.Runtime.Documents;

namespace AwsCodegen.Runtime.Descriptors;

/// <summary>
/// A service as the command line and the document calls see it: names, operations, shapes, paginators and waiters,
/// all generated from the model. Shapes and operations are decoded one at a time, the first time they are asked for,
/// from data compiled into the assembly; a command that runs one operation decodes only what that operation reaches.
/// Thread-safe: a value decoded twice by racing threads is decoded the same way, and one of them is kept.
/// </summary>
public sealed class ServiceDescriptor
{
    private readonly ServiceDescriptorSource _source;
    private readonly ShapeDescriptor?[] _shapes;
    private readonly OperationDescriptor?[] _operations;
    private IReadOnlyList<WaiterDescriptor>? _waiters;
    private ServiceDocumentation? _documentation;

    public ServiceDescriptor(ServiceDescriptorSource source)
    {
        _source = source ?? throw new ArgumentNullException(nameof(source));
        _shapes = new ShapeDescriptor?[source.ShapeOffsets().Length];
        _operations = new OperationDescriptor?[source.OperationOffsets().Length];
        if (source.OperationCliNames.Count != _operations.Length)
            throw new ArgumentException($"{source.ServiceName}: {source.OperationCliNames.Count} command names for {_operations.Length} operations.", nameof(source));
    }

    public string ServiceName => _source.ServiceName;
    public string CliName => _source.CliName;
    public string ServiceId => _source.ServiceId;
    public string ApiVersion => _source.ApiVersion;
    public DocumentProtocol Protocol => _source.Protocol;

    public int OperationCount => _operations.Length;
    public int ShapeCount => _shapes.Length;

    /// <summary>The operations' command-line names, in operation order (model names, sorted ordinally).</summary>
    public IReadOnlyList<string> OperationCliNames => _source.OperationCliNames;

    /// <summary>A new client for this service.</summary>
    public AwsServiceClient CreateClient(AwsClientOptions? options) => _source.CreateClient(options);

    internal DocumentSender Sender => _source.Send;

    public OperationDescriptor Operation(int index)
    {
        var cached = Volatile.Read(ref _operations[index]);
        if (cached is not null) return cached;
        var decoded = DescriptorDecoder.Operation(this, index, Slice(_source.Operations(), _source.OperationOffsets(), index));
        return Interlocked.CompareExchange(ref _operations[index], decoded, null) ?? decoded;
    }

    /// <summary>Every operation, decoded (for help and completion; a single command looks one up instead).</summary>
    public IEnumerable<OperationDescriptor> Operations
    {
        get
        {
            for (int i = 0; i < _operations.Length; i++) yield return Operation(i);
        }
    }

    /// <summary>An operation by its model name (DescribeTable), or null.</summary>
    public OperationDescriptor? FindOperation(string name)
    {
        var data = _source.Operations();
        var offsets = _source.OperationOffsets();
        int lo = 0, hi = offsets.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int c = string.CompareOrdinal(DescriptorDecoder.FirstString(Slice(data, offsets, mid)), name);
            if (c == 0) return Operation(mid);
            if (c < 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return null;
    }

    /// <summary>An operation by its command-line name (describe-table), or null.</summary>
    public OperationDescriptor? FindOperationByCliName(string cliName)
    {
        var names = _source.OperationCliNames;
        for (int i = 0; i < names.Count; i++)
            if (string.Equals(names[i], cliName, StringComparison.Ordinal)) return Operation(i);
        return null;
    }

    public ShapeDescriptor Shape(int index)
    {
        var cached = Volatile.Read(ref _shapes[index]);
        if (cached is not null) return cached;
        var decoded = DescriptorDecoder.Shape(this, index, Slice(_source.Shapes(), _source.ShapeOffsets(), index));
        return Interlocked.CompareExchange(ref _shapes[index], decoded, null) ?? decoded;
    }

    /// <summary>A shape's name without decoding the rest of it.</summary>
    public string ShapeName(int index) => Volatile.Read(ref _shapes[index])?.Name
        ?? DescriptorDecoder.FirstString(Slice(_source.Shapes(), _source.ShapeOffsets(), index));

    public IReadOnlyList<WaiterDescriptor> Waiters
    {
        get
        {
            var waiters = Volatile.Read(ref _waiters);
            if (waiters is not null) return waiters;
            waiters = _source.Waiters is { } data ? DescriptorDecoder.Waiters(this, data()) : Array.Empty<WaiterDescriptor>();
            return Interlocked.CompareExchange(ref _waiters, waiters, null) ?? waiters;
        }
    }

    public WaiterDescriptor? FindWaiterByCliName(string cliName)
    {
        foreach (var waiter in Waiters)
            if (string.Equals(waiter.CliName, cliName, StringComparison.Ordinal)) return waiter;
        return null;
    }

    /// <summary>The service's full documentation (decompressed on first use); empty when it was not generated.</summary>
    public ServiceDocumentation Documentation
    {
        get
        {
            var docs = Volatile.Read(ref _documentation);
            if (docs is not null) return docs;
            docs = _source.Documentation?.Invoke() ?? ServiceDocumentation.Empty;
            return Interlocked.CompareExchange(ref _documentation, docs, null) ?? docs;
        }
    }

    private static ReadOnlySpan<byte> Slice(ReadOnlySpan<byte> data, ReadOnlySpan<int> offsets, int index)
    {
        int start = offsets[index];
        int end = index + 1 < offsets.Length ? offsets[index + 1] : data.Length;
        return data[start..end];
    }

    public override string ToString() => $"{CliName} ({ServiceId} {ApiVersion}, {Protocol})";
}
