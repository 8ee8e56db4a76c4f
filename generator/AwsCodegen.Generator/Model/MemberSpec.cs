namespace AwsCodegen.Generator.Model;

public sealed record MemberSpec(
    /// <summary>The member's name in the model (the key used by the JSON document bindings).</summary>
    string Name,
    /// <summary>The C# property name.</summary>
    string PropertyName,
    string Target,
    MemberLocation Location,
    /// <summary>The wire name: locationName when the model gives one, else the member name.</summary>
    string WireName,
    bool HasExplicitWireName,
    bool Required,
    bool IdempotencyToken,
    bool HostLabel,
    bool XmlAttribute,
    bool Flattened,
    string? XmlNamespace,
    string? XmlNamespacePrefix,
    string? QueryName,
    TimestampFormat TimestampFormat,
    bool JsonValue,
    bool Deprecated,
    string? Documentation,
    /// <summary>
    /// The member reference carries <c>streaming: true</c> (botocore puts it there, e.g. S3's PutObjectRequest.Body,
    /// whose target "Body" is a plain blob): the value is a stream, never buffered.
    /// </summary>
    bool Streaming = false,
    /// <summary>contextParam.name: the endpoint rule set parameter this input member supplies (S3's Bucket).</summary>
    string? ContextParam = null)
{
    /// <summary>
    /// The command-line parameter name without its dashes (table-name), after aws-cli's renames; set on the members
    /// of an operation's request only.
    /// </summary>
    public string? CliName { get; init; }

    /// <summary>
    /// For a boolean request member, the flag that sets it false (no-dry-run), after aws-cli's renames (ec2's
    /// no-egress is --ingress); null otherwise.
    /// </summary>
    public string? CliNegatedName { get; init; }
}
