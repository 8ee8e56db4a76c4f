using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace AwsCodegen.Generator.Parsing;

/// <summary>
/// Turns the model's HTML documentation into the first sentence of plain text. Documentation is about half of a
/// large model; keeping only a summary keeps the cached spec small and the generated files readable.
/// </summary>
public static class Documentation
{
    private const int MaxLength = 400;
    private static readonly Regex Tags = new("<[^>]+>", RegexOptions.Compiled | RegexOptions.CultureInvariant);
    private static readonly Regex Spaces = new(@"\s+", RegexOptions.Compiled | RegexOptions.CultureInvariant);
    private static readonly Regex SpaceBeforePunctuation = new(@"\s+([.,;:!?)])", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public static string? Summary(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return null;
        string text = WebUtility.HtmlDecode(Tags.Replace(html, " "));
        // Tags become spaces so that words in adjacent blocks stay apart; spaces they leave before punctuation go.
        text = SpaceBeforePunctuation.Replace(Spaces.Replace(text, " "), "$1").Trim();
        if (text.Length == 0) return null;
        int end = FirstSentenceEnd(text);
        if (end > 0) text = text.Substring(0, end);
        if (text.Length > MaxLength) text = text.Substring(0, MaxLength - 3).TrimEnd() + "...";
        return text;
    }

    private static int FirstSentenceEnd(string text)
    {
        for (int i = 0; i < text.Length - 1; i++)
        {
            // A period followed by a space and a capital ends a sentence; "e.g. the" and "v1.2" do not.
            if (text[i] == '.' && text[i + 1] == ' ' && i + 2 < text.Length && char.IsUpper(text[i + 2]) && i > 3)
                return i + 1;
        }
        return -1;
    }

    /// <summary>Escapes text for an XML doc comment.</summary>
    public static string XmlEscape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                default:
                    if (c >= ' ' || c == '\t') sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }
}
