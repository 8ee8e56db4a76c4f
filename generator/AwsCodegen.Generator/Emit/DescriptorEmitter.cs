using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AwsCodegen.Generator.Model;
using AwsCodegen.Generator.Naming;

namespace AwsCodegen.Generator.Emit;

/// <summary>
/// Emits the service's descriptor (CLI metadata): its shapes, operations, paginators and waiters as data the runtime
/// decodes on demand (Runtime/Descriptors/DescriptorDecoder.cs documents the encoding, one compact JSON array per
/// record, in a UTF-8 literal with an offsets table), and the document sender: a switch by operation index that reads
/// the input document into the typed request and sends it. No reflection at run time: the CLI and the document calls
/// find everything here.
/// </summary>
internal static class DescriptorEmitter
{
    private const string Descriptors = TypeNames.Runtime + ".Descriptors";
    private const string Documents = TypeNames.Runtime + ".Documents";

    private static readonly JsonWriterOptions s_json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    public static string Emit(ServiceSpec spec, ServiceCompanions companions)
    {
        var shapeIndex = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (int i = 0; i < spec.Shapes.Count; i++) shapeIndex[spec.Shapes[i].Name] = i;
        var (shapes, shapeOffsets) = Encode(spec.Shapes, (writer, shape) => WriteShape(writer, spec, shape, shapeIndex));
        var paginators = companions.Paginators.GroupBy(p => p.Operation).ToDictionary(g => g.Key, g => g.First(), System.StringComparer.Ordinal);
        var (operations, operationOffsets) = Encode(spec.Operations, (writer, op) => WriteOperation(writer, spec, op, shapeIndex, paginators));
        string? waiters = companions.Waiters.IsEmpty ? null : EncodeWaiters(spec, companions.Waiters);

        var w = Header.Begin(spec);
        using (w.Block($"partial class {spec.ClientName}"))
        {
            EmitDescriptorProperty(w, spec, waiters is not null);
            w.Line($"private static global::System.ReadOnlySpan<byte> DescriptorShapes => {CSharpNames.Literal(shapes)}u8;");
            w.Line($"private static global::System.ReadOnlySpan<int> DescriptorShapeOffsets => new int[] {{ {string.Join(", ", shapeOffsets)} }};");
            w.Line($"private static global::System.ReadOnlySpan<byte> DescriptorOperations => {CSharpNames.Literal(operations)}u8;");
            w.Line($"private static global::System.ReadOnlySpan<int> DescriptorOperationOffsets => new int[] {{ {string.Join(", ", operationOffsets)} }};");
            if (waiters is not null)
                w.Line($"private static global::System.ReadOnlySpan<byte> DescriptorWaiters => {CSharpNames.Literal(waiters)}u8;");
            w.Line();
            EmitSender(w, spec);
        }
        return w.ToString();
    }

    private static void EmitDescriptorProperty(SourceWriter w, ServiceSpec spec, bool hasWaiters)
    {
        w.Line($"private static {Descriptors}.ServiceDescriptor? s_descriptor;");
        w.Line();
        w.Line("/// <summary>The service as the command line and document calls see it: operations, shapes, paginators, waiters.</summary>");
        w.Line($"public static {Descriptors}.ServiceDescriptor Descriptor =>");
        using (w.Indent())
            w.Line($"s_descriptor ?? global::System.Threading.Interlocked.CompareExchange(ref s_descriptor, CreateDescriptor(), null) ?? s_descriptor!;");
        w.Line();
        using (w.Block($"private static {Descriptors}.ServiceDescriptor CreateDescriptor() => new(new {Descriptors}.ServiceDescriptorSource"))
        {
            w.Line($"ServiceName = {CSharpNames.Literal(spec.BotocoreName)},");
            w.Line($"CliName = {CSharpNames.Literal(spec.CliName)},");
            w.Line($"ServiceId = {CSharpNames.Literal(spec.Info.ServiceId)},");
            w.Line($"ApiVersion = {CSharpNames.Literal(spec.Info.ApiVersion)},");
            w.Line($"Protocol = {Descriptors}.DocumentProtocol.{spec.Protocol},");
            w.Line("Shapes = static () => DescriptorShapes,");
            w.Line("ShapeOffsets = static () => DescriptorShapeOffsets,");
            w.Line("Operations = static () => DescriptorOperations,");
            w.Line("OperationOffsets = static () => DescriptorOperationOffsets,");
            w.Line("OperationCliNames = new string[] { " + string.Join(", ", spec.Operations.Select(o => CSharpNames.Literal(o.CliName))) + " },");
            if (hasWaiters) w.Line("Waiters = static () => DescriptorWaiters,");
            w.Line($"CreateClient = static options => new {spec.ClientName}(options),");
            w.Line("Send = SendDocumentAsync,");
            w.Line($"Documentation = {DocumentationEmitter.LoaderName},");
        }
        w.Line(");");
        w.Line();
    }

