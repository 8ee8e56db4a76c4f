using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AwsCodegen.Cli.Output;

/// <summary>
/// Python's view of a response document, as aws-cli's formatters see it after json.loads: str() of a value
/// (True, False, None; the number text as the document carries it, which is Python's repr), repr() of dicts and lists
/// (what str() of a container prints), str.upper(), the code point order of sorted() and the display width of
/// table.py's get_text_length. Strings are walked by code point; a lone surrogate counts as the code point it is,
/// as in Python.
/// </summary>
internal static class PythonText
{
    public static bool IsScalar(JsonElement e) => e.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array);

    /// <summary>str(value).</summary>
    public static string Str(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString()!,
        JsonValueKind.Number => e.GetRawText(),
        JsonValueKind.True => "True",
        JsonValueKind.False => "False",
        JsonValueKind.Null => "None",
        _ => Repr(e),
    };

    /// <summary>repr(value).</summary>
    public static string Repr(JsonElement e)
    {
        var sb = new StringBuilder();
        AppendRepr(sb, e);
        return sb.ToString();
    }

    private static void AppendRepr(StringBuilder sb, JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                sb.Append('{');
                var first = true;
                foreach (var p in e.EnumerateObject())
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    AppendStringRepr(sb, p.Name);
                    sb.Append(": ");
                    AppendRepr(sb, p.Value);
                }
                sb.Append('}');
                break;
            case JsonValueKind.Array:
                sb.Append('[');
                var firstItem = true;
                foreach (var item in e.EnumerateArray())
                {
                    if (!firstItem) sb.Append(", ");
                    firstItem = false;
                    AppendRepr(sb, item);
                }
                sb.Append(']');
                break;
            case JsonValueKind.String:
                AppendStringRepr(sb, e.GetString()!);
                break;
            default:
                sb.Append(Str(e));
                break;
        }
    }

    /// <summary>repr(str): single quotes unless the text has a ' and no ", escapes for what isprintable() rejects.</summary>
    public static void AppendStringRepr(StringBuilder sb, string s)
    {
        var quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        sb.Append(quote);
        for (var i = 0; i < s.Length; i++)
        {
            var cp = CodePointAt(s, ref i);
            if (cp == quote || cp == '\\') sb.Append('\\').Append((char)cp);
            else if (cp == '\t') sb.Append("\\t");
            else if (cp == '\n') sb.Append("\\n");
            else if (cp == '\r') sb.Append("\\r");
            else if (cp < ' ' || cp == 0x7F) sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            else if (cp < 0x7F) sb.Append((char)cp);
            else if (!PythonUnicodeData.IsPrintable(cp))
            {
                if (cp <= 0xFF) sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
                else if (cp <= 0xFFFF) sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
                else sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
            }
            else AppendCodePoint(sb, cp);
        }
        sb.Append(quote);
    }

    /// <summary>str.upper(): Python's full case mapping.</summary>
    public static string Upper(string s)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < s.Length; i++)
        {
            var start = i;
            var cp = CodePointAt(s, ref i);
            var upper = PythonUnicodeData.Upper(cp);
            if (upper is null) { sb?.Append(s, start, i - start + 1); continue; }
            sb ??= new StringBuilder(s, 0, start, s.Length + 8);
            sb.Append(upper);
        }
        return sb?.ToString() ?? s;
    }

    /// <summary>table.py's get_text_length: code points, two for east_asian_width W, F and A.</summary>
    public static int DisplayWidth(string s)
    {
        var width = 0;
        for (var i = 0; i < s.Length; i++)
            width += PythonUnicodeData.IsWide(CodePointAt(s, ref i)) ? 2 : 1;
        return width;
    }

    /// <summary>len(str): the number of code points.</summary>
    public static int Length(string s)
    {
        var n = 0;
        for (var i = 0; i < s.Length; i++, n++) CodePointAt(s, ref i);
        return n;
    }

    /// <summary>The code point at s[i]; a surrogate pair advances i to its low half.</summary>
    public static int CodePointAt(string s, ref int i)
    {
        var c = s[i];
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            return char.ConvertToUtf32(c, s[++i]);
        return c;
    }

    public static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else sb.Append(char.ConvertFromUtf32(cp));
    }

    /// <summary>Python's string order (by code point), which differs from UTF-16 ordinal order above U+D7FF.</summary>
    public static readonly IComparer<string> CodePointOrder = Comparer<string>.Create(CompareCodePoints);

    public static int CompareCodePoints(string? a, string? b)
    {
        if (a is null || b is null) return a is null ? (b is null ? 0 : -1) : 1;
        var n = System.Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            int x = a[i], y = b[i];
            if (x == y) continue;
            // Surrogates (U+D800..U+DFFF) stand for code points above U+FFFF: move them above U+E000..U+FFFF.
            if (x >= 0xD800 && y >= 0xD800)
            {
                x = x >= 0xE000 ? x - 0x800 : x + 0x2000;
                y = y >= 0xE000 ? y - 0x800 : y + 0x2000;
            }
            return x - y;
        }
        return a.Length - b.Length;
    }

    /// <summary>Python's truth value: empty containers and strings, zero, False and None are false.</summary>
    public static bool IsTruthy(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().MoveNext(),
        JsonValueKind.Array => e.GetArrayLength() > 0,
        JsonValueKind.String => e.GetString()!.Length > 0,
        JsonValueKind.Number => e.GetDouble() != 0,
        JsonValueKind.True => true,
        _ => false,
    };

    /// <summary>type(value).__name__, for the messages of the Python errors the formatters reproduce.</summary>
    public static string TypeName(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "dict",
        JsonValueKind.Array => "list",
        JsonValueKind.String => "str",
        JsonValueKind.Number => IsFloatText(e.GetRawText()) ? "float" : "int",
        JsonValueKind.True or JsonValueKind.False => "bool",
        _ => "NoneType",
    };

    /// <summary>json.loads reads a number with a fraction or an exponent as a float, any other as an int.</summary>
    public static bool IsFloatText(string number) => number.IndexOfAny(s_floatMarks) >= 0;

    private static readonly char[] s_floatMarks = ['.', 'e', 'E'];
}
