using System.IO;
using System.Text;
using System.Text.Json;

namespace AwsCodegen.Cli.Output;

/// <summary>
/// aws-cli's JSONFormatter: Python's json.dump(response, indent=4, ensure_ascii=False) and a line break; nothing at
/// all for an empty object (<c>{}</c>), any other value (null, [], "", 0) is printed. With indent the item separator
/// is "," and the key separator ": "; empty containers print as [] and {}. Strings escape only '"', '\' and the C0
/// controls (\n \r \t \b \f by name, the others as \u00xx in lower case); DEL, U+2028/U+2029 and characters beyond
/// the BMP are written as they are. Numbers are written with the document's own text (Python's repr already).
/// </summary>
internal static class JsonOutput
{
    public static void Write(JsonElement response, TextWriter output)
    {
        if (response.ValueKind == JsonValueKind.Object && !response.EnumerateObject().MoveNext()) return;
        var sb = new StringBuilder();
        Append(sb, response, 0);
        sb.Append('\n');
        output.Write(sb.ToString());
    }

    private static void Append(StringBuilder sb, JsonElement e, int level)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
            {
                var first = true;
                foreach (var p in e.EnumerateObject())
                {
                    sb.Append(first ? "{" : ",");
                    first = false;
                    NewLine(sb, level + 1);
                    AppendString(sb, p.Name);
                    sb.Append(": ");
                    Append(sb, p.Value, level + 1);
                }
                if (first) { sb.Append("{}"); return; }
                NewLine(sb, level);
                sb.Append('}');
                return;
            }
            case JsonValueKind.Array:
            {
                var first = true;
                foreach (var item in e.EnumerateArray())
                {
                    sb.Append(first ? "[" : ",");
                    first = false;
                    NewLine(sb, level + 1);
                    Append(sb, item, level + 1);
                }
                if (first) { sb.Append("[]"); return; }
                NewLine(sb, level);
                sb.Append(']');
                return;
            }
            case JsonValueKind.String:
                AppendString(sb, e.GetString()!);
                return;
            case JsonValueKind.Number:
                sb.Append(e.GetRawText());
                return;
            case JsonValueKind.True:
                sb.Append("true");
                return;
            case JsonValueKind.False:
                sb.Append("false");
                return;
            default:
                sb.Append("null");
                return;
        }
    }

    private static void NewLine(StringBuilder sb, int level) => sb.Append('\n').Append(' ', 4 * level);

    private static void AppendString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (c < ' ') sb.Append("\\u00").Append(((int)c).ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }
}
