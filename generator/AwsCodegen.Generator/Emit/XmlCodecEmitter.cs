using System.Collections.Generic;
using System.Linq;
using AwsCodegen.Generator.Model;
using AwsCodegen.Generator.Naming;

namespace AwsCodegen.Generator.Emit;

/// <summary>
/// Emits the READ side of the XML codec, <c>{Service}XmlCodec</c> (a partial class), shared by every protocol whose
/// responses are XML: query, ec2 and rest-xml. Writing XML request bodies is a separate emitter and class.
/// <para>Entry points, all static on <see cref="ClassName"/>, all taking a <c>System.Xml.XmlReader</c> on the start tag of
/// the element they read and leaving it on the node after that element's end tag:</para>
/// <list type="bullet">
/// <item><see cref="FillName"/>(reader, value): a structure's attribute and element members into an existing instance
/// (operation outputs and errors, whose instance the serializer creates).</item>
/// <item><see cref="ReaderName"/>(reader): a new structure, list (the wrapper element) or map (the wrapper element).</item>
/// <item><see cref="EntryReaderName"/>(reader, map): one map entry element into a dictionary (flattened maps).</item>
/// </list>
/// <para>To start, open the body with the runtime's <c>XmlWire.OpenRoot</c> (root element) or <c>XmlWire.OpenElement</c>
/// (first element of a name, e.g. "Error"). Only body members (no HTTP location, not streams) are read, so the caller binds
/// headers and status codes. Unknown elements are skipped; elements are matched by local name, never by namespace.</para>
/// </summary>
internal static class XmlCodecEmitter
{
    public const string Wire = TypeNames.Runtime + ".Protocols.Xml.XmlWire";
    public const string XmlReader = "global::System.Xml.XmlReader";

    public static string ClassName(ServiceSpec spec) => spec.ServiceName + SupportClassNames.XmlCodec;
    public static string ReaderName(ShapeSpec shape) => TypeNames.CodecMethod("ReadXml", shape);
    public static string FillName(ShapeSpec shape) => TypeNames.CodecMethod("FillXml", shape);
    public static string EntryReaderName(ShapeSpec map) => TypeNames.CodecMethod("ReadXmlEntry", map);

    public static string Emit(ServiceSpec spec)
    {
        var w = Header.Begin(spec);
        using (w.Block($"internal static partial class {ClassName(spec)}"))
            EmitReaders(w, spec);
        return w.ToString();
    }

    /// <summary>The reader methods of every shape that can arrive in a response (request types never do).</summary>
    public static void EmitReaders(SourceWriter w, ServiceSpec spec)
    {
        foreach (var shape in spec.Shapes)
        {
            switch (shape.Kind)
            {
                case ShapeKind.Structure when shape.Role != ShapeRole.Request:
                    EmitStructureReader(w, spec, shape);
                    break;
                case ShapeKind.List:
                    EmitListReader(w, spec, shape);
                    break;
                case ShapeKind.Map:
                    EmitMapReader(w, spec, shape);
                    break;
            }
        }
    }

    /// <summary>Members that travel in the XML document.</summary>
    public static bool IsBody(ServiceSpec spec, MemberSpec m) =>
        m.Location == MemberLocation.Body && !TypeNames.IsStream(spec, m) && spec.Shape(m.Target).Kind != ShapeKind.Document;

    private static void EmitStructureReader(SourceWriter w, ServiceSpec spec, ShapeSpec shape)
    {
        string ctor = shape.Role == ShapeRole.Error ? "new(null)" : "new()";
        using (w.Block($"internal static {shape.TypeName} {ReaderName(shape)}({XmlReader} reader)"))
        {
            w.Line($"{shape.TypeName} value = {ctor};");
            w.Line($"{FillName(shape)}(reader, value);");
            w.Line("return value;");
        }
        w.Line();
        using (w.Block($"internal static void {FillName(shape)}({XmlReader} reader, {shape.TypeName} value)"))
        {
            var members = shape.Members.Where(m => IsBody(spec, m)).ToList();
            int a = 0;
            foreach (var m in members.Where(m => m.XmlAttribute))
                w.Line($"if (reader.GetAttribute({CSharpNames.Literal(m.WireName)}) is {{ }} a{a}) {MemberAccess.Assign(shape, m, ParseText(spec, m.Target, "a" + a++))}");
            w.Line("int depth = reader.Depth;");
            w.Line($"if (!{Wire}.Enter(reader)) return;");
            using (w.Block($"while ({Wire}.NextChild(reader, depth))"))
            {
                using (w.Block("switch (reader.LocalName)"))
                {
                    var seen = new HashSet<string>(System.StringComparer.Ordinal);
                    foreach (var m in members.Where(m => !m.XmlAttribute))
                    {
                        string name = XmlNames.MemberElement(spec, m);
                        if (!seen.Add(name)) continue; // Two members on one element: the first one reads it.
                        w.Line($"case {CSharpNames.Literal(name)}:");
                        using (w.Indent())
                        {
                            w.Line(ReadMember(spec, shape, m));
                            w.Line("break;");
                        }
                    }
                    w.Line("default:");
                    using (w.Indent())
                    {
                        w.Line("reader.Skip();");
                        w.Line("break;");
                    }
                }
            }
        }
        w.Line();
    }

