using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace AwsCodegen.Cli.Parameters;

/// <summary>A YAML text <see cref="MiniYaml"/> cannot read, with the line (1-based) where it stopped.</summary>
public sealed class YamlException(int line, string problem) : Exception($"line {line}: {problem}")
{
    public int Line { get; } = line;
    public string Problem { get; } = problem;
}

/// <summary>
/// A small YAML reader, enough for <c>--cli-input-yaml</c> (skeleton-shaped input): block mappings and sequences by
/// indentation, flow <c>[...]</c> and <c>{...}</c> on one line, plain, single- and double-quoted scalars, literal and
/// folded block scalars, comments and a leading <c>---</c>. Scalars resolve by YAML 1.2's core schema (null, true and
/// false, ints, floats). Anchors, aliases, tags and multi-document streams are refused with the line number.
/// </summary>
public static class MiniYaml
{
    public static CliValue Parse(string text)
    {
        var lines = new List<Line>();
        string[] raw = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (int i = 0; i < raw.Length; i++)
        {
            string content = StripComment(raw[i], i + 1);
            int indent = 0;
            while (indent < content.Length && content[indent] == ' ') indent++;
            if (indent < content.Length && content[indent] == '\t') throw new YamlException(i + 1, "tabs cannot indent YAML");
            string body = content[indent..].TrimEnd();
            if (body.Length == 0) { lines.Add(new Line(i + 1, -1, "", raw[i])); continue; }
            if (indent == 0 && (body == "---" || body.StartsWith("--- ", StringComparison.Ordinal)))
            {
                if (lines.Exists(l => l.Indent >= 0)) throw new YamlException(i + 1, "only one YAML document is read");
                body = body[3..].Trim();
                if (body.Length == 0) { lines.Add(new Line(i + 1, -1, "", raw[i])); continue; }
            }
            if (indent == 0 && body == "...") break;
            lines.Add(new Line(i + 1, indent, body, raw[i]));
        }
        var parser = new Parser(lines);
        parser.SkipBlank();
        if (parser.AtEnd) return CliValue.None;
        var value = parser.Node(parser.Current.Indent);
        parser.SkipBlank();
        if (!parser.AtEnd) throw new YamlException(parser.Current.Number, "unexpected text after the document's top level");
        return value;
    }

    private sealed class Line(int number, int indent, string text, string raw)
    {
        public int Number { get; } = number;
        public int Indent { get; set; } = indent;
        public string Text { get; set; } = text;
        public string Raw { get; } = raw;
    }

