using System;
using System.Buffers;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Descriptors;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime.Documents;

/// <summary>
/// Reads a successful response into its output document, from the wire and the descriptors, the way botocore's
/// parsers read it with aws-cli's settings: members in the model's order, timestamps and blobs exactly as they were
/// sent (aws-cli prints them so), numbers typed as the protocol's parser types them. One reader per protocol; the
/// REST bindings (headers, status code, payload) are shared by rest-json and rest-xml.
/// </summary>
public abstract class DocumentResponseReader
{
    private static readonly JsonWriterOptions s_writerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    /// <summary>Reads <paramref name="response"/> (buffered, or with its payload stream open) into a new document.</summary>
    public static async Task<JsonDocument> ReadAsync(AwsHttpResponse response, OperationDescriptor operation, DocumentCall call, CancellationToken cancellationToken)
    {
        var reader = For(operation.Service.Protocol);
        var buffer = new ArrayBufferWriter<byte>();
        var streamed = StreamedPayload(operation.Output);
        using (var writer = new Utf8JsonWriter(buffer, s_writerOptions))
        {
            writer.WriteStartObject();
            reader.WriteMembers(writer, response, operation);
            writer.WriteEndObject();
        }
        if (streamed is not null)
        {
            // The payload goes to the side channel while the response is read; it never enters the document.
            await using var body = response.TakeBodyStream();
            if (call.OutputBody is { } sink) await sink(body, cancellationToken).ConfigureAwait(false);
            else await body.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        }
        return JsonDocument.Parse(buffer.WrittenMemory);
    }

    public static DocumentResponseReader For(DocumentProtocol protocol) => protocol switch
    {
        DocumentProtocol.Json => JsonRpcDocumentReader.Instance,
        DocumentProtocol.RestJson => RestJsonDocumentReader.Instance,
        DocumentProtocol.Query => QueryDocumentReader.Instance,
        DocumentProtocol.Ec2 => Ec2DocumentReader.Instance,
        DocumentProtocol.RestXml => RestXmlDocumentReader.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(protocol), protocol, "Unknown protocol."),
    };

    /// <summary>Writes the output structure's members (the object's braces are the caller's).</summary>
    protected abstract void WriteMembers(Utf8JsonWriter writer, AwsHttpResponse response, OperationDescriptor operation);

    /// <summary>
    /// The output's streamed payload member: the payload when it is a blob, as botocore decides streaming output
    /// (aws-cli then takes an outfile for it); null otherwise.
    /// </summary>
    public static MemberDescriptor? StreamedPayload(ShapeDescriptor output)
    {
        foreach (var member in output.Members)
            if ((member.Flags & MemberFlags.Payload) != 0)
                return member.Shape.Type == ShapeType.Blob ? member : null;
        return null;
    }

    /// <summary>The structure's payload member, if its model names one.</summary>
    public static MemberDescriptor? Payload(ShapeDescriptor structure)
    {
        foreach (var member in structure.Members)
            if ((member.Flags & MemberFlags.Payload) != 0) return member;
        return null;
    }
}
