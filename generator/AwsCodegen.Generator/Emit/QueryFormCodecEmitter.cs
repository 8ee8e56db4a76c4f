using System.Linq;
using AwsCodegen.Generator.Model;
using AwsCodegen.Generator.Naming;
using AwsCodegen.Generator.Protocols;

namespace AwsCodegen.Generator.Emit;

/// <summary>
/// Emits {Service}QueryCodec: per structure, list and map that can be sent, a writer of form fields over the runtime's
/// QueryFormWriter. Each writer gets the key prefix of its value. What query and ec2 name differently (member keys,
/// list item names) comes from the protocol emitter's hooks; how keys are joined is the runtime's business.
/// </summary>
internal static class QueryFormCodecEmitter
{
    public const string Writer = TypeNames.Runtime + ".Protocols.Query.QueryFormWriter";

    public static string ClassName(ServiceSpec spec) => spec.ServiceName + SupportClassNames.QueryCodec;
    public static string WriterName(ShapeSpec shape) => TypeNames.CodecMethod("Write", shape);

    public static string Emit(ServiceSpec spec, QueryEmitter protocol)
    {
        var w = Header.Begin(spec);
        using (w.Block($"internal static partial class {ClassName(spec)}"))
        {
            foreach (var shape in spec.Shapes)
            {
                switch (shape.Kind)
                {
                    // Operation responses are only ever read.
                    case ShapeKind.Structure when shape.Role != ShapeRole.Response:
                        EmitStructureWriter(w, spec, shape, protocol);
                        break;
                    case ShapeKind.List:
                        EmitListWriter(w, spec, shape, protocol);
                        break;
                    case ShapeKind.Map:
                        EmitMapWriter(w, spec, shape, protocol);
                        break;
                }
            }
        }
        return w.ToString();
    }

    private static void EmitStructureWriter(SourceWriter w, ServiceSpec spec, ShapeSpec shape, QueryEmitter protocol)
    {
        using (w.Block($"internal static void {WriterName(shape)}({Writer} writer, string prefix, {shape.TypeName} value)"))
        {
            int i = 0;
            foreach (var m in shape.Members.Where(m => XmlCodecEmitter.IsBody(spec, m)))
            {
                string local = "m" + i++;
                string key = $"{Writer}.Member(prefix, {CSharpNames.Literal(protocol.MemberKey(spec, m))})";
                w.Line($"if (value.{MemberAccess.Property(shape, m)} is {{ }} {local}) {WriteValue(spec, m, key, local, protocol)}");
            }
        }
        w.Line();
    }

    private static void EmitListWriter(SourceWriter w, ServiceSpec spec, ShapeSpec shape, QueryEmitter protocol)
    {
        using (w.Block($"internal static void {WriterName(shape)}({Writer} writer, string prefix, {TypeNames.Of(spec, shape.Name)} value, string? itemName)"))
        {
            using (w.Block("if (value.Count == 0)"))
            {
                w.Line("writer.EmptyList(prefix);");
                w.Line("return;");
            }
            using (w.Block("for (int i = 0; i < value.Count; i++)"))
                w.Line(WriteValue(spec, shape.Element!, $"{Writer}.ListItem(prefix, itemName, i + 1)", "value[i]", protocol));
        }
        w.Line();
    }

    private static void EmitMapWriter(SourceWriter w, ServiceSpec spec, ShapeSpec shape, QueryEmitter protocol)
    {
        var (keyName, valueName) = XmlNames.MapEntry(shape);
        using (w.Block($"internal static void {WriterName(shape)}({Writer} writer, string prefix, {TypeNames.Of(spec, shape.Name)} value, bool flattened)"))
        {
            w.Line("int i = 0;");
            using (w.Block("foreach (var entry in value)"))
            {
                w.Line($"string entryPrefix = {Writer}.MapEntry(prefix, flattened, ++i);");
                w.Line($"writer.Add({Writer}.Member(entryPrefix, {CSharpNames.Literal(keyName)}), entry.Key);");
                w.Line(WriteValue(spec, shape.Element!, $"{Writer}.Member(entryPrefix, {CSharpNames.Literal(valueName)})", "entry.Value", protocol));
            }
        }
        w.Line();
    }

    /// <summary>A statement writing a non-null value of the member's shape under the key expression.</summary>
    private static string WriteValue(ServiceSpec spec, MemberSpec member, string key, string value, QueryEmitter protocol)
    {
        var shape = spec.Shape(member.Target);
        return shape.Kind switch
        {
            ShapeKind.Structure => $"{WriterName(shape)}(writer, {key}, {value});",
            ShapeKind.List => $"{WriterName(shape)}(writer, {key}, {value}, {CSharpNames.Literal(protocol.ListItemName(spec, member))});",
            ShapeKind.Map => $"{WriterName(shape)}(writer, {key}, {value}, flattened: {(member.Flattened ? "true" : "false")});",
            ShapeKind.Enum => $"writer.Add({key}, {value}.Value);",
            ShapeKind.Timestamp => $"writer.Add({key}, {value}, {JsonCodecEmitter.TimestampFormatExpression(member.TimestampFormat, TimestampFormat.Iso8601)});",
            _ => $"writer.Add({key}, {value});",
        };
    }
}
