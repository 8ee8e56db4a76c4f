namespace AwsCodegen.Cli.Output;

/// <summary>
/// libyaml's scalar analysis (yaml_emitter_analyze_scalar), which ruamel.yaml's C emitter runs with unicode allowed:
/// which styles may write a scalar. "Printable" is libyaml's: line feed, U+0020..U+007E, U+00A0..U+D7FF and
/// U+E000..U+FFFD but U+FEFF; so tab, carriage return, NEL and every character beyond the BMP (emoji) are special and
/// force double quotes.
/// </summary>
internal readonly record struct YamlScalarAnalysis(
    bool Empty, bool Multiline, bool FlowPlainAllowed, bool BlockPlainAllowed, bool SingleQuotedAllowed, int Utf8Length)
{
    public static bool IsPrintable(int cp) =>
        cp == '\n' || (cp >= 0x20 && cp <= 0x7E) || (cp >= 0xA0 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD && cp != 0xFEFF);

    public static bool IsBreak(int cp) => cp is '\r' or '\n' or 0x85 or 0x2028 or 0x2029;

    private static bool IsBlankZ(int cp) => cp is ' ' or '\t' or 0 || IsBreak(cp);

    public static YamlScalarAnalysis Analyze(string s)
    {
        var utf8Length = System.Text.Encoding.UTF8.GetByteCount(s);
        if (s.Length == 0) return new(true, false, false, true, true, 0);

        var cps = ToCodePoints(s);
        bool blockIndicators = false, flowIndicators = false, lineBreaks = false, special = false;
        bool leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false;
        bool breakSpace = false, spaceBreak = false, previousSpace = false, previousBreak = false;
        if (s.StartsWith("---", System.StringComparison.Ordinal) || s.StartsWith("...", System.StringComparison.Ordinal))
            blockIndicators = flowIndicators = true;
        var precededByWhitespace = true;
        var followedByWhitespace = cps.Length < 2 || IsBlankZ(cps[1]);
        for (var i = 0; i < cps.Length; i++)
        {
            var ch = cps[i];
            if (i == 0)
            {
                if (ch is '#' or ',' or '[' or ']' or '{' or '}' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`')
                    flowIndicators = blockIndicators = true;
                if (ch is '?' or ':')
                {
                    flowIndicators = true;
                    if (followedByWhitespace) blockIndicators = true;
                }
                if (ch == '-' && followedByWhitespace) flowIndicators = blockIndicators = true;
            }
            else
            {
                if (ch is ',' or '?' or '[' or ']' or '{' or '}') flowIndicators = true;
                if (ch == ':')
                {
                    flowIndicators = true;
                    if (followedByWhitespace) blockIndicators = true;
                }
                if (ch == '#' && precededByWhitespace) flowIndicators = blockIndicators = true;
            }
            if (!IsPrintable(ch)) special = true;
            if (IsBreak(ch)) lineBreaks = true;
            if (ch == ' ')
            {
                if (i == 0) leadingSpace = true;
                if (i == cps.Length - 1) trailingSpace = true;
                if (previousBreak) breakSpace = true;
                previousSpace = true;
                previousBreak = false;
            }
            else if (IsBreak(ch))
            {
                if (i == 0) leadingBreak = true;
                if (i == cps.Length - 1) trailingBreak = true;
                if (previousSpace) spaceBreak = true;
                previousSpace = false;
                previousBreak = true;
            }
            else
            {
                previousSpace = previousBreak = false;
            }
            precededByWhitespace = IsBlankZ(ch);
            if (i + 1 < cps.Length) followedByWhitespace = i + 2 >= cps.Length || IsBlankZ(cps[i + 2]);
        }
        bool flowPlain = true, blockPlain = true, singleQuoted = true;
        if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) flowPlain = blockPlain = false;
        if (breakSpace) flowPlain = blockPlain = singleQuoted = false;
        if (spaceBreak || special) flowPlain = blockPlain = singleQuoted = false;
        if (lineBreaks) flowPlain = blockPlain = false;
        if (flowIndicators) flowPlain = false;
        if (blockIndicators) blockPlain = false;
        return new(false, lineBreaks, flowPlain, blockPlain, singleQuoted, utf8Length);
    }

    public static int[] ToCodePoints(string s)
    {
        var list = new System.Collections.Generic.List<int>(s.Length);
        for (var i = 0; i < s.Length; i++) list.Add(PythonText.CodePointAt(s, ref i));
        return [.. list];
    }
}
