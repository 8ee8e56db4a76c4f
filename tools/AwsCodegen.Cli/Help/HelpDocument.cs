using System;
using System.Text;

namespace AwsCodegen.Cli.Help;

/// <summary>
/// Plain help text, laid out the way aws-cli's man pages read once rendered: headings at the margin, text wrapped to
/// the terminal's width at an indent, code blocks as they are, at most one blank line in a row.
/// </summary>
internal sealed class HelpDocument
{
    private readonly StringBuilder _text = new();

    public HelpDocument(int width) => Width = Math.Max(40, width);

    public int Width { get; }

    /// <summary>A section heading (NAME, SYNOPSIS...), after a blank line.</summary>
    public void Heading(string title)
    {
        Blank();
        _text.Append(title).Append('\n');
    }

    /// <summary>One blank line, unless the text is empty or already ends with one.</summary>
    public void Blank()
    {
        int n = _text.Length;
        if (n == 0 || (n >= 2 && _text[n - 1] == '\n' && _text[n - 2] == '\n')) return;
        if (_text[n - 1] != '\n') _text.Append('\n');
        _text.Append('\n');
    }

    /// <summary>A line as it is (code, synopsis), at an indent.</summary>
    public void Line(int indent, string line)
    {
        if (line.Length == 0)
        {
            _text.Append('\n');
            return;
        }
        _text.Append(' ', indent).Append(line).Append('\n');
    }

    /// <summary>Each line of a block as it is, at an indent.</summary>
    public void Block(int indent, string block)
    {
        foreach (var line in block.Split('\n')) Line(indent, line.TrimEnd());
    }

    /// <summary>Text reflowed to the width: the first line at <paramref name="indent"/>, the rest at <paramref name="hangingIndent"/>.</summary>
    public void Wrapped(int indent, string text, int? hangingIndent = null)
    {
        int column = -1; // -1: no word on the current line yet
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (column >= 0 && column + 1 + word.Length > Width)
            {
                _text.Append('\n');
                indent = hangingIndent ?? indent;
                column = -1;
            }
            if (column < 0)
            {
                _text.Append(' ', indent).Append(word);
                column = indent + word.Length;
                continue;
            }
            _text.Append(' ').Append(word);
            column += 1 + word.Length;
        }
        if (column >= 0) _text.Append('\n');
    }

    /// <summary>
    /// Documentation text as the generator wrote it (paragraphs between blank lines, "* " list items indented two
    /// spaces a level, preformatted lines indented four): paragraphs reflowed, items as "o " bullets with a hanging
    /// indent, preformatted lines kept.
    /// </summary>
    public void Docs(int indent, string? docs)
    {
        if (string.IsNullOrWhiteSpace(docs)) return;
        foreach (var raw in docs.Replace("\r\n", "\n").Split('\n'))
        {
            string line = raw.TrimEnd();
            if (line.Length == 0)
            {
                Blank();
                continue;
            }
            int spaces = 0;
            while (spaces < line.Length && line[spaces] == ' ') spaces++;
            string rest = line[spaces..];
            if (rest.StartsWith("* ", StringComparison.Ordinal))
                Wrapped(indent + spaces, "o " + rest[2..], indent + spaces + 2);
            else if (spaces >= 4)
                Line(indent + spaces, rest);
            else
                Wrapped(indent, rest);
        }
        Blank();
    }

    public override string ToString()
    {
        // One newline at the end, whatever the last block left.
        int end = _text.Length;
        while (end > 0 && _text[end - 1] == '\n') end--;
        return _text.ToString(0, end) + "\n";
    }
}