    /// <summary>A statement reading the member's element at the reader into <c>value</c>.</summary>
    private static string ReadMember(ServiceSpec spec, ShapeSpec owner, MemberSpec m)
    {
        var target = spec.Shape(m.Target);
        if (m.Flattened && target.Kind == ShapeKind.List)
            // Each repeated element is one item; they accumulate.
            return $"(value.{MemberAccess.Property(owner, m)} ??= new()).Add({ReadValue(spec, target.Element!.Target)});";
        if (m.Flattened && target.Kind == ShapeKind.Map)
            return $"{EntryReaderName(target)}(reader, value.{MemberAccess.Property(owner, m)} ??= new());";
        return MemberAccess.Assign(owner, m, ReadValue(spec, m.Target));
    }

    private static void EmitListReader(SourceWriter w, ServiceSpec spec, ShapeSpec shape)
    {
        string type = TypeNames.Of(spec, shape.Name);
        using (w.Block($"internal static {type} {ReaderName(shape)}({XmlReader} reader)"))
        {
            w.Line($"var list = new {type}();");
            w.Line("int depth = reader.Depth;");
            w.Line($"if (!{Wire}.Enter(reader)) return list;");
            using (w.Block($"while ({Wire}.NextChild(reader, depth))"))
            {
                w.Line($"if (reader.LocalName == {CSharpNames.Literal(XmlNames.ListItem(shape))}) list.Add({ReadValue(spec, shape.Element!.Target)});");
                w.Line("else reader.Skip();");
            }
            w.Line("return list;");
        }
        w.Line();
    }

    private static void EmitMapReader(SourceWriter w, ServiceSpec spec, ShapeSpec shape)
    {
        string type = TypeNames.Of(spec, shape.Name);
        string valueType = TypeNames.Of(spec, shape.Element!.Target);
        var (keyName, valueName) = XmlNames.MapEntry(shape);
        using (w.Block($"internal static {type} {ReaderName(shape)}({XmlReader} reader)"))
        {
            w.Line($"var map = new {type}();");
            w.Line("int depth = reader.Depth;");
            w.Line($"if (!{Wire}.Enter(reader)) return map;");
            using (w.Block($"while ({Wire}.NextChild(reader, depth))"))
            {
                w.Line($"if (reader.LocalName == {CSharpNames.Literal(XmlNames.MapEntryElement)}) {EntryReaderName(shape)}(reader, map);");
                w.Line("else reader.Skip();");
            }
            w.Line("return map;");
        }
        w.Line();
        w.Line("/// <summary>One entry element (key and value children) into <paramref name=\"map\"/>; an entry without both is dropped.</summary>");
        using (w.Block($"internal static void {EntryReaderName(shape)}({XmlReader} reader, {type} map)"))
        {
            w.Line("string? key = null;");
            w.Line($"{valueType} item = default!;");
            w.Line("bool hasItem = false;");
            w.Line("int depth = reader.Depth;");
            w.Line($"if (!{Wire}.Enter(reader)) return;");
            using (w.Block($"while ({Wire}.NextChild(reader, depth))"))
            {
                w.Line($"if (key is null && reader.LocalName == {CSharpNames.Literal(keyName)}) key = {Wire}.ReadText(reader);");
                using (w.Block($"else if (!hasItem && reader.LocalName == {CSharpNames.Literal(valueName)})"))
                {
                    w.Line($"item = {ReadValue(spec, shape.Element!.Target)};");
                    w.Line("hasItem = true;");
                }
                w.Line("else reader.Skip();");
            }
            w.Line("if (key is not null && hasItem) map[key] = item;");
        }
        w.Line();
    }

    /// <summary>An expression reading a value of the shape from the element at <c>reader</c> (consuming the element).</summary>
    public static string ReadValue(ServiceSpec spec, string target)
    {
        var shape = spec.Shape(target);
        return shape.Kind switch
        {
            ShapeKind.Structure or ShapeKind.List or ShapeKind.Map => $"{ReaderName(shape)}(reader)",
            _ => ParseText(spec, target, $"{Wire}.ReadText(reader)"),
        };
    }

    /// <summary>An expression turning element or attribute text into a value of a scalar shape.</summary>
    public static string ParseText(ServiceSpec spec, string target, string text)
    {
        var shape = spec.Shape(target);
        return shape.Kind switch
        {
            ShapeKind.String when Customizations.ServiceCustomizations.For(spec).IsPercentEncoded(shape) => $"global::System.Uri.UnescapeDataString({text})",
            ShapeKind.String => text,
            ShapeKind.Enum => $"new {shape.TypeName}({text})",
            ShapeKind.Boolean => $"{Wire}.ParseBoolean({text})",
            ShapeKind.Byte => $"{Wire}.ParseSByte({text})",
            ShapeKind.Short => $"{Wire}.ParseInt16({text})",
            ShapeKind.Integer => $"{Wire}.ParseInt32({text})",
            ShapeKind.Long => $"{Wire}.ParseInt64({text})",
            ShapeKind.Float => $"{Wire}.ParseSingle({text})",
            ShapeKind.Double => $"{Wire}.ParseDouble({text})",
            ShapeKind.BigDecimal => $"{Wire}.ParseDecimal({text})",
            ShapeKind.BigInteger => $"{Wire}.ParseBigInteger({text})",
            ShapeKind.Blob => $"{Wire}.ParseBlob({text})",
            ShapeKind.Timestamp => $"{Wire}.ParseTimestamp({text})",
            _ => throw new System.NotSupportedException($"shape {shape.Name} ({shape.Kind}) has no XML text form"),
        };
    }
}
