using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace AwsCodegen.Cli.Parameters;

/// <summary>A JSON text Python's json.loads rejects; the message is Python's ("Expecting value: line 1 column 1 (char 0)").</summary>
public sealed class PythonJsonException(string message) : Exception(message);

/// <summary>
/// Python's <c>json.loads</c> (CPython 3.11's C scanner): the same values (int or float by the number's spelling,
/// NaN and Infinity, the last of duplicate keys at the first one's place) and the same error messages and positions,
/// which aws-cli prints after "Invalid JSON: ".
/// </summary>
public static class PythonJson
{
    /// <param name="ordered">Objects become OrderedDicts (aws-cli's object_pairs_hook) rather than dicts.</param>
    public static CliValue Parse(string text, bool ordered)
    {
        if (text.Length > 0 && text[0] == '\ufeff') throw Error("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0);
        var reader = new Reader(text, ordered);
        int index = reader.SkipWhitespace(0);
        var value = reader.Value(index, out int end);
        end = reader.SkipWhitespace(end);
        if (end != text.Length) throw Error("Extra data", text, end);
        return value;
    }

    private static PythonJsonException Error(string message, string text, int pos)
    {
        int line = 1, lastNewline = -1;
        for (int i = 0; i < pos && i < text.Length; i++)
            if (text[i] == '\n') { line++; lastNewline = i; }
        return new PythonJsonException($"{message}: line {line} column {pos - lastNewline} (char {pos})");
    }

    private sealed class Reader(string s, bool ordered)
    {
        private int _depth;

        public int SkipWhitespace(int i)
        {
            while (i < s.Length && s[i] is ' ' or '\t' or '\n' or '\r') i++;
            return i;
        }

        public CliValue Value(int i, out int end)
        {
            if (i >= s.Length) throw Error("Expecting value", s, i);
            switch (s[i])
            {
                case '"':
                    return new CliString(String(i + 1, out end));
                case '{':
                    Enter();
                    try { return Object(i + 1, out end); }
                    finally { _depth--; }
                case '[':
                    Enter();
                    try { return Array(i + 1, out end); }
                    finally { _depth--; }
                case 'n' when Follows(i, "null"): end = i + 4; return CliValue.None;
                case 't' when Follows(i, "true"): end = i + 4; return CliValue.True;
                case 'f' when Follows(i, "false"): end = i + 5; return CliValue.False;
                case 'N' when Follows(i, "NaN"): end = i + 3; return new CliFloat(double.NaN);
                case 'I' when Follows(i, "Infinity"): end = i + 8; return new CliFloat(double.PositiveInfinity);
                case '-' when Follows(i, "-Infinity"): end = i + 9; return new CliFloat(double.NegativeInfinity);
            }
            return Number(i, out end);
        }

        private void Enter()
        {
            if (++_depth > 900) throw new PythonJsonException("maximum recursion depth exceeded while decoding a JSON document");
        }

        private bool Follows(int i, string word) => i + word.Length <= s.Length && string.CompareOrdinal(s, i, word, 0, word.Length) == 0;

        private CliValue Number(int start, out int end)
        {
            int i = start;
            if (i < s.Length && s[i] == '-') i++;
            if (i < s.Length && s[i] is >= '1' and <= '9')
            {
                i++;
                while (i < s.Length && s[i] is >= '0' and <= '9') i++;
            }
            else if (i < s.Length && s[i] == '0') i++;
            else throw Error("Expecting value", s, start);
            bool isFloat = false;
            if (i + 1 < s.Length && s[i] == '.' && s[i + 1] is >= '0' and <= '9')
            {
                isFloat = true;
                i += 2;
                while (i < s.Length && s[i] is >= '0' and <= '9') i++;
            }
            if (i + 1 < s.Length && s[i] is 'e' or 'E')
            {
                int e = i++;
                if (i < s.Length - 1 && s[i] is '+' or '-') i++;
                int digits = i;
                while (i < s.Length && s[i] is >= '0' and <= '9') i++;
                if (i > digits) isFloat = true;
                else i = e;
            }
            end = i;
            string text = s[start..i];
            return isFloat
                ? new CliFloat(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture))
                : new CliInt(BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        }

        private CliMap Object(int i, out int end)
        {
            var map = new CliMap(ordered);
            i = SkipWhitespace(i);
            if (i >= s.Length || s[i] != '}')
            {
                while (true)
                {
                    if (i >= s.Length || s[i] != '"') throw Error("Expecting property name enclosed in double quotes", s, i);
                    string key = String(i + 1, out i);
                    i = SkipWhitespace(i);
                    if (i >= s.Length || s[i] != ':') throw Error("Expecting ':' delimiter", s, i);
                    i = SkipWhitespace(i + 1);
                    var value = Value(i, out i);
                    map.Set(key, value);
                    i = SkipWhitespace(i);
                    if (i < s.Length && s[i] == '}') break;
                    if (i >= s.Length || s[i] != ',') throw Error("Expecting ',' delimiter", s, i);
                    i = SkipWhitespace(i + 1);
                }
            }
            end = i + 1;
            return map;
        }

        private CliList Array(int i, out int end)
        {
            var list = new CliList();
            i = SkipWhitespace(i);
            if (i >= s.Length || s[i] != ']')
            {
                while (true)
                {
                    list.Items.Add(Value(i, out i));
                    i = SkipWhitespace(i);
                    if (i < s.Length && s[i] == ']') break;
                    if (i >= s.Length || s[i] != ',') throw Error("Expecting ',' delimiter", s, i);
                    i = SkipWhitespace(i + 1);
                }
            }
            end = i + 1;
            return list;
        }

        /// <summary>A string's contents from just after its opening quote; <paramref name="end"/> is after the closing one.</summary>
        private string String(int i, out int end)
        {
            int begin = i - 1;
            var sb = new StringBuilder();
            while (true)
            {
                if (i >= s.Length) throw Error("Unterminated string starting at", s, begin);
                char c = s[i];
                if (c == '"')
                {
                    end = i + 1;
                    return sb.ToString();
                }
                if (c < 0x20) throw Error("Invalid control character at", s, i);
                if (c != '\\')
                {
                    sb.Append(c);
                    i++;
                    continue;
                }
                if (i + 1 >= s.Length) throw Error("Unterminated string starting at", s, begin);
                char e = s[i + 1];
                if (e != 'u')
                {
                    sb.Append(e switch
                    {
                        '"' => '"', '\\' => '\\', '/' => '/', 'b' => '\b', 'f' => '\f', 'n' => '\n', 'r' => '\r', 't' => '\t',
                        _ => throw Error("Invalid \\escape", s, i),
                    });
                    i += 2;
                    continue;
                }
                int code = Hex4(i + 2, i + 1);
                i += 6;
                if (code is >= 0xd800 and <= 0xdbff && i + 1 < s.Length && s[i] == '\\' && s[i + 1] == 'u')
                {
                    int low = Hex4(i + 2, i + 1);
                    if (low is >= 0xdc00 and <= 0xdfff)
                    {
                        sb.Append((char)code).Append((char)low);
                        i += 6;
                        continue;
                    }
                }
                sb.Append((char)code);
            }
        }

        private int Hex4(int start, int errorAt)
        {
            if (start + 4 > s.Length) throw Error("Invalid \\uXXXX escape", s, errorAt);
            int value = 0;
            for (int k = start; k < start + 4; k++)
            {
                int d = s[k] switch
                {
                    >= '0' and <= '9' => s[k] - '0',
                    >= 'a' and <= 'f' => s[k] - 'a' + 10,
                    >= 'A' and <= 'F' => s[k] - 'A' + 10,
                    _ => -1,
                };
                if (d < 0) throw Error("Invalid \\uXXXX escape", s, errorAt);
                value = value * 16 + d;
            }
            return value;
        }
    }
}
