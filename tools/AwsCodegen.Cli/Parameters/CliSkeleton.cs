using System.Collections.Generic;
using System.Text;
using AwsCodegen.Runtime.Descriptors;

namespace AwsCodegen.Cli.Parameters;

/// <summary>What <c>--generate-cli-skeleton</c> prints.</summary>
public enum SkeletonKind : byte
{
    /// <summary><c>input</c> (the default): a sample for --cli-input-json, as json.dumps(indent=4).</summary>
    Input,
    /// <summary><c>output</c>: a sample response (strings hold their member names), printed by the output formatter.</summary>
    Output,
    /// <summary><c>yaml-input</c> (aws-cli v2): the input sample as YAML, for --cli-input-yaml.</summary>
    YamlInput,
}

/// <summary>
/// botocore's ArgumentGenerator, as --generate-cli-skeleton uses it: every member with a placeholder ("" or the first
/// enum value, 0, 0.0, true, "1970-01-01T00:00:00", null for blobs), lists of one element, maps of one "KeyName",
/// and {} where a structure recurs into itself.
/// </summary>
public static class CliSkeleton
{
    /// <summary>The skeleton value of a shape.</summary>
    /// <param name="useMemberNames">The output skeleton: strings hold the member's name (a list's, its element shape's name).</param>
    public static CliValue Generate(ShapeDescriptor shape, bool useMemberNames)
    {
        var stack = new List<int>();
        return Generate(shape, stack, "", useMemberNames);
    }

    /// <summary>The text aws-cli prints for <c>--generate-cli-skeleton input</c> (with its final newline).</summary>
    public static string InputJson(OperationDescriptor operation) =>
        PythonJsonWriter.Dumps(Generate(operation.Input, useMemberNames: false), indent: 4) + "\n";

    /// <summary>The input skeleton as YAML (for <c>yaml-input</c>).</summary>
    public static string InputYaml(OperationDescriptor operation)
    {
        var sb = new StringBuilder();
        var value = Generate(operation.Input, useMemberNames: false);
        if (value is CliMap { Count: 0 }) return "{}\n";
        WriteYaml(sb, value, 0, inSequence: false);
        return sb.ToString();
    }

    private static CliValue Generate(ShapeDescriptor shape, List<int> stack, string name, bool useMemberNames)
    {
        stack.Add(shape.Index);
        try
        {
            switch (shape.Type)
            {
                case ShapeType.Structure:
                    if (stack.FindAll(i => i == shape.Index).Count > 1) return new CliMap(ordered: true);
                    var map = new CliMap(ordered: true);
                    foreach (var member in shape.Members)
                        map.Set(member.Name, Generate(member.Shape, stack, member.Name, useMemberNames));
                    return map;
                case ShapeType.Document:
                    return new CliMap(ordered: true);
                case ShapeType.List:
                    var element = shape.Element!;
                    return new CliList([Generate(element.Shape, stack, useMemberNames ? element.Shape.Name : "", useMemberNames)]);
                case ShapeType.Map:
                    var result = new CliMap(ordered: true);
                    result.Set("KeyName", Generate(shape.Element!.Shape, stack, "", useMemberNames));
                    return result;
                case ShapeType.String:
                    if (useMemberNames) return new CliString(name);
                    return new CliString(shape.EnumValues.Count > 0 ? shape.EnumValues[0] : "");
                case ShapeType.Integer or ShapeType.Long:
                    return new CliInt(0);
                case ShapeType.Float or ShapeType.Double:
                    return new CliFloat(0.0);
                case ShapeType.Boolean:
                    return CliValue.True;
                case ShapeType.Timestamp:
                    return new CliString("1970-01-01T00:00:00");
                default:
                    return CliValue.None;
            }
        }
        finally
        {
            stack.RemoveAt(stack.Count - 1);
        }
    }

    private static void WriteYaml(StringBuilder sb, CliValue value, int indent, bool inSequence)
    {
        switch (value)
        {
            case CliMap { Count: > 0 } map:
                for (int i = 0; i < map.Count; i++)
                {
                    if (i > 0 || !inSequence) sb.Append(' ', indent);
                    sb.Append(YamlKey(map.Entries[i].Key)).Append(':');
                    WriteYamlChild(sb, map.Entries[i].Value, indent + 2);
                }
                break;
            case CliList { Items.Count: > 0 } list:
                foreach (var item in list.Items)
                {
                    sb.Append(' ', indent).Append("- ");
                    if (item is CliMap { Count: > 0 } or CliList { Items.Count: > 0 }) WriteYaml(sb, item, indent + 2, inSequence: true);
                    else sb.Append(YamlScalar(item)).Append('\n');
                }
                break;
            default:
                sb.Append(YamlScalar(value)).Append('\n');
                break;
        }
    }

    private static void WriteYamlChild(StringBuilder sb, CliValue value, int indent)
    {
        if (value is CliMap { Count: > 0 } or CliList { Items.Count: > 0 })
        {
            sb.Append('\n');
            WriteYaml(sb, value, indent, inSequence: false);
        }
        else sb.Append(' ').Append(YamlScalar(value)).Append('\n');
    }

    private static string YamlKey(string key) => key.Length > 0 && IsPlainSafe(key) ? key : "'" + key.Replace("'", "''") + "'";

    private static string YamlScalar(CliValue value) => value switch
    {
        CliString s => s.Value.Length > 0 && IsPlainSafe(s.Value) && MiniYamlResolvesToString(s.Value) ? s.Value : "'" + s.Value.Replace("'", "''") + "'",
        CliMap => "{}",
        CliList => "[]",
        CliNone => "null",
        CliBool b => b.Value ? "true" : "false",
        _ => PythonJsonWriter.Dumps(value, indent: null),
    };

    private static bool IsPlainSafe(string s)
    {
        if (s[0] is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`' or ' ')
            return false;
        if (s[^1] == ' ' || s.Contains(": ") || s.Contains(" #") || s.EndsWith(':')) return false;
        foreach (char c in s) if (c < 0x20) return false;
        return true;
    }

    private static bool MiniYamlResolvesToString(string s) => MiniYaml.Parse("x: " + s) is CliMap m && m.Get("x") is CliString;
}