    /// <summary>The line without its comment (a '#' at the start or after a space, outside quotes).</summary>
    private static string StripComment(string line, int number)
    {
        char quote = '\0';
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quote != '\0')
            {
                if (quote == '\'' && c == '\'') { if (i + 1 < line.Length && line[i + 1] == '\'') i++; else quote = '\0'; }
                else if (quote == '"' && c == '\\') i++;
                else if (quote == '"' && c == '"') quote = '\0';
                continue;
            }
            if ((c == '\'' || c == '"') && (i == 0 || line[i - 1] is ' ' or '[' or '{' or ',' or ':' or '-')) quote = c;
            else if (c == '#' && (i == 0 || line[i - 1] is ' ' or '\t')) return line[..i];
        }
        return line;
    }

    private sealed class Parser(List<Line> lines)
    {
        private int _index;

        public bool AtEnd => _index >= lines.Count;
        public Line Current => lines[_index];

        public void SkipBlank()
        {
            while (_index < lines.Count && lines[_index].Indent < 0) _index++;
        }

        public CliValue Node(int indent)
        {
            SkipBlank();
            var line = Current;
            if (IsSequenceItem(line.Text)) return Sequence(line.Indent);
            if (FindMappingColon(line.Text, line.Number) >= 0) return Mapping(line.Indent);
            _index++;
            return InlineValue(line.Text, line, indent - 1);
        }

        private static bool IsSequenceItem(string text) => text == "-" || text.StartsWith("- ", StringComparison.Ordinal);

        private CliList Sequence(int indent)
        {
            var list = new CliList();
            while (true)
            {
                SkipBlank();
                if (AtEnd) break;
                var line = Current;
                if (line.Indent < indent) break;
                if (line.Indent > indent) throw new YamlException(line.Number, "bad indentation of a sequence entry");
                if (!IsSequenceItem(line.Text)) break;
                string rest = line.Text.Length > 1 ? line.Text[2..] : "";
                int offset = 2;
                while (rest.StartsWith(' ')) { rest = rest[1..]; offset++; }
                if (rest.Length == 0)
                {
                    _index++;
                    SkipBlank();
                    list.Items.Add(!AtEnd && Current.Indent > indent ? Node(Current.Indent) : CliValue.None);
                }
                else
                {
                    // "- key: value" or "- - x": the rest is a node indented where its text starts.
                    line.Indent = indent + offset;
                    line.Text = rest;
                    list.Items.Add(Node(line.Indent));
                }
            }
            return list;
        }

        private CliMap Mapping(int indent)
        {
            var map = new CliMap();
            while (true)
            {
                SkipBlank();
                if (AtEnd) break;
                var line = Current;
                if (line.Indent < indent) break;
                if (line.Indent > indent) throw new YamlException(line.Number, "bad indentation of a mapping entry");
                int colon = FindMappingColon(line.Text, line.Number);
                if (colon < 0)
                {
                    if (IsSequenceItem(line.Text)) break;
                    throw new YamlException(line.Number, "expected a mapping entry (key: value)");
                }
                string key = Key(line.Text[..colon].TrimEnd(), line.Number);
                if (map.ContainsKey(key)) throw new YamlException(line.Number, $"duplicate key \"{key}\"");
                string rest = line.Text[(colon + 1)..].Trim();
                _index++;
                CliValue value;
                if (rest.Length == 0)
                {
                    SkipBlank();
                    if (!AtEnd && (Current.Indent > indent || (Current.Indent == indent && IsSequenceItem(Current.Text))))
                        value = Node(Current.Indent);
                    else value = CliValue.None;
                }
                else value = InlineValue(rest, line, indent);
                map.Set(key, value);
            }
            return map;
        }

        private static string Key(string text, int number)
        {
            if (text.Length == 0) throw new YamlException(number, "empty mapping key");
            if (text[0] is '\'' or '"')
            {
                int end = 0;
                var key = Quoted(text, ref end, number);
                if (end != text.Length) throw new YamlException(number, "unexpected text after a quoted key");
                return key;
            }
            if (text[0] is '?' or '&' or '*' or '!' or '[' or '{') throw new YamlException(number, "complex keys, anchors, aliases and tags are not supported");
            return text;
        }

        /// <summary>The index of the ':' that ends a mapping key (followed by a space or the end), or -1.</summary>
        private static int FindMappingColon(string text, int number)
        {
            if (text.Length == 0 || text[0] is '[' or '{' or '|' or '>') return -1;
            int start = 0;
            if (text[0] is '\'' or '"')
            {
                int end = 0;
                try { Quoted(text, ref end, number); } catch (YamlException) { return -1; }
                start = end;
                while (start < text.Length && text[start] == ' ') start++;
                return start < text.Length && text[start] == ':' && (start + 1 == text.Length || text[start + 1] == ' ') ? start : -1;
            }
            for (int i = start; i < text.Length; i++)
                if (text[i] == ':' && (i + 1 == text.Length || text[i + 1] == ' ')) return i;
            return -1;
        }

        /// <summary>A value on the line of its key or dash: a block scalar, a flow collection or a scalar.</summary>
        private CliValue InlineValue(string text, Line line, int parentIndent)
        {
            if (text[0] is '|' or '>') return BlockScalar(text, line, parentIndent);
            if (text[0] is '&' or '*' or '!') throw new YamlException(line.Number, "anchors, aliases and tags are not supported");
            if (text[0] is '[' or '{')
            {
                int pos = 0;
                var value = Flow(text, ref pos, line.Number);
                SkipSpaces(text, ref pos);
                if (pos != text.Length) throw new YamlException(line.Number, "unexpected text after a flow collection");
                return value;
            }
            if (text[0] is '\'' or '"')
            {
                int end = 0;
                string s = Quoted(text, ref end, line.Number);
                if (end != text.Length) throw new YamlException(line.Number, "unexpected text after a quoted scalar");
                return new CliString(s);
            }
            // A plain scalar may continue on more-indented lines (folded with spaces).
            var sb = new StringBuilder(text);
            while (!AtEnd && Current.Indent > parentIndent && Current.Indent >= 0 && !IsSequenceItem(Current.Text)
                   && FindMappingColon(Current.Text, Current.Number) < 0)
            {
                sb.Append(' ').Append(Current.Text);
                _index++;
            }
            return Resolve(sb.ToString());
        }

        private CliValue BlockScalar(string header, Line line, int parentIndent)
        {
            bool literal = header[0] == '|';
            string chomp = header.Length > 1 ? header[1..].Trim() : "";
            if (chomp is not ("" or "-" or "+")) throw new YamlException(line.Number, "block scalar indentation indicators are not supported");
            var parts = new List<string>();
            int blockIndent = -1;
            while (!AtEnd)
            {
                var next = Current;
                if (next.Indent < 0)
                {
                    parts.Add("");
                    _index++;
                    continue;
                }
                if (next.Indent <= parentIndent) break;
                if (blockIndent < 0) blockIndent = next.Indent;
                if (next.Indent < blockIndent) break;
                parts.Add(next.Raw.Length >= blockIndent ? next.Raw[blockIndent..] : "");
                _index++;
            }
            int trailing = 0;
            while (parts.Count > 0 && parts[^1].Length == 0) { parts.RemoveAt(parts.Count - 1); trailing++; }
            string body;
            if (literal) body = string.Join("\n", parts);
            else
            {
                var sb = new StringBuilder();
                for (int i = 0; i < parts.Count; i++)
                {
                    if (i > 0) sb.Append(parts[i].Length == 0 || parts[i - 1].Length == 0 ? "\n" : " ");
                    sb.Append(parts[i]);
                }
                body = sb.ToString().Replace(" \n", "\n", StringComparison.Ordinal);
            }
            if (chomp == "-" || parts.Count == 0) return new CliString(body);
            return new CliString(body + "\n" + (chomp == "+" ? new string('\n', trailing) : ""));
        }

        private static void SkipSpaces(string text, ref int pos)
        {
            while (pos < text.Length && text[pos] == ' ') pos++;
        }

        private static CliValue Flow(string text, ref int pos, int number)
        {
            SkipSpaces(text, ref pos);
            if (pos >= text.Length) throw new YamlException(number, "unexpected end of a flow collection");
            char c = text[pos];
            if (c == '[')
            {
                pos++;
                var list = new CliList();
                SkipSpaces(text, ref pos);
                if (pos < text.Length && text[pos] == ']') { pos++; return list; }
                while (true)
                {
                    list.Items.Add(Flow(text, ref pos, number));
                    SkipSpaces(text, ref pos);
                    if (pos < text.Length && text[pos] == ',') { pos++; SkipSpaces(text, ref pos); if (pos < text.Length && text[pos] == ']') { pos++; return list; } continue; }
                    if (pos < text.Length && text[pos] == ']') { pos++; return list; }
                    throw new YamlException(number, "expected ',' or ']' in a flow sequence");
                }
            }
            if (c == '{')
            {
                pos++;
                var map = new CliMap();
                SkipSpaces(text, ref pos);
                if (pos < text.Length && text[pos] == '}') { pos++; return map; }
                while (true)
                {
                    SkipSpaces(text, ref pos);
                    string key;
                    if (pos < text.Length && text[pos] is '\'' or '"') key = Quoted(text, ref pos, number);
                    else
                    {
                        int start = pos;
                        while (pos < text.Length && text[pos] is not (':' or ',' or '}')) pos++;
                        key = text[start..pos].Trim();
                    }
                    SkipSpaces(text, ref pos);
                    CliValue value = CliValue.None;
                    if (pos < text.Length && text[pos] == ':') { pos++; value = Flow(text, ref pos, number); }
                    map.Set(key, value);
                    SkipSpaces(text, ref pos);
                    if (pos < text.Length && text[pos] == ',') { pos++; SkipSpaces(text, ref pos); if (pos < text.Length && text[pos] == '}') { pos++; return map; } continue; }
                    if (pos < text.Length && text[pos] == '}') { pos++; return map; }
                    throw new YamlException(number, "expected ',' or '}' in a flow mapping");
                }
            }
            if (c is '\'' or '"') return new CliString(Quoted(text, ref pos, number));
            int begin = pos;
            while (pos < text.Length && text[pos] is not (',' or ']' or '}')) pos++;
            return Resolve(text[begin..pos].Trim());
        }

        private static string Quoted(string text, ref int pos, int number)
        {
            char quote = text[pos];
            var sb = new StringBuilder();
            int i = pos + 1;
            while (true)
            {
                if (i >= text.Length) throw new YamlException(number, "unterminated quoted scalar (quoted scalars must end on their line)");
                char c = text[i];
                if (quote == '\'' && c == '\'')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\'') { sb.Append('\''); i += 2; continue; }
                    pos = i + 1;
                    return sb.ToString();
                }
                if (quote == '"' && c == '"') { pos = i + 1; return sb.ToString(); }
                if (quote == '"' && c == '\\')
                {
                    if (i + 1 >= text.Length) throw new YamlException(number, "unterminated escape");
                    char e = text[i + 1];
                    i += 2;
                    switch (e)
                    {
                        case 'n': sb.Append('\n'); break;
                        case 't': sb.Append('\t'); break;
                        case 'r': sb.Append('\r'); break;
                        case '0': sb.Append('\0'); break;
                        case '"': sb.Append('"'); break;
                        case '\\': sb.Append('\\'); break;
                        case '/': sb.Append('/'); break;
                        case ' ': sb.Append(' '); break;
                        case 'x' or 'u' or 'U':
                            int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                            if (i + n > text.Length || !int.TryParse(text.AsSpan(i, n), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code))
                                throw new YamlException(number, "bad \\" + e + " escape");
                            sb.Append(char.ConvertFromUtf32(code));
                            i += n;
                            break;
                        default: throw new YamlException(number, "unknown escape \\" + e);
                    }
                    continue;
                }
                sb.Append(c);
                i++;
            }
        }
    }

    /// <summary>A plain scalar by YAML 1.2's core schema.</summary>
    private static CliValue Resolve(string text)
    {
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL": return CliValue.None;
            case "true" or "True" or "TRUE": return CliValue.True;
            case "false" or "False" or "FALSE": return CliValue.False;
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF": return new CliFloat(double.PositiveInfinity);
            case "-.inf" or "-.Inf" or "-.INF": return new CliFloat(double.NegativeInfinity);
            case ".nan" or ".NaN" or ".NAN": return new CliFloat(double.NaN);
        }
        if (IsDecimalInt(text)) return new CliInt(BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        if (text.Length > 2 && text[0] == '0' && text[1] == 'x' && BigInteger.TryParse("0" + text[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex))
            return new CliInt(hex);
        if (IsFloat(text)) return new CliFloat(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        return new CliString(text);
    }

    private static bool IsDecimalInt(string s)
    {
        int i = s.Length > 0 && s[0] is '-' or '+' ? 1 : 0;
        if (i >= s.Length) return false;
        for (; i < s.Length; i++) if (s[i] is < '0' or > '9') return false;
        return true;
    }

    private static bool IsFloat(string s)
    {
        // [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
        int i = s.Length > 0 && s[0] is '-' or '+' ? 1 : 0;
        int digits = 0, frac = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; digits++; }
        if (i < s.Length && s[i] == '.') { i++; while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; frac++; } }
        if (digits == 0 && frac == 0) return false;
        if (i < s.Length && s[i] is 'e' or 'E')
        {
            i++;
            if (i < s.Length && s[i] is '-' or '+') i++;
            int exp = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; exp++; }
            if (exp == 0) return false;
        }
        return i == s.Length;
    }
}
