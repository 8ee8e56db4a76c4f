using AwsCodegen.Generator.Model;

namespace AwsCodegen.Generator.Emit;

/// <summary>C# type references for shapes. Everything outside the service's namespace is written fully qualified.</summary>
internal static class TypeNames
{
    public const string Runtime = "global::AwsCodegen.Runtime";
    public const string String = "string";
    public const string Stream = "global::System.IO.Stream";
    public const string DateTimeOffset = "global::System.DateTimeOffset";
    public const string JsonElement = "global::System.Text.Json.JsonElement";
    public const string Utf8JsonWriter = "global::System.Text.Json.Utf8JsonWriter";
    public const string Utf8JsonReader = "global::System.Text.Json.Utf8JsonReader";
    public const string JsonTokenType = "global::System.Text.Json.JsonTokenType";
    public const string CancellationToken = "global::System.Threading.CancellationToken";
    public const string AwsHttpRequest = Runtime + ".Http.AwsHttpRequest";
    public const string AwsHttpResponse = Runtime + ".Http.AwsHttpResponse";
    public const string RequestContent = Runtime + ".Http.RequestContent";
    public const string DocumentOptions = Runtime + ".Documents.DocumentOptions";
    public const string DocumentReader = Runtime + ".Documents.DocumentReader";
    public const string DocumentWriter = Runtime + ".Documents.DocumentWriter";
    public const string JsonWire = Runtime + ".Protocols.Json.JsonWire";
    public const string RestBinding = Runtime + ".Protocols.Rest.RestBinding";
    public const string TimestampFormat = Runtime + ".Protocols.TimestampFormat";
    public const string AwsServiceException = Runtime + ".Errors.AwsServiceException";
    public const string AwsClientException = Runtime + ".Errors.AwsClientException";

    /// <summary>The keyword every top-level generated type is declared with: "public", or "internal" (AwsAccessibility).</summary>
    public static string Accessibility(ServiceSpec spec) => spec.Accessibility == TypeAccessibility.Internal ? "internal" : "public";

    /// <summary>The type of a value of this shape, not nullable (list elements, map values, locals).</summary>
    public static string Of(ServiceSpec spec, string shapeName)
    {
        var shape = spec.Shape(shapeName);
        return shape.Kind switch
        {
            ShapeKind.Structure => shape.TypeName,
            ShapeKind.Enum => shape.TypeName,
            ShapeKind.List => $"global::System.Collections.Generic.List<{Of(spec, shape.Element!.Target)}>",
            ShapeKind.Map => $"global::System.Collections.Generic.Dictionary<string, {Of(spec, shape.Element!.Target)}>",
            ShapeKind.String => String,
            ShapeKind.Boolean => "bool",
            ShapeKind.Byte => "sbyte",
            ShapeKind.Short => "short",
            ShapeKind.Integer => "int",
            ShapeKind.Long => "long",
            ShapeKind.Float => "float",
            ShapeKind.Double => "double",
            ShapeKind.BigDecimal => "decimal",
            ShapeKind.BigInteger => "global::System.Numerics.BigInteger",
            ShapeKind.Blob => shape.Traits.Streaming ? Stream : "byte[]",
            ShapeKind.Timestamp => DateTimeOffset,
            ShapeKind.Document => JsonElement,
            _ => "object",
        };
    }

    /// <summary>The type of a property holding this shape: always nullable, so "not set" is distinguishable from a default.</summary>
    public static string Property(ServiceSpec spec, MemberSpec member)
    {
        if (IsStream(spec, member)) return Stream + "?";
        return Of(spec, member.Target) + "?";
    }

    public static bool IsValueType(ShapeSpec shape) => shape.Kind is ShapeKind.Boolean or ShapeKind.Byte or ShapeKind.Short or ShapeKind.Integer
        or ShapeKind.Long or ShapeKind.Float or ShapeKind.Double or ShapeKind.BigDecimal or ShapeKind.BigInteger or ShapeKind.Timestamp
        or ShapeKind.Document or ShapeKind.Enum;

    /// <summary>Event streams are surfaced as the raw response stream until event-stream framing is supported.</summary>
    public static bool IsEventStream(ServiceSpec spec, MemberSpec member) =>
        spec.Shape(member.Target) is { Kind: ShapeKind.Structure, Traits.EventStream: true };

    /// <summary>A member whose value is a stream: a streaming blob, or an event stream.</summary>
    public static bool IsStream(ServiceSpec spec, MemberSpec member) =>
        IsEventStream(spec, member) || (spec.Shape(member.Target) is { Kind: ShapeKind.Blob } blob && (member.Streaming || blob.Traits.Streaming));

    /// <summary>The name of a per-shape codec method: "Read"/"Write", a kind prefix so lists and maps never clash with types, and the shape.</summary>
    public static string CodecMethod(string verb, ShapeSpec shape) =>
        verb + shape.Kind switch { ShapeKind.List => "List_", ShapeKind.Map => "Map_", _ => "" } + MethodSuffix(shape);

    /// <summary>A method-name-safe form of a shape name, for per-shape codec methods.</summary>
    public static string MethodSuffix(ShapeSpec shape) =>
        shape.TypeName.Length > 0 ? shape.TypeName : Naming.CSharpNames.Pascal(shape.Name.Replace("$", "_"));
}
