using System.Collections.Generic;
using System.Linq;
using AwsCodegen.Generator.Emit;
using AwsCodegen.Generator.Model;
using AwsCodegen.Generator.Naming;

namespace AwsCodegen.Generator.Protocols;

/// <summary>restJson1: the REST bindings, plus a payload that is a JSON object of the body members, or one payload member.</summary>
internal sealed class RestJsonEmitter : IProtocolEmitter
{
    public static readonly RestJsonEmitter Instance = new();
    private const string JsonContentType = "application/json";

    public string RuntimeProtocol(ServiceSpec spec) => TypeNames.Runtime + ".Protocols.Json.JsonProtocol.RestJson";

    public IEnumerable<(string Suffix, string Source)> EmitSupportFiles(ServiceSpec spec)
    {
        yield return ("JsonCodec", JsonCodecEmitter.Emit(spec));
    }

    public void EmitRequestBody(SourceWriter w, ServiceSpec spec, OperationSpec op, ShapeSpec input)
    {
        RestBindingEmitter.EmitRequestBindings(w, spec, op, input);
        string codec = JsonCodecEmitter.ClassName(spec);
        if (RestBindingEmitter.PayloadMember(input) is { } payload)
        {
            var shape = spec.Shape(payload.Target);
            string write = shape.Kind switch
            {
                ShapeKind.Structure when !shape.Traits.EventStream =>
                    $"{TypeNames.JsonWire}.Serialize(p, {codec}.{JsonCodecEmitter.WriterName(shape)}, {CSharpNames.Literal(JsonContentType)})",
                ShapeKind.Document => $"{TypeNames.JsonWire}.SerializeDocument(p, {CSharpNames.Literal(JsonContentType)})",
                ShapeKind.String => $"{TypeNames.RequestContent}.FromBytes(global::System.Text.Encoding.UTF8.GetBytes(p), \"text/plain\")",
                ShapeKind.Enum => $"{TypeNames.RequestContent}.FromBytes(global::System.Text.Encoding.UTF8.GetBytes(p.Value), \"text/plain\")",
                _ when TypeNames.IsStream(spec, payload) => $"{TypeNames.RequestContent}.FromStream(p, \"application/octet-stream\")",
                _ => $"{TypeNames.RequestContent}.FromBytes(p, \"application/octet-stream\")",
            };
            w.Line($"if (input.{payload.PropertyName} is {{ }} p) request.Content = {write};");
            // An unset structure payload is still an (empty) JSON object on the wire.
            if (shape.Kind == ShapeKind.Structure && !shape.Traits.EventStream && !shape.Traits.Union)
                w.Line($"else request.Content = {TypeNames.JsonWire}.EmptyObject({CSharpNames.Literal(JsonContentType)});");
        }
        else if (input.Members.Any(m => m.Location == MemberLocation.Body))
        {
            w.Line($"request.Content = {TypeNames.JsonWire}.Serialize(input, {codec}.{JsonCodecEmitter.WriterName(input)}, {CSharpNames.Literal(JsonContentType)});");
        }
    }

    public void EmitResponseBody(SourceWriter w, ServiceSpec spec, OperationSpec op, ShapeSpec output)
    {
        RestBindingEmitter.EmitResponseBindings(w, spec, output);
        EmitPayloadOrBody(w, spec, output);
    }

    public void EmitErrorBody(SourceWriter w, ServiceSpec spec, ShapeSpec error)
    {
        RestBindingEmitter.EmitResponseBindings(w, spec, error);
        EmitPayloadOrBody(w, spec, error);
    }

    private static void EmitPayloadOrBody(SourceWriter w, ServiceSpec spec, ShapeSpec shape)
    {
        if (RestBindingEmitter.PayloadMember(shape) is { } payload)
        {
            var target = spec.Shape(payload.Target);
            if (!RestBindingEmitter.EmitRawPayloadRead(w, spec, payload))
            {
                w.Line($"var reader = {TypeNames.JsonWire}.CreateReader(response.Body);");
                string read = target.Kind == ShapeKind.Document
                    ? $"{TypeNames.JsonElement}.ParseValue(ref reader)"
                    : $"{JsonCodecEmitter.ClassName(spec)}.{JsonCodecEmitter.ReaderName(target)}(ref reader)";
                w.Line($"if (reader.TokenType != {TypeNames.JsonTokenType}.None) value.{payload.PropertyName} = {read};");
            }
        }
        else if (shape.Members.Any(m => m.Location == MemberLocation.Body))
        {
            JsonRpcEmitter.EmitFillFromBody(w, spec, shape);
        }
    }
}
