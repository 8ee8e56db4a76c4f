namespace AwsCodegen.Generator.Naming;

/// <summary>
/// The internal helper classes generated beside a service's types, as suffixes of the service name. The emitters name
/// their classes from here and the parser keeps shapes from taking these names, so the two cannot drift apart.
/// </summary>
public static class SupportClassNames
{
    public const string Serializers = "Serializers";
    public const string Documents = "Documents";
    public const string JsonCodec = "JsonCodec";
    public const string QueryCodec = "QueryCodec";
    public const string XmlCodec = "XmlCodec";
    public const string XmlWriterCodec = "XmlWriterCodec";
    public const string Validation = "Validation";

    public static readonly string[] All = { Serializers, Documents, JsonCodec, QueryCodec, XmlCodec, XmlWriterCodec, Validation };
}
