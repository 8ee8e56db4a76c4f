using System.Linq;
using AwsCodegen.Generator.Model;
using AwsCodegen.Generator.Naming;

namespace AwsCodegen.Generator.Emit;

/// <summary>
/// Emits the JSON wire codec shared by the json and rest-json protocols: for each structure, list and map, a writer over
/// Utf8JsonWriter and a reader over Utf8JsonReader. Keys are wire names (locationName); only body members are written.
/// </summary>
internal static class JsonCodecEmitter
{
    public static string ClassName(ServiceSpec spec) => spec.ServiceName + SupportClassNames.JsonCodec;

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
                        EmitStructureWriter(w, spec, shape);
                        EmitStructureReader(w, spec, shape);
                        break;
                    case ShapeKind.List:
                        EmitListWriter(w, spec, shape);
                        EmitListReader(w, spec, shape);
                        break;
                    case ShapeKind.Map:
                        EmitMapWriter(w, spec, shape);
                        EmitMapReader(w, spec, shape);
                        break;
                }
            }
        }
        return w.ToString();
    }

    public static string WriterName(ShapeSpec shape) => TypeNames.CodecMethod("Write", shape);
    public static string ReaderName(ShapeSpec shape) => TypeNames.CodecMethod("Read", shape);
    public static string FillName(ShapeSpec shape) => TypeNames.CodecMethod("Fill", shape);

    private static bool IsBody(ServiceSpec spec, MemberSpec m) => m.Location == MemberLocation.Body && !TypeNames.IsStream(spec, m);

    private static void EmitStructureWriter(SourceWriter w, ServiceSpec spec, ShapeSpec shape)
    {
        using (w.Block($"internal static void {WriterName(shape)}({TypeNames.Utf8JsonWriter} writer, {shape.TypeName} value)"))
        {
            w.Line("writer.WriteStartObject();");
            int i = 0;
            foreach (var m in shape.Members.Where(m => IsBody(spec, m)))
            {
                string local = "m" + i++;
                using (w.Block($"if (value.{MemberAccess.Property(shape, m)} is {{ }} {local})"))
                {
                    w.Line($"writer.WritePropertyName({CSharpNames.Literal(m.WireName)}u8);");
                    w.Line(WriteValue(spec, m, local));
                }
            }
            w.Line("writer.WriteEndObject();");
        }
        w.Line();
    }

    private static void EmitStructureReader(SourceWriter w, ServiceSpec spec, ShapeSpec shape)
    {
        string ctor = shape.Role == ShapeRole.Error ? "new(null)" : "new()";
        using (w.Block($"internal static {shape.TypeName} {ReaderName(shape)}(ref {TypeNames.Utf8JsonReader} reader)"))
        {
            w.Line($"{shape.TypeName} value = {ctor};");
            w.Line($"{FillName(shape)}(ref reader, value);");
            w.Line("return value;");
        }
        w.Line();
        using (w.Block($"internal static void {FillName(shape)}(ref {TypeNames.Utf8JsonReader} reader, {shape.TypeName} value)"))
        {
            w.Line($"{TypeNames.JsonWire}.ExpectStartObject(ref reader);");
            using (w.Block($"while ({TypeNames.JsonWire}.NextProperty(ref reader))"))
            {
                bool first = true;
                foreach (var m in shape.Members.Where(m => IsBody(spec, m)))
                {
                    string keyword = first ? "if" : "else if";
                    first = false;
                    using (w.Block($"{keyword} (reader.ValueTextEquals({CSharpNames.Literal(m.WireName)}u8))"))
                    {
                        w.Line($"if ({TypeNames.JsonWire}.MoveToValue(ref reader)) {MemberAccess.Assign(shape, m, ReadValue(spec, m.Target))}");
                    }
                }
                if (first) w.Line($"{TypeNames.JsonWire}.SkipValue(ref reader);");
                else w.Line($"else {TypeNames.JsonWire}.SkipValue(ref reader);");
            }
        }
        w.Line();
    }

    private static void EmitListWriter(SourceWriter w, ServiceSpec spec, ShapeSpec shape)
    {
        using (w.Block($"internal static void {WriterName(shape)}({TypeNames.Utf8JsonWriter} writer, {TypeNames.Of(spec, shape.Name)} value)"))
        {
            w.Line("writer.WriteStartArray();");
            using (w.Block("foreach (var item in value)"))
                w.Line(WriteValue(spec, shape.Element!, "item"));
            w.Line("writer.WriteEndArray();");
        }
        w.Line();
    }

    private static void EmitListReader(SourceWriter w, ServiceSpec spec, ShapeSpec shape)
    {
        string type = TypeNames.Of(spec, shape.Name);
        using (w.Block($"internal static {type} {ReaderName(shape)}(ref {TypeNames.Utf8JsonReader} reader)"))
        {
            w.Line($"var list = new {type}();");
            w.Line($"{TypeNames.JsonWire}.ExpectStartArray(ref reader);");
            using (w.Block($"while ({TypeNames.JsonWire}.NextItem(ref reader))"))
                w.Line($"list.Add({ReadValue(spec, shape.Element!.Target)});");
            w.Line("return list;");
        }
        w.Line();
    }

    private static void EmitMapWriter(SourceWriter w, ServiceSpec spec, ShapeSpec shape)
    {
        using (w.Block($"internal static void {WriterName(shape)}({TypeNames.Utf8JsonWriter} writer, {TypeNames.Of(spec, shape.Name)} value)"))
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

    private static void EmitMapReader(SourceWriter w, ServiceSpec spec, ShapeSpec shape)
    {
        string type = TypeNames.Of(spec, shape.Name);
        using (w.Block($"internal static {type} {ReaderName(shape)}(ref {TypeNames.Utf8JsonReader} reader)"))
        {
            w.Line($"var map = new {type}();");
            w.Line($"{TypeNames.JsonWire}.ExpectStartObject(ref reader);");
            using (w.Block($"while ({TypeNames.JsonWire}.NextProperty(ref reader))"))
            {
                w.Line("string key = reader.GetString()!;");
                w.Line($"if ({TypeNames.JsonWire}.MoveToValue(ref reader)) map[key] = {ReadValue(spec, shape.Element!.Target)};");
            }
            w.Line("return map;");
        }
        w.Line();
    }

    /// <summary>A statement writing a non-null value of the member's shape.</summary>
    public static string WriteValue(ServiceSpec spec, MemberSpec member, string value)
    {
        var shape = spec.Shape(member.Target);
        string wire = TypeNames.JsonWire;
        return shape.Kind switch
        {
            ShapeKind.String when member.JsonValue => $"{wire}.WriteJsonValueString(writer, {value});",
            ShapeKind.String => $"writer.WriteStringValue({value});",
            ShapeKind.Enum => $"writer.WriteStringValue({value}.Value);",
            ShapeKind.Boolean => $"writer.WriteBooleanValue({value});",
            ShapeKind.Byte or ShapeKind.Short or ShapeKind.Integer or ShapeKind.Long or ShapeKind.BigDecimal => $"writer.WriteNumberValue({value});",
            ShapeKind.Float or ShapeKind.Double => $"{wire}.WriteDouble(writer, {value});",
            ShapeKind.BigInteger => $"{wire}.WriteBigInteger(writer, {value});",
            ShapeKind.Blob => $"writer.WriteBase64StringValue({value});",
            ShapeKind.Timestamp => $"{wire}.WriteTimestamp(writer, {value}, {TimestampFormatExpression(member.TimestampFormat, TimestampFormat.EpochSeconds)});",
            ShapeKind.Document => $"{value}.WriteTo(writer);",
            ShapeKind.Structure or ShapeKind.List or ShapeKind.Map => $"{WriterName(shape)}(writer, {value});",
            _ => $"writer.WriteNullValue();",
        };
    }

    /// <summary>An expression reading a value of the shape at the reader's current (non-null) token.</summary>
    public static string ReadValue(ServiceSpec spec, string target)
    {
        var shape = spec.Shape(target);
        string wire = TypeNames.JsonWire;
        return shape.Kind switch
        {
            ShapeKind.String => $"{wire}.ReadString(ref reader)",
            ShapeKind.Enum => $"new {shape.TypeName}({wire}.ReadString(ref reader))",
            ShapeKind.Boolean => $"{wire}.ReadBoolean(ref reader)",
            ShapeKind.Byte => $"{wire}.ReadSByte(ref reader)",
            ShapeKind.Short => $"{wire}.ReadInt16(ref reader)",
            ShapeKind.Integer => $"{wire}.ReadInt32(ref reader)",
            ShapeKind.Long => $"{wire}.ReadInt64(ref reader)",
            ShapeKind.Float => $"(float){wire}.ReadDouble(ref reader)",
            ShapeKind.Double => $"{wire}.ReadDouble(ref reader)",
            ShapeKind.BigDecimal => $"{wire}.ReadDecimal(ref reader)",
            ShapeKind.BigInteger => $"{wire}.ReadBigInteger(ref reader)",
            ShapeKind.Blob => $"{wire}.ReadBlob(ref reader)",
            ShapeKind.Timestamp => $"{wire}.ReadTimestamp(ref reader)",
            ShapeKind.Document => $"{TypeNames.JsonElement}.ParseValue(ref reader)",
            _ => $"{ReaderName(shape)}(ref reader)",
        };
    }

    public static string TimestampFormatExpression(TimestampFormat format, TimestampFormat fallback) =>
        TypeNames.TimestampFormat + "." + (format == TimestampFormat.Default ? fallback : format);
}
