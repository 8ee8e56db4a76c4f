using System.Linq;
using AwsCodegen.Generator.Model;
using AwsCodegen.Generator.Naming;

namespace AwsCodegen.Generator.Emit;

/// <summary>
/// Emits the JSON document bindings: a typed request from a JSON params object, and JSON from a typed response or error.
/// They use the model's member names and every member wherever it travels, which is what the CLI and the conformance
/// runner speak. Not a hot path; the wire codecs are separate.
/// </summary>
internal static class DocumentEmitter
{
    public static string ClassName(ServiceSpec spec) => spec.ServiceName + SupportClassNames.Documents;

    public static string Emit(ServiceSpec spec)
    {
        var w = Header.Begin(spec);
        using (w.Block($"internal static partial class {ClassName(spec)}"))
        {
            foreach (var shape in spec.Shapes)
            {
                switch (shape.Kind)
                {
                    case ShapeKind.Structure:
                        if (shape.Role != ShapeRole.Response) EmitStructureReader(w, spec, shape);
                        if (shape.Role != ShapeRole.Request) EmitStructureWriter(w, spec, shape);
                        break;
                    case ShapeKind.List:
                        EmitListReader(w, spec, shape);
                        EmitListWriter(w, spec, shape);
                        break;
                    case ShapeKind.Map:
                        EmitMapReader(w, spec, shape);
                        EmitMapWriter(w, spec, shape);
                        break;
                }
            }
        }
        return w.ToString();
    }

    public static string ReaderName(ShapeSpec shape) => TypeNames.CodecMethod("Read", shape);
    public static string WriterName(ShapeSpec shape) => TypeNames.CodecMethod("Write", shape);

    private const string Params = "global::System.Text.Json.JsonElement element, " + TypeNames.DocumentOptions + " options, string path";

    private static void EmitStructureReader(SourceWriter w, ServiceSpec spec, ShapeSpec shape)
    {
        using (w.Block($"internal static {shape.TypeName} {ReaderName(shape)}({Params})"))
        {
            w.Line($"var value = new {shape.TypeName}();");
            w.Line($"{TypeNames.DocumentReader}.ExpectObject(element, path);");
            using (w.Block("foreach (var property in element.EnumerateObject())"))
            {
                w.Line("if (property.Value.ValueKind == global::System.Text.Json.JsonValueKind.Null) continue;");
                using (w.Block("switch (property.Name)"))
                {
                    foreach (var m in shape.Members)
                    {
                        w.Line($"case {CSharpNames.Literal(m.Name)}:");
                        using (w.Indent())
                        {
                            w.Line(MemberAccess.Assign(shape, m, ReadValue(spec, m, "property.Value", $"path + {CSharpNames.Literal("." + m.Name)}")));
                            w.Line("break;");
                        }
                    }
                    w.Line("default:");
                    using (w.Indent())
                    {
                        string names = string.Join(", ", shape.Members.Select(m => m.Name));
                        w.Line($"throw {TypeNames.DocumentReader}.UnknownMember(path, property.Name, {CSharpNames.Literal(names)});");
                    }
                }
            }
            w.Line("return value;");
        }
        w.Line();
    }

    private static void EmitStructureWriter(SourceWriter w, ServiceSpec spec, ShapeSpec shape)
    {
        using (w.Block($"internal static void {WriterName(shape)}({TypeNames.Utf8JsonWriter} writer, {shape.TypeName} value, {TypeNames.DocumentOptions} options)"))
        {
            w.Line("writer.WriteStartObject();");
            int i = 0;
            foreach (var m in shape.Members)
            {
                string local = "m" + i++;
                using (w.Block($"if (value.{MemberAccess.Property(shape, m)} is {{ }} {local})"))
                {
                    w.Line($"writer.WritePropertyName({CSharpNames.Literal(m.Name)});");
                    w.Line(WriteValue(spec, m, local));
                }
            }
            w.Line("writer.WriteEndObject();");
        }
        w.Line();
    }

