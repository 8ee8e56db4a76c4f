using System;
using System.Collections.Generic;

namespace AwsCodegen.Cli.Output;

/// <summary>
/// One section of a table (awscli/table.py's Section): a title, optional column headers, rows of cells (str() of
/// each value) and the widest cell of each column in display width. A title of None (a nested list's section) is
/// not drawn but still counts as the four characters of "None" in the width, as in aws-cli.
/// </summary>
internal sealed class TableSection
{
    public string? Title;
    public List<string> Headers = [];
    public readonly List<List<string>> Rows = [];
    public int IndentLevel;
    private int? _numColumns;
    private List<int> _maxWidths = [];

    public void AddHeader(List<string> headers)
    {
        UpdateMaxWidths(headers);
        _numColumns ??= headers.Count;
        Headers = headers;
    }

    public void AddRow(List<string> row)
    {
        _numColumns ??= row.Count;
        if (row.Count != _numColumns)
            throw new FormatterException($"Row should have {_numColumns} elements, instead it has {row.Count}");
        Rows.Add(row);
        UpdateMaxWidths(row);
    }

    private void UpdateMaxWidths(List<string> row)
    {
        if (_maxWidths.Count == 0)
        {
            _maxWidths = row.ConvertAll(PythonText.DisplayWidth);
            return;
        }
        for (var i = 0; i < row.Count; i++)
        {
            if (i >= _maxWidths.Count) throw new FormatterException("list index out of range");
            _maxWidths[i] = Math.Max(PythonText.DisplayWidth(row[i]), _maxWidths[i]);
        }
    }

    /// <summary>Column widths with padding, scaled to add up to maxWidth (rounding half to even, then corrected one by one).</summary>
    public List<int> ColumnWidths(int padding, int? maxWidth)
    {
        var unscaled = _maxWidths.ConvertAll(w => w + padding);
        if (maxWidth is null || unscaled.Count == 0) return unscaled;
        var sum = 0;
        foreach (var w in unscaled) sum += w;
        var scale = maxWidth.Value / (double)sum;
        var scaled = unscaled.ConvertAll(w => (int)Math.Round(scale * w, MidpointRounding.ToEven));
        var offBy = -maxWidth.Value;
        foreach (var w in scaled) offBy += w;
        while (offBy != 0)
        {
            var n = scaled.Count;
            for (var k = 0; k < n; k++)
            {
                var i = offBy < 0 ? n - 1 - k : k;
                if (offBy > 0) { scaled[i]--; offBy--; }
                else { scaled[i]++; offBy++; }
                if (offBy == 0) break;
            }
        }
        return scaled;
    }

    public int TotalWidth(int padding, bool withBorder, int outerPadding)
    {
        const int borderPadding = 2;
        var total = 0;
        foreach (var w in ColumnWidths(0, null)) total += w + padding;
        if (withBorder) total += borderPadding;
        total += 2 * outerPadding;
        return Math.Max(PythonText.DisplayWidth(Title ?? "None") + borderPadding + 2 * outerPadding, total);
    }
}
