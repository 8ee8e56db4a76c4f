using System.Linq;
using AwsCodegen.Generator.Model;
using AwsCodegen.Generator.Naming;
using AwsCodegen.Generator.Protocols;

namespace AwsCodegen.Generator.Emit;

/// <summary>
/// Emits {Service}Serializers: per operation a request writer and a response reader, per error shape a reader, and the
/// error factory. What is common to all protocols (idempotency tokens, host prefixes) is written here; the rest is
/// delegated to the protocol's emitter.
/// </summary>
internal static class SerializersEmitter
{
    public static string ClassName(ServiceSpec spec) => spec.ServiceName + SupportClassNames.Serializers;

    /// <param name="checkedShapes">The shapes with a validation method (<see cref="ValidationEmitter.ShapesToCheck"/>).</param>
    public static string Emit(ServiceSpec spec, IProtocolEmitter protocol, System.Collections.Generic.HashSet<string> checkedShapes)
    {
        var w = Header.Begin(spec);
        w.Line("using global::System.Linq;");
        w.Line();
        using (w.Block($"internal static partial class {ClassName(spec)}"))
        {
            foreach (var op in spec.Operations)
            {
                EmitRequestWriter(w, spec, op, protocol, checkedShapes);
                EmitResponseReader(w, spec, op, protocol);
            }
            var errors = spec.Shapes.Where(s => s.Role == ShapeRole.Error).ToList();
            foreach (var error in errors)
            {
                using (w.Block($"internal static {error.TypeName} Read{error.TypeName}(string? message, {TypeNames.AwsHttpResponse} response)"))
                {
                    w.Line($"var value = new {error.TypeName}(message);");
                    protocol.EmitErrorBody(w, spec, error);
                    w.Line("return value;");
                }
                w.Line();
            }
            using (w.Block($"internal static {TypeNames.AwsServiceException}? CreateError(string code, string? message, {TypeNames.AwsHttpResponse} response)"))
            {
                using (w.Block("switch (code)"))
                {
                    foreach (var group in ErrorCodes(errors).GroupBy(e => e.Error, e => e.Code))
                    {
                        foreach (var code in group)
                            w.Line($"case {CSharpNames.Literal(code)}:");
                        using (w.Indent()) w.Line($"return Read{group.Key.TypeName}(message, response);");
                    }
                    w.Line("default:");
                    using (w.Indent()) w.Line("return null;");
                }
            }
        }
        return w.ToString();
    }

    /// <summary>
    /// The codes each error shape answers to: its shape name, and the code its error trait gives (query protocols).
    /// Shape names win over trait codes, and the first shape claiming a trait code keeps it.
    /// </summary>
    public static System.Collections.Generic.List<(ShapeSpec Error, string Code)> ErrorCodes(System.Collections.Generic.IReadOnlyList<ShapeSpec> errors)
    {
        var claimed = new System.Collections.Generic.HashSet<string>(errors.Select(e => e.Name), System.StringComparer.Ordinal);
        var result = errors.Select(e => (e, e.Name)).ToList();
        foreach (var error in errors)
            if (error.Traits.ErrorCode is { } code && claimed.Add(code)) result.Add((error, code));
        return result;
    }

    public static string WriterName(OperationSpec op) => "Write" + op.MethodName;
    public static string ReaderName(OperationSpec op) => "Read" + op.MethodName;

    private static void EmitRequestWriter(SourceWriter w, ServiceSpec spec, OperationSpec op, IProtocolEmitter protocol, System.Collections.Generic.HashSet<string> checkedShapes)
    {
        var input = spec.Shape(op.RequestShape);
        using (w.Block($"internal static void {WriterName(op)}({input.TypeName} input, {TypeNames.AwsHttpRequest} request)"))
        {
            foreach (var token in input.Members.Where(m => m.IdempotencyToken))
                w.Line($"input.{token.PropertyName} ??= request.NewIdempotencyToken();");
            // Required members are checked after the tokens are filled in (a required token the caller left unset is fine).
            if (checkedShapes.Contains(op.RequestShape))
                w.Line($"if ({ValidationEmitter.ClassName(spec)}.{ValidationEmitter.FindMethod(input)}(input) is {{ }} missing) throw {TypeNames.Runtime}.Errors.AwsValidationException.MissingMember({CSharpNames.Literal(spec.Info.ServiceId)}, {CSharpNames.Literal(op.Name)}, missing);");
            if (op.HostPrefix is { } prefix) EmitHostPrefix(w, op, input, prefix);
            protocol.EmitRequestBody(w, spec, op, input);
            EmitChecksums(w, op, input);
            if (op.GzipRequestAllowed) w.Line("request.GzipAllowed = true;");
        }
        w.Line();
    }

    /// <summary>
    /// httpChecksum: the request tells the checksum policy which header carries the caller's algorithm and whether a
    /// checksum is required, and which header opts in to validating the response's (the policy decides, by the
    /// client's configuration). The httpChecksumRequired trait alone is Content-MD5, as Smithy specifies it.
    /// </summary>
    private static void EmitChecksums(SourceWriter w, OperationSpec op, ShapeSpec input)
    {
        string required = op.ChecksumRequired ? "true" : "false";
        if (op.RequestAlgorithmMember is { } algorithmName && input.Members.FirstOrDefault(m => m.Name == algorithmName) is { Location: MemberLocation.Header } algorithm)
            w.Line($"request.FlexibleChecksum = new {TypeNames.Runtime}.Http.FlexibleChecksumTrait({CSharpNames.Literal(algorithm.WireName)}, Required: {required});");
        else if (op.ChecksumRequired)
            w.Line($"{TypeNames.Runtime}.Http.Checksums.AddContentMd5(request);");
        if (op.RequestValidationModeMember is { } modeName && input.Members.FirstOrDefault(m => m.Name == modeName) is { Location: MemberLocation.Header } mode)
            w.Line($"request.ChecksumModeHeader = {CSharpNames.Literal(mode.WireName)};");
    }

    private static void EmitHostPrefix(SourceWriter w, OperationSpec op, ShapeSpec input, string prefix)
    {
        var parts = new System.Collections.Generic.List<string>();
        int pos = 0;
        while (pos < prefix.Length)
        {
            int open = prefix.IndexOf('{', pos);
            if (open < 0) { parts.Add(CSharpNames.Literal(prefix.Substring(pos))); break; }
            if (open > pos) parts.Add(CSharpNames.Literal(prefix.Substring(pos, open - pos)));
            int close = prefix.IndexOf('}', open);
            string label = prefix.Substring(open + 1, close - open - 1);
            var member = input.Members.FirstOrDefault(m => m.Name == label);
            parts.Add(member is null
                ? CSharpNames.Literal("")
                : $"{TypeNames.RestBinding}.HostLabel(input.{member.PropertyName}, {CSharpNames.Literal(op.Name)}, {CSharpNames.Literal(member.Name)})");
            pos = close + 1;
        }
        w.Line($"request.HostPrefix = {string.Join(" + ", parts)};");
    }

    private static void EmitResponseReader(SourceWriter w, ServiceSpec spec, OperationSpec op, IProtocolEmitter protocol)
    {
        var output = spec.Shape(op.ResponseShape);
        using (w.Block($"internal static {output.TypeName} {ReaderName(op)}({TypeNames.AwsHttpResponse} response)"))
        {
            w.Line($"var value = new {output.TypeName}();");
            protocol.EmitResponseBody(w, spec, op, output);
            w.Line("return value;");
        }
        w.Line();
    }
}
