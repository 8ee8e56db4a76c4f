namespace AwsCodegen.Generator.Model;

/// <summary>What a shape is used as, which decides the C# type emitted for it.</summary>
public enum ShapeRole
{
    /// <summary>A model shape referenced from other shapes.</summary>
    Data,
    /// <summary>An operation's own request type, copied from its input shape.</summary>
    Request,
    /// <summary>An operation's own response type, copied from its output shape.</summary>
    Response,
    /// <summary>An error shape: emitted as an exception type.</summary>
    Error,
}

public sealed record ShapeSpec(
    string Name,
    ShapeKind Kind,
    ShapeRole Role,
    /// <summary>The C# type name for structures, enums and errors; empty for shapes mapped to built-in types.</summary>
    string TypeName,
    EquatableArray<MemberSpec> Members,
    /// <summary>The element of a list, or the value of a map.</summary>
    MemberSpec? Element,
    /// <summary>The key of a map.</summary>
    MemberSpec? Key,
    EquatableArray<EnumValueSpec> EnumValues,
    ShapeTraits Traits,
    string? Documentation);

public sealed record EnumValueSpec(string Value, string PropertyName);

/// <summary>The serialization traits of a shape.</summary>
public sealed record ShapeTraits(
    bool Streaming = false,
    bool EventStream = false,
    bool Union = false,
    bool Flattened = false,
    bool Sensitive = false,
    TimestampFormat TimestampFormat = TimestampFormat.Default,
    string? XmlName = null,
    string? XmlNamespace = null,
    string? XmlNamespacePrefix = null,
    string? Payload = null,
    string? ErrorCode = null,
    int? ErrorHttpStatus = null,
    bool ErrorSenderFault = false,
    string? Min = null);
