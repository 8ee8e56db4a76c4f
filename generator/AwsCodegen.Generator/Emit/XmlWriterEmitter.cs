using System.Linq;
using AwsCodegen.Generator.Model;
using AwsCodegen.Generator.Naming;

namespace AwsCodegen.Generator.Emit;

/// <summary>
/// Emits {Service}XmlWriterCodec, the XML request-body writer of rest-xml: per structure, list and map a method over
/// the runtime's XmlWriteWire. A structure writer writes its element (name and namespace chosen by the caller), its
/// attribute members, then its element members; a list or map writer writes only its items or entries, so that the
/// caller decides between a wrapper element and a flattened form. Text rules live in the runtime.
/// </summary>
internal static class XmlWriterEmitter
{
    public const string Wire = TypeNames.Runtime + ".Protocols.Xml.XmlWriteWire";

    public static string ClassName(ServiceSpec spec) => spec.ServiceName + SupportClassNames.XmlWriterCodec;

    public static string WriterName(ShapeSpec shape) => TypeNames.CodecMethod("Write", shape);

    public static string Emit(ServiceSpec spec)
    {
        var w = Header.Begin(spec);
        using (w.Block($"internal static partial class {ClassName(spec)}"))
        {
            foreach (var shape in spec.Shapes)
            {
                switch (shape.Kind)
                {
                    case ShapeKind.Structure when !shape.Traits.EventStream:
                        EmitStructureWriter(w, spec, shape);
                        break;
                    case ShapeKind.List:
                        EmitListWriter(w, spec, shape);
                        break;
                    case ShapeKind.Map:
                        EmitMapWriter(w, spec, shape);
                        break;
                }
            }
        }
        return w.ToString();
    }

    /// <summary>Members written into the document: body members that are not streams.</summary>
    public static bool IsBody(ServiceSpec spec, MemberSpec m) => m.Location == MemberLocation.Body && !TypeNames.IsStream(spec, m);

    /// <summary>The namespace of a member's element: the member's own, else its target shape's (as botocore merges them).</summary>
    public static (string? Prefix, string? Uri) Namespace(ServiceSpec spec, MemberSpec member)
    {
        if (member.XmlNamespace is { } uri) return (member.XmlNamespacePrefix, uri);
        var target = spec.Shape(member.Target);
        return target.Traits.XmlNamespace is { } shapeUri ? (target.Traits.XmlNamespacePrefix, shapeUri) : (null, null);
    }

    private static void EmitStructureWriter(SourceWriter w, ServiceSpec spec, ShapeSpec shape)
    {
        using (w.Block($"internal static void {WriterName(shape)}({Wire} writer, string name, string? namespacePrefix, string? namespaceUri, {shape.TypeName} value)"))
        {
            w.Line("writer.StartElement(name, namespacePrefix, namespaceUri);");
            var members = shape.Members.Where(m => IsBody(spec, m) && spec.Shape(m.Target).Kind != ShapeKind.Document).ToList();
            int i = 0;
            // Attributes belong to the start tag, so they go before any child element.
            foreach (var m in members.Where(m => m.XmlAttribute))
            {
                string local = "a" + i++;
                w.Line($"if (value.{MemberAccess.Property(shape, m)} is {{ }} {local}) writer.Attribute({CSharpNames.Literal(m.WireName)}, {Text(spec, m, local)});");
            }
            foreach (var m in members.Where(m => !m.XmlAttribute))
            {
                string local = "m" + i++;
                using (w.Block($"if (value.{MemberAccess.Property(shape, m)} is {{ }} {local})"))
                    EmitValue(w, spec, m, CSharpNames.Literal(m.WireName), local);
            }
            w.Line("writer.EndElement();");
        }
        w.Line();
    }

    private static void EmitListWriter(SourceWriter w, ServiceSpec spec, ShapeSpec shape)
    {
        using (w.Block($"internal static void {WriterName(shape)}({Wire} writer, string itemName, {TypeNames.Of(spec, shape.Name)} value)"))
        {
            using (w.Block("foreach (var item in value)"))
                EmitValue(w, spec, shape.Element!, "itemName", "item");
        }
        w.Line();
    }

    private static void EmitMapWriter(SourceWriter w, ServiceSpec spec, ShapeSpec shape)
    {
        using (w.Block($"internal static void {WriterName(shape)}({Wire} writer, string entryName, {TypeNames.Of(spec, shape.Name)} value)"))
        {
            using (w.Block("foreach (var entry in value)"))
            {
                w.Line("writer.StartElement(entryName);");
                EmitValue(w, spec, shape.Key!, CSharpNames.Literal(shape.Key!.WireName), "entry.Key");
                EmitValue(w, spec, shape.Element!, CSharpNames.Literal(shape.Element!.WireName), "entry.Value");
                w.Line("writer.EndElement();");
            }
        }
        w.Line();
    }

    /// <summary>Statements writing a non-null value of the member's shape as an element named by <paramref name="name"/> (a C# expression).</summary>
    public static void EmitValue(SourceWriter w, ServiceSpec spec, MemberSpec member, string name, string value)
    {
        var shape = spec.Shape(member.Target);
        var (prefix, uri) = Namespace(spec, member);
        string ns = $"{CSharpNames.Literal(prefix)}, {CSharpNames.Literal(uri)}";
        switch (shape.Kind)
        {
            case ShapeKind.Structure:
                w.Line($"{WriterName(shape)}(writer, {name}, {ns}, {value});");
                break;
            case ShapeKind.List:
            case ShapeKind.Map:
                if (member.Flattened)
                {
                    // Flattened: each item or entry is an element named after the member, with no wrapper.
                    w.Line($"{WriterName(shape)}(writer, {name}, {value});");
                }
                else
                {
                    string inner = shape.Kind == ShapeKind.List ? shape.Element!.WireName : "entry";
                    w.Line($"writer.StartElement({name}, {ns});");
                    w.Line($"{WriterName(shape)}(writer, {CSharpNames.Literal(inner)}, {value});");
                    w.Line("writer.EndElement();");
                }
                break;
            case ShapeKind.Document:
                break;
            default:
                w.Line(uri is null
                    ? $"writer.Element({name}, {Text(spec, member, value)});"
                    : $"writer.Element({name}, {Text(spec, member, value)}, {ns});");
                break;
        }
    }

    /// <summary>An expression for the text of a non-null scalar value.</summary>
    public static string Text(ServiceSpec spec, MemberSpec member, string value)
    {
        var shape = spec.Shape(member.Target);
        return shape.Kind switch
        {
            ShapeKind.String => value,
            ShapeKind.Enum => $"{value}.Value",
            ShapeKind.Timestamp => $"{Wire}.ToText({value}, {JsonCodecEmitter.TimestampFormatExpression(member.TimestampFormat, TimestampFormat.Iso8601)})",
            _ => $"{Wire}.ToText({value})",
        };
    }
}
