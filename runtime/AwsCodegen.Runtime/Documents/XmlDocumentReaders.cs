using System;
using System.Text;
using System.Text.Json;
using AwsCodegen.Runtime.Descriptors;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime.Documents;

// The XML protocols' readers: where each finds the output structure in the body. What the structure holds is read by
// XmlShapeReader for all three. ResponseMetadata (query's element, ec2's requestId, the REST request-id headers) is
// never written: aws-cli deletes it before printing, and the json readers leave it out too.

/// <summary>
/// The query protocol: the output's members are the children of the result wrapper element (the operation's
/// resultWrapper, a child of the root), or of the root itself when the model names no wrapper.
/// </summary>
internal class QueryDocumentReader : DocumentResponseReader
{
    public static QueryDocumentReader Instance { get; } = new();

    private protected QueryDocumentReader() { }

    protected override void WriteMembers(Utf8JsonWriter writer, AwsHttpResponse response, OperationDescriptor operation)
    {
        // botocore cannot parse an empty body at all; the document of nothing is empty.
        if (XmlBody.Parse(response) is not { } root) return;
        var start = operation.ResultWrapper is { } wrapper ? root.Child(wrapper) : root;
        if (start is not null) XmlShapeReader.WriteMembers(writer, operation.Output, start);
    }
}

/// <summary>
/// The ec2 protocol reads as query does (botocore's EC2QueryParser differs only in errors and metadata): its models
/// name no result wrapper, its lists' <c>item</c> elements are read like any wrapped list's children, and its
/// requestId is metadata.
/// </summary>
internal sealed class Ec2DocumentReader : QueryDocumentReader
{
    public static new Ec2DocumentReader Instance { get; } = new();

    private Ec2DocumentReader() { }
}

/// <summary>
/// The rest-xml protocol: status and header members, then the payload member (a structure read from the root
/// element, or the body as text) or else the root's children as the output's members. An empty body is an element
/// without children to botocore, so a structure payload is then an empty object.
/// </summary>
internal sealed class RestXmlDocumentReader : DocumentResponseReader
{
    public static RestXmlDocumentReader Instance { get; } = new();

    protected override void WriteMembers(Utf8JsonWriter writer, AwsHttpResponse response, OperationDescriptor operation)
    {
        var output = operation.Output;
        RestBindingsReader.WriteNonPayloadMembers(writer, response, output, jsonScalars: false);
        if (S3BucketLocation.Applies(operation))
        {
            S3BucketLocation.Write(writer, response);
            return;
        }
        if (Payload(output) is { } payload)
        {
            var shape = payload.Shape;
            if (shape.Type == ShapeType.Blob || shape.Is(ShapeFlags.EventStream)) return; // streamed, or not a document
            if (shape.Type == ShapeType.String)
            {
                writer.WriteString(payload.Name, Encoding.UTF8.GetString(response.Body.Span));
                return;
            }
            writer.WritePropertyName(payload.Name);
            XmlShapeReader.Write(writer, payload, XmlBody.Parse(response) ?? XmlTreeElement.Empty());
            return;
        }
        if (XmlBody.Parse(response) is { } root) XmlShapeReader.WriteMembers(writer, output, root);
    }
}

/// <summary>
/// S3 GetBucketLocation cannot be modeled: its body is a bare <c>&lt;LocationConstraint&gt;</c> whose text is the
/// member, so botocore reads it in an after-call handler (parse_get_bucket_location): the root's text, null when
/// there is none (us-east-1's empty element), which aws-cli prints as null.
/// </summary>
internal static class S3BucketLocation
{
    public static bool Applies(OperationDescriptor operation) =>
        operation.Name == "GetBucketLocation" && operation.Service.ServiceName == "s3";

    public static void Write(Utf8JsonWriter writer, AwsHttpResponse response)
    {
        if (XmlBody.Parse(response) is not { } root) return;
        if (root.Text is { } text) writer.WriteString("LocationConstraint", text);
        else writer.WriteNull("LocationConstraint");
    }
}

/// <summary>The body's root element, or null when the body holds nothing but whitespace.</summary>
internal static class XmlBody
{
    public static XmlTreeElement? Parse(AwsHttpResponse response)
    {
        var body = response.Body;
        if (body.Span.Trim(" \t\r\n"u8).IsEmpty) return null;
        return XmlTreeElement.Parse(body);
    }
}
