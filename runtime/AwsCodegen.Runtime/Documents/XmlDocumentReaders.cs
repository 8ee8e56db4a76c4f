using System;
using System.Text.Json;
using AwsCodegen.Runtime.Descriptors;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime.Documents;

// The XML protocols' readers. Not written yet: the query, ec2 and rest-xml document readers are the next step of the
// CLI issue (#9). Until then a document call on one of these protocols fails with this message, never a wrong result.

internal sealed class QueryDocumentReader : DocumentResponseReader
{
    public static QueryDocumentReader Instance { get; } = new();

    protected override void WriteMembers(Utf8JsonWriter writer, AwsHttpResponse response, OperationDescriptor operation) =>
        throw new NotSupportedException($"{operation}: reading query responses as documents is not implemented yet.");
}

internal sealed class Ec2DocumentReader : DocumentResponseReader
{
    public static Ec2DocumentReader Instance { get; } = new();

    protected override void WriteMembers(Utf8JsonWriter writer, AwsHttpResponse response, OperationDescriptor operation) =>
        throw new NotSupportedException($"{operation}: reading ec2 responses as documents is not implemented yet.");
}

internal sealed class RestXmlDocumentReader : DocumentResponseReader
{
    public static RestXmlDocumentReader Instance { get; } = new();

    protected override void WriteMembers(Utf8JsonWriter writer, AwsHttpResponse response, OperationDescriptor operation) =>
        throw new NotSupportedException($"{operation}: reading rest-xml responses as documents is not implemented yet.");
}
