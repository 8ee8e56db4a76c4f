using System.Linq;
using AwsCodegen.Generator.Customizations;
using AwsCodegen.Generator.Model;
using AwsCodegen.Generator.Naming;
using AwsCodegen.Generator.Protocols;

namespace AwsCodegen.Generator.Emit;

/// <summary>Emits the client: one async method per operation, the operation table, and the JSON document dispatch.</summary>
internal static class ClientEmitter
{
    public static string Emit(ServiceSpec spec, IProtocolEmitter protocol)
    {
        var w = Header.Begin(spec);
        string serializers = SerializersEmitter.ClassName(spec);
        string documents = DocumentEmitter.ClassName(spec);
        var quirks = ServiceCustomizations.For(spec);

        w.Summary(spec.Info.Documentation ?? $"A client for {spec.Info.ServiceId}.");
        using (w.Block($"{TypeNames.Accessibility(spec)} sealed partial class {spec.ClientName} : {TypeNames.Runtime}.AwsServiceClient"))
        {
            w.Line($"/// <summary>What the runtime needs to know about {spec.Info.ServiceId} (API {spec.Info.ApiVersion}).</summary>");
            using (w.InitializerBlock($"public static {TypeNames.Runtime}.ServiceMetadata Metadata {{ get; }} = new({CSharpNames.Literal(spec.Info.ServiceId)}, {CSharpNames.Literal(spec.Info.EndpointPrefix)}, {CSharpNames.Literal(spec.Info.SigningName)}, {CSharpNames.Literal(spec.Info.ApiVersion)}, {protocol.RuntimeProtocol(spec)})"))
            {
                if (spec.Info.GlobalEndpoint is { } global) w.Line($"GlobalEndpoint = {CSharpNames.Literal(global)},");
                if (quirks.SignsRawPath) w.Line("SignsRawPath = true,");
                if (spec.EndpointRuleSet is not null) w.Line($"EndpointRuleSet = {EndpointRulesEmitter.LoaderExpression},");
            }
            w.Line();
            w.Line($"public {spec.ClientName}({TypeNames.Runtime}.AwsClientOptions? options = null) : base(Metadata, options) {{ }}");
            w.Line();
            foreach (var op in spec.Operations)
            {
                var request = spec.Shape(op.RequestShape);
                var response = spec.Shape(op.ResponseShape);
                w.Summary(op.Documentation);
                if (op.Deprecated) w.Line("[global::System.Obsolete(\"Deprecated by the service.\")]");
                w.Line($"public global::System.Threading.Tasks.Task<{response.TypeName}> {op.MethodName}Async({request.TypeName} request, {TypeNames.CancellationToken} cancellationToken = default) =>");
                using (w.Indent()) w.Line($"InvokeOperationAsync<{request.TypeName}, {response.TypeName}>(request, Operations.{op.MethodName}, {serializers}.{SerializersEmitter.ReaderName(op)}, cancellationToken);");
                w.Line();
            }
            w.Line($"protected override {TypeNames.AwsServiceException}? CreateModeledError(string code, string? message, {TypeNames.AwsHttpResponse} response) =>");
            using (w.Indent()) w.Line($"{serializers}.CreateError(code, message, response);");
            w.Line();
            EmitOperationNames(w, spec);
            EmitDocumentDispatch(w, spec, documents);
            EmitOperationTable(w, spec, serializers);
        }
        return w.ToString();
    }

    private static void EmitOperationNames(SourceWriter w, ServiceSpec spec)
    {
        w.Line("private static readonly string[] s_operationNames =");
        using (w.InitializerBlock("new string[]"))
            foreach (var op in spec.Operations) w.Line(CSharpNames.Literal(op.Name) + ",");
        w.Line();
        w.Line("public override global::System.Collections.Generic.IReadOnlyList<string> OperationNames => s_operationNames;");
        w.Line();
    }

