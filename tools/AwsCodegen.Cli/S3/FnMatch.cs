using System.Text;
using System.Text.RegularExpressions;

namespace AwsCodegen.Cli.S3;

/// <summary>
/// Shell-style wildcards as Python's fnmatch reads them on Unix (case-sensitive): '*' is any run of characters, '/'
/// included; '?' one character; "[abc]", "[a-z]" and "[!abc]" sets; an unclosed '[' is a literal.
/// </summary>
internal static class FnMatch
{
    public static Regex Compile(string pattern) =>
        new(Translate(pattern), RegexOptions.CultureInvariant | RegexOptions.Singleline);

    public static string Translate(string pattern)
    {
        var regex = new StringBuilder("^(?:");
        int i = 0, n = pattern.Length;
        while (i < n)
        {
            char c = pattern[i++];
            switch (c)
            {
                case '*':
                    while (i < n && pattern[i] == '*') i++;
                    regex.Append(".*");
                    break;
                case '?':
                    regex.Append('.');
                    break;
                case '[':
                    int j = i;
                    if (j < n && pattern[j] == '!') j++;
                    if (j < n && pattern[j] == ']') j++;
                    while (j < n && pattern[j] != ']') j++;
                    if (j >= n)
                    {
                        regex.Append("\\[");
                        break;
                    }
                    string set = pattern[i..j];
                    i = j + 1;
                    var body = new StringBuilder();
                    int start = 0;
                    if (set.StartsWith('!'))
                    {
                        body.Append('^');
                        start = 1;
                    }
                    else if (set.StartsWith('^'))
                    {
                        body.Append("\\^");
                        start = 1;
                    }
                    for (int k = start; k < set.Length; k++)
                    {
                        char s = set[k];
                        if (s == '-' && k > start && k < set.Length - 1) body.Append('-');
                        else if (s is '\\' or ']' or '[' or '^' or '-') body.Append('\\').Append(s);
                        else body.Append(s);
                    }
                    regex.Append('[').Append(body).Append(']');
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
        return regex.Append(")$").ToString();
    }
}
