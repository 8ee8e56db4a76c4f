using System.Globalization;
using System.Text;
using AwsCodegen.Runtime.Documents;

namespace AwsCodegen.Cli.Parameters;

/// <summary>Python's <c>str()</c>, <c>repr()</c> and <c>type()</c> of a <see cref="CliValue"/> (CPython 3.11), for messages.</summary>
public static class PythonRepr
{
    public static string Str(CliValue value) => value is CliString s ? s.Value : Repr(value);

    public static string Repr(CliValue value)
    {
        var sb = new StringBuilder();
        Write(sb, value);
        return sb.ToString();
    }

    /// <summary><c>str(type(value))</c>: <c>&lt;class 'int'&gt;</c>.</summary>
    public static string TypeOf(CliValue value) => "<class '" + TypeName(value) + "'>";

    public static string TypeName(CliValue value) => value switch
    {
        CliString => "str",
        CliBytes => "bytes",
        CliInt => "int",
        CliFloat => "float",
        CliBool => "bool",
        CliList => "list",
        CliMap { Ordered: true } => "collections.OrderedDict",
        CliMap => "dict",
        _ => "NoneType",
    };

    private static void Write(StringBuilder sb, CliValue value)
    {
        switch (value)
        {
            case CliString s: WriteString(sb, s.Value); break;
            case CliBytes b: WriteBytes(sb, b.Value); break;
            case CliInt i: sb.Append(i.Value.ToString(CultureInfo.InvariantCulture)); break;
            case CliFloat f: sb.Append(FormatFloat(f.Value)); break;
            case CliBool b: sb.Append(b.Value ? "True" : "False"); break;
            case CliList list:
                sb.Append('[');
                for (int i = 0; i < list.Items.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    Write(sb, list.Items[i]);
                }
                sb.Append(']');
                break;
            case CliMap { Ordered: true } map:
                sb.Append("OrderedDict(");
                if (map.Count > 0)
                {
                    sb.Append('[');
                    for (int i = 0; i < map.Count; i++)
                    {
                        if (i > 0) sb.Append(", ");
                        sb.Append('(');
                        WriteString(sb, map.Entries[i].Key);
                        sb.Append(", ");
                        Write(sb, map.Entries[i].Value);
                        sb.Append(')');
                    }
                    sb.Append(']');
                }
                sb.Append(')');
                break;
            case CliMap map:
                sb.Append('{');
                for (int i = 0; i < map.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    WriteString(sb, map.Entries[i].Key);
                    sb.Append(": ");
                    Write(sb, map.Entries[i].Value);
                }
                sb.Append('}');
                break;
            default: sb.Append("None"); break;
        }
    }

    /// <summary>Python's <c>repr(float)</c>, including <c>inf</c> and <c>nan</c>.</summary>
    public static string FormatFloat(double value) =>
        double.IsNaN(value) ? "nan" : double.IsPositiveInfinity(value) ? "inf" : double.IsNegativeInfinity(value) ? "-inf" : PythonFloat.Format(value);

    public static string ReprString(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        WriteString(sb, value);
        return sb.ToString();
    }

    private static void WriteString(StringBuilder sb, string value)
    {
        char quote = value.Contains('\'') && !value.Contains('"') ? '"' : '\'';
        sb.Append(quote);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c == quote || c == '\\') sb.Append('\\').Append(c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                int cp = char.ConvertToUtf32(c, value[i + 1]);
                var category = CharUnicodeInfo.GetUnicodeCategory(cp);
                if (IsPrintable(category)) sb.Append(c).Append(value[i + 1]);
                else sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
                i++;
            }
            else if (c < 0x20 || c == 0x7f) sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            else if (c < 0x7f) sb.Append(c);
            else if (!IsPrintable(CharUnicodeInfo.GetUnicodeCategory(c)))
                sb.Append(c <= 0xff ? "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture) : "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        sb.Append(quote);
    }

    private static bool IsPrintable(UnicodeCategory category) => category is not (UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator);

    private static void WriteBytes(StringBuilder sb, byte[] value)
    {
        bool hasSingle = System.Array.IndexOf(value, (byte)'\'') >= 0, hasDouble = System.Array.IndexOf(value, (byte)'"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        sb.Append('b').Append(quote);
        foreach (byte b in value)
        {
            if (b == quote || b == '\\') sb.Append('\\').Append((char)b);
            else if (b == '\t') sb.Append("\\t");
            else if (b == '\n') sb.Append("\\n");
            else if (b == '\r') sb.Append("\\r");
            else if (b < 0x20 || b >= 0x7f) sb.Append("\\x").Append(b.ToString("x2", CultureInfo.InvariantCulture));
            else sb.Append((char)b);
        }
        sb.Append(quote);
    }
}