    private static void EmitDocumentDispatch(SourceWriter w, ServiceSpec spec, string documents)
    {
        w.Line("#pragma warning disable CS0618");
        using (w.Block($"public override async global::System.Threading.Tasks.Task InvokeDocumentAsync(string operationName, {TypeNames.JsonElement} input, {TypeNames.Utf8JsonWriter} output, {TypeNames.DocumentOptions} options, {TypeNames.CancellationToken} cancellationToken = default)"))
        {
            using (w.Block("switch (operationName)"))
            {
                foreach (var op in spec.Operations)
                {
                    var request = spec.Shape(op.RequestShape);
                    var response = spec.Shape(op.ResponseShape);
                    using (w.Block($"case {CSharpNames.Literal(op.Name)}:"))
                    {
                        w.Line($"var response = await {op.MethodName}Async({documents}.{DocumentEmitter.ReaderName(request)}(input, options, \"\"), cancellationToken).ConfigureAwait(false);");
                        foreach (var stream in response.Members.Where(m => TypeNames.IsStream(spec, m)))
                            w.Line($"response.{stream.PropertyName} = await {TypeNames.DocumentWriter}.BufferAsync(response.{stream.PropertyName}, cancellationToken).ConfigureAwait(false);");
                        w.Line($"{documents}.{DocumentEmitter.WriterName(response)}(output, response, options);");
                        w.Line("return;");
                    }
                }
                w.Line("default:");
                using (w.Indent())
                    w.Line($"throw new {TypeNames.AwsClientException}(\"{spec.Info.ServiceId} has no operation '\" + operationName + \"'.\");");
            }
        }
        w.Line("#pragma warning restore CS0618");
        w.Line();
    }

    /// <summary>
    /// A HEAD response has no body to name its error, only a status. Where exactly one of the operation's modeled errors
    /// has that status (S3 HeadObject: 404 is NoSuchKey), the runtime raises it; otherwise the status is the code.
    /// </summary>
    private static string? StatusErrors(ServiceSpec spec, OperationSpec op)
    {
        if (op.HttpMethod != "HEAD") return null;
        var byStatus = op.Errors.Select(e => spec.FindShape(e)).Where(e => e?.Traits.ErrorHttpStatus is not null)
            .GroupBy(e => e!.Traits.ErrorHttpStatus!.Value).Where(g => g.Count() == 1).OrderBy(g => g.Key).ToList();
        if (byStatus.Count == 0) return null;
        return "new global::System.Collections.Generic.Dictionary<int, string> { " +
            string.Join(", ", byStatus.Select(g => $"[{g.Key}] = {CSharpNames.Literal(g.First()!.Name)}")) + " }";
    }

    private static void EmitOperationTable(SourceWriter w, ServiceSpec spec, string serializers)
    {
        w.Line("/// <summary>The operations as the runtime takes them, for <see cref=\"global::AwsCodegen.Runtime.AwsServiceClient.PresignAsync{TRequest}\"/>.</summary>");
        using (w.Block("public static class Operations"))
        {
            foreach (var op in spec.Operations)
            {
                var request = spec.Shape(op.RequestShape);
                var response = spec.Shape(op.ResponseShape);
                var inits = new System.Collections.Generic.List<string>();
                if (response.Members.Any(m => TypeNames.IsStream(spec, m))) inits.Add("StreamingOutput = true");
                if (ServiceCustomizations.For(spec).ErrorInOkBody(op)) inits.Add("ErrorInOkBody = true");
                if (StatusErrors(spec, op) is { Length: > 0 } statusErrors) inits.Add($"StatusErrors = {statusErrors}");
                if (op.Unsigned) inits.Add("Unsigned = true");
                if (spec.EndpointRuleSet is not null) inits.AddRange(EndpointRulesEmitter.OperationParameters(spec, op, request));
                string init = inits.Count == 0 ? "" : " { " + string.Join(", ", inits) + " }";
                w.Line($"/// <summary>{op.Name}.</summary>");
                w.Line($"public static readonly {TypeNames.Runtime}.OperationDefinition<{request.TypeName}> {op.MethodName} =");
                using (w.Indent())
                    w.Line($"new({CSharpNames.Literal(op.Name)}, {serializers}.{SerializersEmitter.WriterName(op)}){init};");
            }
        }
    }
}
