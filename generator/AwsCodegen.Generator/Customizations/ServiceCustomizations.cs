using System;
using System.Collections.Generic;
using System.Linq;
using AwsCodegen.Generator.Model;

namespace AwsCodegen.Generator.Customizations;

/// <summary>What one service does differently from what its model says.</summary>
internal sealed record ServiceQuirks(
    bool SignsRawPath = false,
    /// <summary>
    /// A first-segment URI label that the endpoint rule set places (S3's Bucket, which the rules put in the host or
    /// in the endpoint's path, given ForcePathStyle, the bucket's name and the endpoint). With a rule set the
    /// generator leaves it out of the request path, as botocore does; without one it stays there (path style).
    /// </summary>
    string? EndpointPlacedLabel = null,
    /// <summary>Operations that may answer 200 with an &lt;Error&gt; document instead of their output.</summary>
    IReadOnlyCollection<string>? ErrorInOkBodyOperations = null,
    /// <summary>Operations whose XML body is one bare element holding the text of the named output member.</summary>
    IReadOnlyDictionary<string, string>? BareRootMemberOperations = null,
    /// <summary>String shapes whose values the service sends percent-encoded, to be decoded on receipt.</summary>
    IReadOnlyCollection<string>? PercentEncodedStringShapes = null,
    /// <summary>
    /// String shapes whose values the service returns as resource paths ("/hostedzone/Z1") but expects bare in a URI
    /// label: the label is the text after the last '/', so a returned id can be passed straight back.
    /// </summary>
    IReadOnlyCollection<string>? PathPrefixedIdShapes = null)
{
    public static readonly ServiceQuirks None = new();

    public bool ErrorInOkBody(OperationSpec op) => ErrorInOkBodyOperations?.Contains(op.Name) == true;

    public bool IsPathPrefixedId(string shapeName) => PathPrefixedIdShapes?.Contains(shapeName) == true;

    public bool IsPercentEncoded(ShapeSpec shape) => PercentEncodedStringShapes?.Contains(shape.Name) == true;

    public string? BareRootMember(OperationSpec op) =>
        BareRootMemberOperations is { } map && map.TryGetValue(op.Name, out var member) ? member : null;
}

/// <summary>
/// The one table of service quirks, keyed by the model's signing name. Everything that would otherwise be an
/// "if (service == ...)" somewhere in an emitter lives here.
/// </summary>
internal static class ServiceCustomizations
{
    private static readonly ServiceQuirks S3 = new(
        // S3 signs the path exactly as sent: no dot-segment removal, no second encoding.
        SignsRawPath: true,
        EndpointPlacedLabel: "Bucket",
        ErrorInOkBodyOperations: new HashSet<string>(StringComparer.Ordinal) { "CopyObject", "CompleteMultipartUpload", "UploadPartCopy" },
        // <LocationConstraint xmlns="...">eu-west-1</LocationConstraint>: the root is the member, not a wrapper.
        BareRootMemberOperations: new Dictionary<string, string>(StringComparer.Ordinal) { ["GetBucketLocation"] = "LocationConstraint" });
    // Expires needs no entry: the model (botocore 1.43) already types it as a string, so arbitrary header text survives.

    // IAM returns every policy document percent-encoded (botocore decodes by this shape name after the call).
    private static readonly ServiceQuirks Iam = new(PercentEncodedStringShapes: new HashSet<string>(StringComparer.Ordinal) { "policyDocumentType" });

    private static readonly ServiceQuirks Route53 = new(
        PathPrefixedIdShapes: new HashSet<string>(StringComparer.Ordinal) { "ResourceId", "DelegationSetId", "ChangeId" });

    public static ServiceQuirks For(ServiceSpec spec) => spec.Info.SigningName switch
    {
        "iam" => Iam,
        "route53" => Route53,
        "s3" when spec.Protocol == WireProtocol.RestXml && spec.Info.EndpointPrefix == "s3" => S3,
        // s3control, S3 on Outposts and S3 Express sign as S3 but have no bucket-in-host addressing.
        "s3" or "s3-outposts" or "s3express" => new ServiceQuirks(SignsRawPath: true),
        _ => ServiceQuirks.None,
    };
}
