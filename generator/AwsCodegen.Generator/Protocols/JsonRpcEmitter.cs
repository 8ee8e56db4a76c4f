using System.Collections.Generic;
using AwsCodegen.Generator.Emit;
using AwsCodegen.Generator.Model;
using AwsCodegen.Generator.Naming;

namespace AwsCodegen.Generator.Protocols;

/// <summary>awsJson 1.0 and 1.1: every call is a POST to "/" naming the operation in X-Amz-Target, with the whole input as JSON.</summary>
internal sealed class JsonRpcEmitter : IProtocolEmitter
{
    public static readonly JsonRpcEmitter Instance = new();

    public string RuntimeProtocol(ServiceSpec spec) =>
        TypeNames.Runtime + ".Protocols.Json.JsonProtocol." + (spec.Info.AwsQueryCompatible ? "JsonQueryCompatible" : "Json");

    public IEnumerable<(string Suffix, string Source)> EmitSupportFiles(ServiceSpec spec)
    {
        yield return ("JsonCodec", JsonCodecEmitter.Emit(spec));
    }

    public void EmitRequestBody(SourceWriter w, ServiceSpec spec, OperationSpec op, ShapeSpec input)
    {
        string contentType = "application/x-amz-json-" + (spec.Info.JsonVersion ?? "1.0");
        string target = spec.Info.TargetPrefix is { } prefix ? prefix + "." + op.Name : op.Name;
        w.Line("request.Method = \"POST\";");
        w.Line("request.Path = \"/\";");
        w.Line($"request.Headers.Set(\"X-Amz-Target\", {CSharpNames.Literal(target)});");
        // A service that moved from query to JSON answers with query-style error codes when asked to.
        if (spec.Info.AwsQueryCompatible) w.Line("request.Headers.Set(\"x-amzn-query-mode\", \"true\");");
        w.Line($"request.Content = {TypeNames.JsonWire}.Serialize(input, {JsonCodecEmitter.ClassName(spec)}.{JsonCodecEmitter.WriterName(input)}, {CSharpNames.Literal(contentType)});");
    }

    public void EmitResponseBody(SourceWriter w, ServiceSpec spec, OperationSpec op, ShapeSpec output) =>
        EmitFillFromBody(w, spec, output);

    public void EmitErrorBody(SourceWriter w, ServiceSpec spec, ShapeSpec error) =>
        EmitFillFromBody(w, spec, error);

    /// <summary>Reads the JSON body, if any, into <c>value</c>.</summary>
    internal static void EmitFillFromBody(SourceWriter w, ServiceSpec spec, ShapeSpec shape)
    {
        w.Line($"var reader = {TypeNames.JsonWire}.CreateReader(response.Body);");
        w.Line($"if (reader.TokenType != {TypeNames.JsonTokenType}.None) {JsonCodecEmitter.ClassName(spec)}.{JsonCodecEmitter.FillName(shape)}(ref reader, value);");
    }
}
