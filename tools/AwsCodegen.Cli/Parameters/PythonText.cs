namespace AwsCodegen.Cli.Parameters;

/// <summary>Python's notions of whitespace and its strip methods, which aws-cli's parsing relies on.</summary>
public static class PythonText
{
    /// <summary><c>str.isspace()</c> for one character, which is also what <c>\s</c> matches in a str regex.</summary>
    public static bool IsRegexSpace(char c) => c switch
    {
        >= '\t' and <= '\r' => true,
        >= '\x1c' and <= ' ' => true,
        '\x85' or '\xa0' or '\u1680' or '\u2028' or '\u2029' or '\u202f' or '\u205f' or '\u3000' => true,
        >= '\u2000' and <= '\u200a' => true,
        _ => false,
    };

    /// <summary>A character of <c>string.whitespace</c> (" \t\n\r\x0b\x0c").</summary>
    public static bool IsAsciiWhitespace(char c) => c is ' ' or (>= '\t' and <= '\r');

    /// <summary><c>str.rstrip()</c>.</summary>
    public static string RStrip(string s)
    {
        int end = s.Length;
        while (end > 0 && IsRegexSpace(s[end - 1])) end--;
        return end == s.Length ? s : s[..end];
    }

    /// <summary><c>str.lstrip()</c>.</summary>
    public static string LStrip(string s)
    {
        int start = 0;
        while (start < s.Length && IsRegexSpace(s[start])) start++;
        return start == 0 ? s : s[start..];
    }

    /// <summary><c>str.strip()</c>.</summary>
    public static string Strip(string s) => RStrip(LStrip(s));
}
