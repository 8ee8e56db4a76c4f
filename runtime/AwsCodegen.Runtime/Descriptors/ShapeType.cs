namespace AwsCodegen.Runtime.Descriptors;

/// <summary>A shape's type, as the model names it (botocore's type names). The numbers are the generated encoding.</summary>
public enum ShapeType : byte
{
    Structure = 0,
    List = 1,
    Map = 2,
    String = 3,
    Boolean = 4,
    Byte = 5,
    Short = 6,
    Integer = 7,
    Long = 8,
    Float = 9,
    Double = 10,
    BigInteger = 11,
    BigDecimal = 12,
    Blob = 13,
    Timestamp = 14,
    Document = 15,
}

/// <summary>Traits of a shape that change how its values are read, written or shown.</summary>
[System.Flags]
public enum ShapeFlags : ushort
{
    None = 0,
    /// <summary>A structure of which exactly one member is set.</summary>
    Union = 1,
    /// <summary>A blob or string streamed as the payload, never buffered.</summary>
    Streaming = 2,
    /// <summary>A structure of events sent or received as an event stream.</summary>
    EventStream = 4,
    /// <summary>A list or map written without a wrapping element (XML protocols).</summary>
    Flattened = 8,
    /// <summary>A value the model marks sensitive: never logged.</summary>
    Sensitive = 16,
    /// <summary>An error (exception) shape.</summary>
    Error = 32,
}

/// <summary>Where a top-level member of an operation's input or output travels in the HTTP message.</summary>
public enum WireLocation : byte
{
    Body = 0,
    Uri = 1,
    QueryString = 2,
    Header = 3,
    /// <summary>A map whose entries are headers sharing a prefix (<see cref="MemberDescriptor.WireName"/>).</summary>
    Headers = 4,
    StatusCode = 5,
}

/// <summary>Traits of a member reference.</summary>
[System.Flags]
public enum MemberFlags : ushort
{
    None = 0,
    Required = 1,
    /// <summary>Filled with a fresh UUID when left unset; never required of a caller.</summary>
    IdempotencyToken = 2,
    XmlAttribute = 4,
    /// <summary>The reference itself is flattened (XML protocols), whatever its shape says.</summary>
    Flattened = 8,
    /// <summary>The value is a stream (the operation's payload), never buffered.</summary>
    Streaming = 16,
    /// <summary>A string that carries JSON (botocore's jsonvalue): base64 JSON in a header, a JSON string in a body.</summary>
    JsonValue = 32,
    HostLabel = 64,
    Deprecated = 128,
    /// <summary>The member the payload of its structure binds to (the structure's payload trait names it).</summary>
    Payload = 256,
}
