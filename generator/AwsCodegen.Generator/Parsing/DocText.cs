using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AwsCodegen.Generator.Parsing;

/// <summary>
/// Turns the models' HTML documentation into the plain text that help prints: paragraphs separated by blank lines,
/// list items as "* " lines indented two spaces per level of nesting, preformatted blocks indented by four spaces,
/// inline markup dropped, entities decoded. One pass over the text, so that any input, however malformed (5 MB of
/// unclosed '&lt;'), takes linear time: a '&lt;' counts as a tag only when a '&gt;' closes it before the next '&lt;'.
/// </summary>
public static class DocText
{
    private static readonly HashSet<string> s_blockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "note", "important", "h1", "h2", "h3", "h4", "h5", "h6", "dl", "dt", "dd", "fullname", "examples", "example",
        "title", "table", "tr", "section", "summary", "details", "blockquote",
    };

    public static string FromHtml(string? html)
    {
        if (string.IsNullOrEmpty(html)) return "";
        var state = new Builder();
        int nextOpen = -2, nextClose = -2; // the next '<' and '>' at or after the scan position (-1: none left)
        string text = html!;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '<')
            {
                if (nextClose != -1 && nextClose < i) nextClose = text.IndexOf('>', i);
                if (nextOpen != -1 && nextOpen <= i) nextOpen = text.IndexOf('<', i + 1);
                bool isTag = nextClose > i && (nextOpen == -1 || nextOpen > nextClose) && LooksLikeTag(text, i + 1);
                if (isTag)
                {
                    state.Tag(text.Substring(i + 1, nextClose - i - 1));
                    i = nextClose + 1;
                    continue;
                }
                state.Char('<');
                i++;
                continue;
            }
            if (c == '&' && Entity(text, i, out char decoded, out int length))
            {
                state.Char(decoded);
                i += length;
                continue;
            }
            state.Char(c);
            i++;
        }
        return state.Finish();
    }

    private static bool LooksLikeTag(string text, int start)
    {
        if (start >= text.Length) return false;
        char c = text[start];
        if (c == '/' || c == '!' || c == '?') return true;
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static bool Entity(string text, int start, out char decoded, out int length)
    {
        decoded = '&';
        length = 1;
        int end = -1;
        for (int j = start + 1; j < text.Length && j < start + 12; j++)
        {
            if (text[j] == ';') { end = j; break; }
        }
        if (end < 0) return false;
        string name = text.Substring(start + 1, end - start - 1);
        length = end - start + 1;
        switch (name)
        {
            case "lt": decoded = '<'; return true;
            case "gt": decoded = '>'; return true;
            case "amp": decoded = '&'; return true;
            case "quot": decoded = '"'; return true;
            case "apos": decoded = '\''; return true;
            case "nbsp": decoded = ' '; return true;
        }
        if (name.Length > 1 && name[0] == '#')
        {
            bool hex = name[1] == 'x' || name[1] == 'X';
            string digits = hex ? name.Substring(2) : name.Substring(1);
            if (int.TryParse(digits, hex ? NumberStyles.HexNumber : NumberStyles.None, CultureInfo.InvariantCulture, out int code) && code > 0 && code < 0xD800)
            {
                decoded = (char)code;
                return true;
            }
        }
        length = 1;
        return false;
    }

    /// <summary>Collects paragraphs; whitespace collapses except inside &lt;pre&gt;.</summary>
    private sealed class Builder
    {
        private readonly StringBuilder _output = new();
        private readonly StringBuilder _paragraph = new();
        private int _listDepth;
        private int _preDepth;
        private bool _inListItem;

        public void Char(char c)
        {
            if (_preDepth > 0)
            {
                _paragraph.Append(c);
                return;
            }
            if (char.IsWhiteSpace(c))
            {
                if (_paragraph.Length > 0 && _paragraph[_paragraph.Length - 1] != ' ') _paragraph.Append(' ');
                return;
            }
            _paragraph.Append(c);
        }

        public void Tag(string tag)
        {
            bool closing = tag.StartsWith("/", StringComparison.Ordinal);
            string name = TagName(closing ? tag.Substring(1) : tag);
            switch (name.ToLowerInvariant())
            {
                case "br":
                    if (_preDepth > 0) _paragraph.Append('\n');
                    else Flush();
                    return;
                case "ul":
                case "ol":
                    Flush();
                    _listDepth = Math.Max(0, _listDepth + (closing ? -1 : 1));
                    return;
                case "li":
                    Flush();
                    _inListItem = !closing;
                    return;
                case "pre":
                    Flush();
                    _preDepth = Math.Max(0, _preDepth + (closing ? -1 : 1));
                    return;
            }
            if (s_blockTags.Contains(name)) Flush();
            // Inline markup (code, a, b, i, ...) and unknown tags leave only their text.
        }

        private static string TagName(string tag)
        {
            int end = 0;
            while (end < tag.Length && (char.IsLetterOrDigit(tag[end]) || tag[end] == '-' || tag[end] == ':')) end++;
            return tag.Substring(0, end);
        }

        private void Flush()
        {
            string text = _preDepth > 0 ? _paragraph.ToString().Trim('\n', '\r') : _paragraph.ToString().Trim();
            _paragraph.Clear();
            if (text.Length == 0) return;
            if (_output.Length > 0) _output.Append("\n\n");
            if (_preDepth > 0)
            {
                var lines = text.Replace("\r\n", "\n").Split('\n');
                for (int i = 0; i < lines.Length; i++)
                {
                    if (i > 0) _output.Append('\n');
                    _output.Append("    ").Append(lines[i].TrimEnd());
                }
                return;
            }
            if (_inListItem || _listDepth > 0)
            {
                _output.Append(' ', 2 * Math.Max(0, _listDepth - 1));
                _output.Append(_inListItem ? "* " : "  ");
                _inListItem = false; // a second paragraph of the same item is indented, not bulleted
            }
            _output.Append(text);
        }

        public string Finish()
        {
            Flush();
            return _output.ToString();
        }
    }
}