    /// <summary>The document sender: the input document read into the typed request, then the typed pipeline.</summary>
    private static void EmitSender(SourceWriter w, ServiceSpec spec)
    {
        string documents = DocumentEmitter.ClassName(spec);
        using (w.Block($"private static global::System.Threading.Tasks.Task<{TypeNames.AwsHttpResponse}> SendDocumentAsync({TypeNames.Runtime}.AwsServiceClient client, int operation, {TypeNames.JsonElement} input, {Documents}.DocumentCall call, {TypeNames.CancellationToken} cancellationToken)"))
        {
            w.Line($"var self = ({spec.ClientName})client;");
            using (w.Block("switch (operation)"))
            {
                for (int i = 0; i < spec.Operations.Count; i++)
                {
                    var op = spec.Operations[i];
                    var request = spec.Shape(op.RequestShape);
                    var stream = request.Members.FirstOrDefault(m => TypeNames.IsStream(spec, m) && !TypeNames.IsEventStream(spec, m));
                    string read = $"{documents}.{DocumentEmitter.ReaderName(request)}(input, call.Options, \"\")";
                    using (w.Block($"case {i}:"))
                    {
                        w.Line($"var request{i} = {read};");
                        if (stream is not null)
                            w.Line($"if (call.InputBody is {{ }} body) request{i}.{stream.PropertyName} = body;");
                        w.Line($"return self.SendForDocumentAsync(request{i}, Operations.{op.MethodName}, cancellationToken);");
                    }
                }
                w.Line("default:");
                using (w.Indent())
                    w.Line($"throw new global::System.ArgumentOutOfRangeException(nameof(operation), operation, {CSharpNames.Literal(spec.Info.ServiceId + " has no such operation.")});");
            }
        }
    }

    private delegate void RecordWriter<T>(Utf8JsonWriter writer, T item);

