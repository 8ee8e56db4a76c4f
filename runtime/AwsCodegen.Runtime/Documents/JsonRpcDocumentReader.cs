using System.Text.Json;
using AwsCodegen.Runtime.Descriptors;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime.Documents;

/// <summary>The json protocol: the whole output is the JSON body.</summary>
internal sealed class JsonRpcDocumentReader : DocumentResponseReader
{
    public static JsonRpcDocumentReader Instance { get; } = new();

    protected override void WriteMembers(Utf8JsonWriter writer, AwsHttpResponse response, OperationDescriptor operation)
    {
        if (JsonBody.Parse(response) is not { } body) return;
        using (body) JsonShapeReader.Rpc.WriteMembers(writer, operation.Output, body.RootElement);
    }
}

/// <summary>The rest-json protocol: status and header members, then the payload member or the JSON body's members.</summary>
internal sealed class RestJsonDocumentReader : DocumentResponseReader
{
    public static RestJsonDocumentReader Instance { get; } = new();

    protected override void WriteMembers(Utf8JsonWriter writer, AwsHttpResponse response, OperationDescriptor operation)
    {
        var output = operation.Output;
        RestBindingsReader.WriteNonPayloadMembers(writer, response, output, jsonScalars: true);
        if (Payload(output) is { } payload)
        {
            var shape = payload.Shape;
            if (shape.Type == ShapeType.Blob || shape.Is(ShapeFlags.EventStream)) return; // streamed, or not a document
            if (shape.Type == ShapeType.String)
            {
                writer.WriteString(payload.Name, System.Text.Encoding.UTF8.GetString(response.Body.Span));
                return;
            }
            if (JsonBody.Parse(response) is not { } document) return;
            using (document)
            {
                writer.WritePropertyName(payload.Name);
                JsonShapeReader.Rest.Write(writer, shape, document.RootElement);
            }
            return;
        }
        if (JsonBody.Parse(response) is not { } body) return;
        using (body) JsonShapeReader.Rest.WriteMembers(writer, output, body.RootElement);
    }
}

/// <summary>A JSON body, or null when the body is empty or not JSON (botocore then reads no members).</summary>
internal static class JsonBody
{
    public static JsonDocument? Parse(AwsHttpResponse response)
    {
        var body = response.Body;
        if (body.IsEmpty) return null;
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
