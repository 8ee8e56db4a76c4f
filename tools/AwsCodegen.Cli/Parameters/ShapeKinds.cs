using AwsCodegen.Runtime.Descriptors;

namespace AwsCodegen.Cli.Parameters;

/// <summary>aws-cli's classification of shapes (awscli/__init__.py, awscli/utils.py, argprocess.py).</summary>
public static class ShapeKinds
{
    /// <summary>aws-cli's SCALAR_TYPES: string, float, integer, long, boolean, double, blob, timestamp.</summary>
    public static bool IsCliScalar(ShapeType type) => type is ShapeType.String or ShapeType.Float or ShapeType.Integer
        or ShapeType.Long or ShapeType.Boolean or ShapeType.Double or ShapeType.Blob or ShapeType.Timestamp;

    public static bool IsComplex(ShapeType type) => type is ShapeType.Structure or ShapeType.List or ShapeType.Map;

    /// <summary>A document, or a list or map that (at any depth) holds documents.</summary>
    public static bool IsDocumentContainer(ShapeDescriptor shape) => shape.Type switch
    {
        ShapeType.Document => true,
        ShapeType.List or ShapeType.Map => IsDocumentContainer(shape.Element!.Shape),
        _ => false,
    };

    /// <summary>Whether aws-cli offers shorthand for a parameter: complex, not a list of scalars, not documents.</summary>
    public static bool SupportsShorthand(ShapeDescriptor shape)
    {
        if (IsDocumentContainer(shape)) return false;
        if (!IsComplex(shape.Type)) return false;
        return shape.Type != ShapeType.List || IsComplex(shape.Element!.Shape.Type);
    }

    /// <summary>botocore's is_json_value_header: a string header carrying JSON.</summary>
    public static bool IsJsonValueHeader(MemberDescriptor member) =>
        (member.Flags & MemberFlags.JsonValue) != 0 && member.Location == WireLocation.Header && member.Shape.Type == ShapeType.String;

    /// <summary>The streaming payload member (S3 PutObject's Body): a file path on the command line, never in the document.</summary>
    public static bool IsStreaming(MemberDescriptor member) =>
        (member.Flags & MemberFlags.Streaming) != 0 || member.Shape.Is(ShapeFlags.Streaming);
}