    /// <summary>Encodes each item as one JSON record, concatenated; returns the text and where each record starts (in UTF-8 bytes).</summary>
    private static (string Text, List<int> Offsets) Encode<T>(IReadOnlyList<T> items, RecordWriter<T> write)
    {
        using var buffer = new System.IO.MemoryStream();
        var offsets = new List<int>(items.Count);
        using var writer = new Utf8JsonWriter(buffer, s_json);
        foreach (var item in items)
        {
            offsets.Add((int)buffer.Length);
            writer.Reset(buffer);
            write(writer, item);
            writer.Flush();
        }
        return (Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), offsets);
    }

    private static void WriteShape(Utf8JsonWriter w, ServiceSpec spec, ShapeSpec shape, Dictionary<string, int> index)
    {
        w.WriteStartArray();
        w.WriteStringValue(shape.Name);
        w.WriteNumberValue(TypeCode(shape.Kind));
        w.WriteNumberValue(ShapeFlags(shape));
        switch (shape.Kind)
        {
            case ShapeKind.Structure:
                w.WriteStartArray();
                foreach (var member in shape.Members) WriteMember(w, spec, shape, member, index);
                w.WriteEndArray();
                break;
            case ShapeKind.List:
                WriteMember(w, spec, shape, shape.Element!, index);
                break;
            case ShapeKind.Map:
                WriteMember(w, spec, shape, shape.Key!, index);
                WriteMember(w, spec, shape, shape.Element!, index);
                break;
            case ShapeKind.Enum:
                w.WriteStartArray();
                foreach (var value in shape.EnumValues) w.WriteStringValue(value.Value);
                w.WriteEndArray();
                break;
            case ShapeKind.Timestamp when shape.Traits.TimestampFormat != TimestampFormat.Default:
                w.WriteStringValue(shape.Traits.TimestampFormat switch
                {
                    TimestampFormat.EpochSeconds => "unixTimestamp",
                    TimestampFormat.HttpDate => "rfc822",
                    _ => "iso8601",
                });
                break;
        }
        // botocore's validator checks a minimum on these kinds only (a length, or a value); maps and blobs are not checked.
        if (shape.Traits.Min is { } min && shape.Kind is ShapeKind.String or ShapeKind.Enum or ShapeKind.List
                or ShapeKind.Integer or ShapeKind.Long or ShapeKind.Float or ShapeKind.Double)
            w.WriteRawValue(min);
        w.WriteEndArray();
    }

    private static void WriteMember(Utf8JsonWriter w, ServiceSpec spec, ShapeSpec owner, MemberSpec member, Dictionary<string, int> index)
    {
        w.WriteStartArray();
        w.WriteStringValue(member.Name);
        w.WriteNumberValue(index[member.Target]);
        WriteNullable(w, member.CliName);
        // A header map's prefix is always written, empty when the model gives none (then every header belongs to it).
        if (member.Location == MemberLocation.HeaderMap) w.WriteStringValue(member.HasExplicitWireName ? member.WireName : "");
        else WriteNullable(w, SerializedName(spec, member));
        w.WriteNumberValue(LocationCode(member.Location));
        w.WriteNumberValue(MemberFlags(spec, owner, member));
        WriteNullable(w, member.QueryName);
        WriteNullable(w, member.CliNegatedName);
        w.WriteEndArray();
    }

    /// <summary>
    /// The name the model gives the member on the wire, as botocore resolves it: a member reference's traits are laid
    /// over its target shape's, so the reference's locationName wins and the target's locationName is the fallback
    /// (EC2's list items, S3's Grant). Null when neither names it: the member's own name (or "member", "key",
    /// "value") is meant, and the XML readers need to know the difference (a flattened list's element name).
    /// </summary>
    private static string? SerializedName(ServiceSpec spec, MemberSpec member) =>
        member.HasExplicitWireName ? member.WireName : spec.Shape(member.Target).Traits.XmlName;

    private static void WriteOperation(Utf8JsonWriter w, ServiceSpec spec, OperationSpec op, Dictionary<string, int> index, Dictionary<string, PaginatorSpec> paginators)
    {
        var request = spec.Shape(op.RequestShape);
        var response = spec.Shape(op.ResponseShape);
        w.WriteStartArray();
        w.WriteStringValue(op.Name);
        w.WriteStringValue(op.CliName);
        w.WriteNumberValue(index[op.RequestShape]);
        w.WriteNumberValue(index[op.ResponseShape]);
        int flags = (op.Deprecated ? 1 : 0)
            | (HasBlobPayload(spec, request) ? 2 : 0)
            | (HasBlobPayload(spec, response) ? 4 : 0)
            | (request.Members.Concat(response.Members).Any(m => TypeNames.IsEventStream(spec, m)) ? 8 : 0)
            | (op.CliHidden ? 16 : 0);
        w.WriteNumberValue(flags);
        WriteNullable(w, op.ResultWrapper);
        WriteNullable(w, op.ModelInputShape);
        WriteNullable(w, op.ModelOutputShape);
        if (paginators.TryGetValue(op.Name, out var p))
        {
            w.WriteStartArray();
            WriteStrings(w, p.InputTokens);
            WriteStrings(w, p.OutputTokens);
            WriteNullable(w, p.LimitKey);
            WriteNullable(w, p.MoreResults);
            WriteStrings(w, p.ResultKeys);
            WriteStrings(w, p.NonAggregateKeys);
            w.WriteEndArray();
        }
        else
        {
            w.WriteNullValue();
        }
        w.WriteEndArray();
    }

    private static string EncodeWaiters(ServiceSpec spec, EquatableArray<WaiterSpec> waiters)
    {
        var operationIndex = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (int i = 0; i < spec.Operations.Count; i++) operationIndex[spec.Operations[i].Name] = i;
        using var buffer = new System.IO.MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, s_json))
        {
            w.WriteStartArray();
            // A waiter on an operation the model does not have is left out (the typed waiters report it as AWSCG010).
            foreach (var waiter in waiters.Where(x => operationIndex.ContainsKey(x.Operation)).OrderBy(x => x.Name, System.StringComparer.Ordinal))
            {
                w.WriteStartArray();
                w.WriteStringValue(waiter.Name);
                w.WriteStringValue(CliNames.Kebab(waiter.Name));
                w.WriteNumberValue(operationIndex[waiter.Operation]);
                w.WriteNumberValue(waiter.Delay);
                w.WriteNumberValue(waiter.MaxAttempts);
                w.WriteStartArray();
                foreach (var a in waiter.Acceptors)
                {
                    w.WriteStartArray();
                    w.WriteNumberValue(a.State switch { "success" => 0, "failure" => 1, _ => 2 });
                    w.WriteNumberValue(a.Matcher switch { "path" => 0, "pathAll" => 1, "pathAny" => 2, "status" => 3, _ => 4 });
                    WriteNullable(w, a.Argument);
                    w.WriteStringValue(a.ExpectedJson);
                    w.WriteEndArray();
                }
                w.WriteEndArray();
                w.WriteEndArray();
            }
            w.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>botocore's streaming input/output: the structure's payload is a blob.</summary>
    private static bool HasBlobPayload(ServiceSpec spec, ShapeSpec structure) =>
        structure.Traits.Payload is { } payload && structure.Members.FirstOrDefault(m => m.Name == payload) is { } member &&
        spec.Shape(member.Target).Kind == ShapeKind.Blob;

    /// <summary>The runtime's ShapeType numbers.</summary>
    private static int TypeCode(ShapeKind kind) => kind switch
    {
        ShapeKind.Structure => 0,
        ShapeKind.List => 1,
        ShapeKind.Map => 2,
        ShapeKind.String or ShapeKind.Enum => 3,
        ShapeKind.Boolean => 4,
        ShapeKind.Byte => 5,
        ShapeKind.Short => 6,
        ShapeKind.Integer => 7,
        ShapeKind.Long => 8,
        ShapeKind.Float => 9,
        ShapeKind.Double => 10,
        ShapeKind.BigInteger => 11,
        ShapeKind.BigDecimal => 12,
        ShapeKind.Blob => 13,
        ShapeKind.Timestamp => 14,
        _ => 15,
    };

    /// <summary>The runtime's ShapeFlags bits.</summary>
    private static int ShapeFlags(ShapeSpec shape) =>
        (shape.Traits.Union ? 1 : 0) | (shape.Traits.Streaming ? 2 : 0) | (shape.Traits.EventStream ? 4 : 0) |
        (shape.Traits.Flattened ? 8 : 0) | (shape.Traits.Sensitive ? 16 : 0) | (shape.Role == ShapeRole.Error ? 32 : 0);

    /// <summary>The runtime's WireLocation numbers.</summary>
    private static int LocationCode(MemberLocation location) => location switch
    {
        MemberLocation.Uri => 1,
        MemberLocation.QueryString => 2,
        MemberLocation.Header => 3,
        MemberLocation.HeaderMap => 4,
        MemberLocation.StatusCode => 5,
        _ => 0,
    };

    /// <summary>The runtime's MemberFlags bits.</summary>
    private static int MemberFlags(ServiceSpec spec, ShapeSpec owner, MemberSpec m) =>
        (m.Required ? 1 : 0) | (m.IdempotencyToken ? 2 : 0) | (m.XmlAttribute ? 4 : 0) | (m.Flattened ? 8 : 0) |
        (m.Streaming || spec.Shape(m.Target).Traits.Streaming ? 16 : 0) | (m.JsonValue ? 32 : 0) | (m.HostLabel ? 64 : 0) |
        (m.Deprecated ? 128 : 0) | (owner.Traits.Payload == m.Name ? 256 : 0);

    private static void WriteNullable(Utf8JsonWriter w, string? value)
    {
        if (value is null) w.WriteNullValue();
        else w.WriteStringValue(value);
    }

    private static void WriteStrings(Utf8JsonWriter w, EquatableArray<string> values)
    {
        w.WriteStartArray();
        foreach (var value in values) w.WriteStringValue(value);
        w.WriteEndArray();
    }
}
