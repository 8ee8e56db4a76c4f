using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AwsCodegen.Cli.Commands;

/// <summary>
/// Python's json.dumps with its defaults (ensure_ascii, ", " and ": " separators, no indentation): how botocore writes
/// pagination tokens, so that a NextToken of ours resumes in aws-cli and the other way round.
/// </summary>
internal static class AsciiJson
{
    public static string Dumps(JsonNode? node)
    {
        var text = new StringBuilder();
        Write(text, node);
        return text.ToString();
    }

    public static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2);
        AppendString(text, value);
        return text.ToString();
    }

    private static void Write(StringBuilder text, JsonNode? node)
    {
        switch (node)
        {
            case null:
                text.Append("null");
                return;
            case JsonObject obj:
                text.Append('{');
                bool first = true;
                foreach (var pair in obj)
                {
                    if (!first) text.Append(", ");
                    first = false;
                    AppendString(text, pair.Key);
                    text.Append(": ");
                    Write(text, pair.Value);
                }
                text.Append('}');
                return;
            case JsonArray array:
                text.Append('[');
                for (int i = 0; i < array.Count; i++)
                {
                    if (i > 0) text.Append(", ");
                    Write(text, array[i]);
                }
                text.Append(']');
                return;
            default:
                switch (node.GetValueKind())
                {
                    case JsonValueKind.String: AppendString(text, node.GetValue<string>()); return;
                    case JsonValueKind.True: text.Append("true"); return;
                    case JsonValueKind.False: text.Append("false"); return;
                    default: text.Append(node.ToJsonString()); return;
                }
        }
    }

    private static void AppendString(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                default:
                    if (c < 0x20 || c > 0x7e) text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else text.Append(c);
                    break;
            }
        }
        text.Append('"');
    }
}
