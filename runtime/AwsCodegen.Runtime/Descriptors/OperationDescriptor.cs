namespace AwsCodegen.Runtime.Descriptors;

/// <summary>Traits of an operation.</summary>
[System.Flags]
public enum OperationFlags : byte
{
    None = 0,
    Deprecated = 1,
    /// <summary>The input has a streaming member (S3 PutObject's Body).</summary>
    StreamingInput = 2,
    /// <summary>The output has a streaming member (S3 GetObject's Body).</summary>
    StreamingOutput = 4,
    /// <summary>The input or output is an event stream.</summary>
    EventStream = 8,
    /// <summary>aws-cli does not offer the operation (its removals, such as event-stream operations).</summary>
    Hidden = 16,
}

/// <summary>One operation: its names, its input and output shapes, and its paginator if it has one.</summary>
public sealed class OperationDescriptor
{
    private readonly ServiceDescriptor _service;
    private readonly int _input;
    private readonly int _output;

    internal OperationDescriptor(ServiceDescriptor service, int index, string name, string cliName, int input, int output,
        OperationFlags flags, string? resultWrapper, string? modelInput, string? modelOutput, PaginatorDescriptor? paginator)
    {
        _service = service;
        Index = index;
        Name = name;
        CliName = cliName;
        _input = input;
        _output = output;
        Flags = flags;
        ResultWrapper = resultWrapper;
        ModelInputShape = modelInput;
        ModelOutputShape = modelOutput;
        Paginator = paginator;
    }

    public ServiceDescriptor Service => _service;

    /// <summary>The operation's position in its service's table (the generated dispatch is by index).</summary>
    public int Index { get; }

    /// <summary>The model's name (DescribeTable).</summary>
    public string Name { get; }

    /// <summary>The command-line name (describe-table).</summary>
    public string CliName { get; }

    /// <summary>The request shape (always a structure; possibly without members).</summary>
    public ShapeDescriptor Input => _service.Shape(_input);

    /// <summary>The response shape (always a structure; possibly without members).</summary>
    public ShapeDescriptor Output => _service.Shape(_output);

    public OperationFlags Flags { get; }
    public bool Is(OperationFlags flag) => (Flags & flag) != 0;

    /// <summary>The query protocols wrap the output in an element of this name.</summary>
    public string? ResultWrapper { get; }

    /// <summary>The model's name of the input shape (its documentation's key), or null when the operation has none.</summary>
    public string? ModelInputShape { get; }

    /// <summary>The model's name of the output shape, or null when the operation has none.</summary>
    public string? ModelOutputShape { get; }

    public PaginatorDescriptor? Paginator { get; }

    public override string ToString() => _service.ServiceName + " " + Name;
}
