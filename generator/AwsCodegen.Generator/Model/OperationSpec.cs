namespace AwsCodegen.Generator.Model;

public sealed record OperationSpec(
    string Name,
    string MethodName,
    string HttpMethod,
    string RequestUri,
    int? ResponseCode,
    /// <summary>The synthetic request shape (always present, possibly with no members).</summary>
    string RequestShape,
    /// <summary>The synthetic response shape (always present, possibly with no members).</summary>
    string ResponseShape,
    EquatableArray<string> Errors,
    string? HostPrefix,
    bool ChecksumRequired,
    /// <summary>The operation accepts a gzip-compressed request body (requestcompression trait).</summary>
    bool GzipRequestAllowed,
    bool Deprecated,
    string? Documentation,
    /// <summary>The query protocols wrap the output in an element of this name (output.resultWrapper).</summary>
    string? ResultWrapper = null,
    /// <summary>rest-xml: the root element name of a body-bound input (the input reference's locationName).</summary>
    string? InputXmlName = null,
    /// <summary>rest-xml: the namespace of that root element (the input reference's xmlNamespace).</summary>
    string? InputXmlNamespace = null,
    string? InputXmlNamespacePrefix = null,
    /// <summary>httpChecksum.requestAlgorithmMember: the input member naming the flexible checksum to send.</summary>
    string? RequestAlgorithmMember = null,
    /// <summary>httpChecksum.requestValidationModeMember: the input member that opts in to validating response checksums.</summary>
    string? RequestValidationModeMember = null,
    /// <summary>staticContextParams: endpoint rule set parameters this operation always sets.</summary>
    EquatableArray<StaticContextParam> StaticContextParams = default,
    /// <summary>The operation is sent unsigned (auth smithy.api#noAuth, or authtype none): STS AssumeRoleWithWebIdentity.</summary>
    bool Unsigned = false)
{
    /// <summary>The command-line name (describe-table), as botocore's xform_name makes it.</summary>
    public string CliName { get; init; } = "";

    /// <summary>aws-cli does not offer the operation (its removals: event-stream and retired operations).</summary>
    public bool CliHidden { get; init; }

    /// <summary>The model's input shape name (the key of its documentation), or null when the operation has no input.</summary>
    public string? ModelInputShape { get; init; }

    /// <summary>The model's output shape name, or null when the operation has no output.</summary>
    public string? ModelOutputShape { get; init; }
}

/// <summary>One staticContextParams entry: a parameter name and its value as JSON text (a string, boolean or list).</summary>
public sealed record StaticContextParam(string Name, string ValueJson);