    private static void EmitListReader(SourceWriter w, ServiceSpec spec, ShapeSpec shape)
    {
        string type = TypeNames.Of(spec, shape.Name);
        using (w.Block($"internal static {type} {ReaderName(shape)}({Params})"))
        {
            w.Line($"{TypeNames.DocumentReader}.ExpectArray(element, path);");
            w.Line($"var list = new {type}();");
            w.Line("int index = 0;");
            using (w.Block("foreach (var item in element.EnumerateArray())"))
            {
                w.Line($"list.Add({ReadValue(spec, shape.Element!, "item", "path + \"[\" + index + \"]\"")});");
                w.Line("index++;");
            }
            w.Line("return list;");
        }
        w.Line();
    }

    private static void EmitListWriter(SourceWriter w, ServiceSpec spec, ShapeSpec shape)
    {
        using (w.Block($"internal static void {WriterName(shape)}({TypeNames.Utf8JsonWriter} writer, {TypeNames.Of(spec, shape.Name)} value, {TypeNames.DocumentOptions} options)"))
        {
            w.Line("writer.WriteStartArray();");
            using (w.Block("foreach (var item in value)"))
                w.Line(WriteValue(spec, shape.Element!, "item"));
            w.Line("writer.WriteEndArray();");
        }
        w.Line();
    }

    private static void EmitMapReader(SourceWriter w, ServiceSpec spec, ShapeSpec shape)
    {
        string type = TypeNames.Of(spec, shape.Name);
        using (w.Block($"internal static {type} {ReaderName(shape)}({Params})"))
        {
            w.Line($"{TypeNames.DocumentReader}.ExpectObject(element, path);");
            w.Line($"var map = new {type}();");
            using (w.Block("foreach (var property in element.EnumerateObject())"))
            {
                w.Line("if (property.Value.ValueKind == global::System.Text.Json.JsonValueKind.Null) continue;");
                w.Line($"map[property.Name] = {ReadValue(spec, shape.Element!, "property.Value", "path + \".\" + property.Name")};");
            }
            w.Line("return map;");
        }
        w.Line();
    }

    private static void EmitMapWriter(SourceWriter w, ServiceSpec spec, ShapeSpec shape)
    {
        using (w.Block($"internal static void {WriterName(shape)}({TypeNames.Utf8JsonWriter} writer, {TypeNames.Of(spec, shape.Name)} value, {TypeNames.DocumentOptions} options)"))
        {
            w.Line("writer.WriteStartObject();");
            using (w.Block("foreach (var entry in value)"))
            {
                w.Line("writer.WritePropertyName(entry.Key);");
                w.Line(WriteValue(spec, shape.Element!, "entry.Value"));
            }
            w.Line("writer.WriteEndObject();");
        }
        w.Line();
    }

    private static string ReadValue(ServiceSpec spec, MemberSpec member, string element, string path)
    {
        var shape = spec.Shape(member.Target);
        string r = TypeNames.DocumentReader;
        if (TypeNames.IsStream(spec, member)) return $"{r}.ReadStream({element}, options, {path})";
        return shape.Kind switch
        {
            ShapeKind.String => $"{r}.ReadString({element}, {path})",
            ShapeKind.Enum => $"new {shape.TypeName}({r}.ReadString({element}, {path}))",
            ShapeKind.Boolean => $"{r}.ReadBoolean({element}, {path})",
            ShapeKind.Byte => $"{r}.ReadSByte({element}, {path})",
            ShapeKind.Short => $"{r}.ReadInt16({element}, {path})",
            ShapeKind.Integer => $"{r}.ReadInt32({element}, {path})",
            ShapeKind.Long => $"{r}.ReadInt64({element}, {path})",
            ShapeKind.Float => $"(float){r}.ReadDouble({element}, {path})",
            ShapeKind.Double => $"{r}.ReadDouble({element}, {path})",
            ShapeKind.BigDecimal => $"{r}.ReadDecimal({element}, {path})",
            ShapeKind.BigInteger => $"{r}.ReadBigInteger({element}, {path})",
            ShapeKind.Blob when shape.Traits.Streaming => $"{r}.ReadStream({element}, options, {path})",
            ShapeKind.Blob => $"{r}.ReadBlob({element}, options, {path})",
            ShapeKind.Timestamp => $"{r}.ReadTimestamp({element}, {path})",
            ShapeKind.Document => $"{element}.Clone()",
            _ => $"{ReaderName(shape)}({element}, options, {path})",
        };
    }

    private static string WriteValue(ServiceSpec spec, MemberSpec member, string value)
    {
        var shape = spec.Shape(member.Target);
        string d = TypeNames.DocumentWriter;
        if (TypeNames.IsStream(spec, member)) return $"{d}.WriteStream(writer, {value}, options);";
        return shape.Kind switch
        {
            ShapeKind.String => $"writer.WriteStringValue({value});",
            ShapeKind.Enum => $"writer.WriteStringValue({value}.Value);",
            ShapeKind.Boolean => $"writer.WriteBooleanValue({value});",
            ShapeKind.Byte or ShapeKind.Short or ShapeKind.Integer or ShapeKind.Long or ShapeKind.BigDecimal => $"writer.WriteNumberValue({value});",
            ShapeKind.Float or ShapeKind.Double => $"{TypeNames.JsonWire}.WriteDouble(writer, {value});",
            ShapeKind.BigInteger => $"{TypeNames.JsonWire}.WriteBigInteger(writer, {value});",
            ShapeKind.Blob when shape.Traits.Streaming => $"{d}.WriteStream(writer, {value}, options);",
            ShapeKind.Blob => $"{d}.WriteBlob(writer, {value}, options);",
            ShapeKind.Timestamp => $"{d}.WriteTimestamp(writer, {value}, options);",
            ShapeKind.Document => $"{value}.WriteTo(writer);",
            _ => $"{WriterName(shape)}(writer, {value}, options);",
        };
    }
}
