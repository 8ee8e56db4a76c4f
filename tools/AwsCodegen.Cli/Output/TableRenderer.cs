using System.Collections.Generic;
using System.IO;
using System.Text;

namespace AwsCodegen.Cli.Output;

/// <summary>
/// Draws table sections as awscli/table.py's MultiTable does: a rule of '-' as wide as the widest section, then each
/// section indented by '|' per level on both sides, its centered title, its headers between '+---+' rules and its
/// left-aligned rows. When the table is wider than the terminal, every section with one row and headers turns into a
/// two-column (header, value) section and the widths are measured again (the result may still be wider).
/// <para>
/// Colors (<c>--color on</c>, or auto on a terminal) are table.py's ColorizedStyler under colorama with autoreset:
/// cells bright blue, indentation bars dim yellow, each followed by a reset; and colorama writes one more reset
/// (ESC[0m) after every single write call aws-cli makes to stdout, so this renderer makes the same writes.
/// </para>
/// </summary>
internal sealed class TableRenderer(TextWriter output, int terminalWidth, bool color)
{
    private const string Reset = "\u001b[0m";
    private const string CellStyle = "\u001b[1m\u001b[34m";
    private const string BarStyle = "\u001b[2m\u001b[33m";

    public void Render(List<TableSection> sections)
    {
        var maxWidth = MaxWidth(sections);
        if (maxWidth > terminalWidth)
        {
            ConvertToVertical(sections);
            maxWidth = MaxWidth(sections);
        }
        Write(new string('-', maxWidth) + "\n");
        foreach (var section in sections) RenderSection(section, maxWidth);
    }

    private static int MaxWidth(List<TableSection> sections)
    {
        var max = int.MinValue;
        foreach (var s in sections) max = System.Math.Max(max, s.TotalWidth(4, true, s.IndentLevel));
        return max;
    }

    private static void ConvertToVertical(List<TableSection> sections)
    {
        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            if (section.Rows.Count != 1 || section.Headers.Count == 0) continue;
            var vertical = new TableSection { Title = section.Title, IndentLevel = section.IndentLevel };
            var row = section.Rows[0];
            for (var c = 0; c < section.Headers.Count && c < row.Count; c++) vertical.AddRow([section.Headers[c], row[c]]);
            sections[i] = vertical;
        }
    }

    /// <summary>One write to aws-cli's stdout: with colors, colorama's autoreset follows it.</summary>
    private void Write(string text)
    {
        output.Write(text);
        if (color) output.Write(Reset);
    }

    /// <summary>table.py's IndentedStream.write: bars, the text, bars again before its line break.</summary>
    private void WriteIndented(TableSection section, string text)
    {
        var bars = new StringBuilder();
        var bar = color ? BarStyle + "|" + Reset : "|";
        for (var i = 0; i < section.IndentLevel; i++) bars.Append(bar);
        Write(bars.ToString());
        if (text.EndsWith('\n'))
        {
            Write(text[..^1]);
            Write(bars.ToString());
            Write("\n");
        }
        else
        {
            Write(text);
        }
    }

    private void RenderSection(TableSection section, int maxWidth)
    {
        maxWidth -= section.IndentLevel * 2;
        if (!string.IsNullOrEmpty(section.Title))
        {
            WriteIndented(section, CenterText(section.Title, maxWidth, "|", "|", PythonText.DisplayWidth(section.Title)) + "\n");
            if (section.Headers.Count == 0 && section.Rows.Count == 0)
                WriteIndented(section, "+" + new string('-', System.Math.Max(0, maxWidth - 2)) + "+\n");
        }
        if (section.Headers.Count > 0)
        {
            var widths = section.ColumnWidths(4, maxWidth);
            var current = new StringBuilder();
            for (var i = 0; i < widths.Count && i < section.Headers.Count; i++)
            {
                var header = section.Headers[i];
                current.Append(CenterText(header, widths[i], i == 0 ? "|" : "", "|", PythonText.DisplayWidth(header)));
            }
            WriteLineBreak(section, widths);
            WriteIndented(section, current + "\n");
        }
        if (section.Rows.Count > 0)
        {
            var widths = section.ColumnWidths(4, maxWidth);
            if (widths.Count == 0) return;
            WriteLineBreak(section, widths);
            foreach (var row in section.Rows)
            {
                var current = new StringBuilder();
                for (var i = 0; i < widths.Count && i < row.Count; i++)
                {
                    var styled = color ? CellStyle + row[i] + Reset : row[i];
                    current.Append(AlignLeft(styled, widths[i], i == 0 ? "|" : "", "|", PythonText.DisplayWidth(row[i])));
                }
                WriteIndented(section, current + "\n");
            }
            WriteLineBreak(section, widths);
        }
    }

    private void WriteLineBreak(TableSection section, List<int> widths)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < widths.Count; i++)
        {
            if (i == 0) sb.Append('+').Append('-', System.Math.Max(0, widths[i] - 2)).Append('+');
            else sb.Append('-', System.Math.Max(0, widths[i] - 1)).Append('+');
        }
        WriteIndented(section, sb.Append('\n').ToString());
    }

    private static string CenterText(string text, int length, string leftEdge, string rightEdge, int textLength)
    {
        var charStart = FloorDiv(length, 2) - FloorDiv(textLength, 2) - 1;
        var sb = new StringBuilder(leftEdge).Append(' ', System.Math.Max(0, charStart)).Append(text);
        var lengthSoFar = PythonText.DisplayWidth(leftEdge) + charStart + textLength;
        var rightSpaces = length - PythonText.DisplayWidth(rightEdge) - lengthSoFar;
        return sb.Append(' ', System.Math.Max(0, rightSpaces)).Append(rightEdge).ToString();
    }

    private static string AlignLeft(string text, int length, string leftEdge, string rightEdge, int textLength)
    {
        const int leftPadding = 2;
        var computed = textLength + leftPadding + PythonText.DisplayWidth(leftEdge) + PythonText.DisplayWidth(rightEdge);
        var padding = length - computed >= 0 ? leftPadding : 0;
        var lengthSoFar = leftEdge.Length + padding + textLength;
        var sb = new StringBuilder(leftEdge).Append(' ', padding).Append(text);
        return sb.Append(' ', System.Math.Max(0, length - lengthSoFar - rightEdge.Length)).Append(rightEdge).ToString();
    }

    private static int FloorDiv(int a, int b) => (int)System.Math.Floor(a / (double)b);
}
