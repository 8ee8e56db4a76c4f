using System.Globalization;
using System.Text;

namespace AwsCodegen.Cli.Parameters;

/// <summary>Python's <c>json.dumps(value, indent=...)</c>: its layout, separators and escapes (ensure_ascii or not).</summary>
public static class PythonJsonWriter
{
    /// <param name="indent">Spaces per level, or null for one line with ", " and ": " separators.</param>
    public static string Dumps(CliValue value, int? indent = 4, bool ensureAscii = true)
    {
        var sb = new StringBuilder();
        Write(sb, value, indent, ensureAscii, 0);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, CliValue value, int? indent, bool ascii, int level)
    {
        switch (value)
        {
            case CliString s: WriteString(sb, s.Value, ascii); break;
            case CliInt i: sb.Append(i.Value.ToString(CultureInfo.InvariantCulture)); break;
            case CliFloat f:
                sb.Append(double.IsNaN(f.Value) ? "NaN" : double.IsPositiveInfinity(f.Value) ? "Infinity" : double.IsNegativeInfinity(f.Value) ? "-Infinity" : PythonRepr.FormatFloat(f.Value));
                break;
            case CliBool b: sb.Append(b.Value ? "true" : "false"); break;
            case CliList list:
                if (list.Items.Count == 0) { sb.Append("[]"); break; }
                sb.Append('[');
                for (int i = 0; i < list.Items.Count; i++)
                {
                    if (i > 0) sb.Append(indent is null ? ", " : ",");
                    NewLine(sb, indent, level + 1);
                    Write(sb, list.Items[i], indent, ascii, level + 1);
                }
                NewLine(sb, indent, level);
                sb.Append(']');
                break;
            case CliMap map:
                if (map.Count == 0) { sb.Append("{}"); break; }
                sb.Append('{');
                for (int i = 0; i < map.Count; i++)
                {
                    if (i > 0) sb.Append(indent is null ? ", " : ",");
                    NewLine(sb, indent, level + 1);
                    WriteString(sb, map.Entries[i].Key, ascii);
                    sb.Append(": ");
                    Write(sb, map.Entries[i].Value, indent, ascii, level + 1);
                }
                NewLine(sb, indent, level);
                sb.Append('}');
                break;
            default: sb.Append("null"); break;
        }
    }

    private static void NewLine(StringBuilder sb, int? indent, int level)
    {
        if (indent is { } n) sb.Append('\n').Append(' ', n * level);
    }

    private static void WriteString(StringBuilder sb, string s, bool ascii)
    {
        sb.Append('"');
        foreach (char c in s)
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
                    if (c < 0x20 || (ascii && c > 0x7e)) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }
}
