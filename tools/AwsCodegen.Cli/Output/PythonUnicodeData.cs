using System;

namespace AwsCodegen.Cli.Output;

/// <summary>Look-ups over the tables generated from Python's unicodedata (PythonUnicodeData.g.cs).</summary>
internal static partial class PythonUnicodeData
{
    /// <summary>unicodedata.east_asian_width(c) in 'WFA': the cell counts 2 in aws-cli's table widths.</summary>
    internal static bool IsWide(int codePoint) => InRanges(WideRanges, codePoint);

    /// <summary>chr(c).isprintable().</summary>
    internal static bool IsPrintable(int codePoint) => !InRanges(UnprintableRanges, codePoint);

    /// <summary>chr(c).upper(), or null when upper() leaves the code point as it is.</summary>
    internal static string? Upper(int codePoint)
    {
        var i = Array.BinarySearch(UpperKeys, codePoint);
        return i >= 0 ? UpperValues[i] : null;
    }

    private static bool InRanges(int[] ranges, int codePoint)
    {
        // ranges holds ascending, disjoint (start, end) pairs: find the last start <= codePoint.
        int lo = 0, hi = ranges.Length / 2 - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (ranges[2 * mid] <= codePoint) lo = mid + 1;
            else hi = mid - 1;
        }
        return hi >= 0 && codePoint <= ranges[2 * hi + 1];
    }
}
