namespace AwsCodegen.Generator.Model;

/// <summary>The wire protocols the generator emits serializers for.</summary>
public enum WireProtocol
{
    Json,
    RestJson,
    RestXml,
    Query,
    Ec2,
}

/// <summary>
/// The accessibility of every top-level generated type (AdditionalFiles metadata AwsAccessibility). Internal lets a
/// library generate a client for its own use without adding it to its public API, as the runtime does with STS.
/// </summary>
public enum TypeAccessibility
{
    Public,
    Internal,
}

public enum ShapeKind
{
    Structure,
    List,
    Map,
    String,
    Enum,
    Boolean,
    Byte,
    Short,
    Integer,
    Long,
    Float,
    Double,
    BigInteger,
    BigDecimal,
    Blob,
    Timestamp,
    Document,
}

/// <summary>Where a top-level input or output member travels in the HTTP message.</summary>
public enum MemberLocation
{
    Body,
    Uri,
    QueryString,
    Header,
    /// <summary>A map member whose entries are headers sharing a prefix (x-amz-meta-*).</summary>
    HeaderMap,
    StatusCode,
}

public enum TimestampFormat
{
    /// <summary>The protocol's default for the member's location.</summary>
    Default,
    EpochSeconds,
    Iso8601,
    HttpDate,
}
