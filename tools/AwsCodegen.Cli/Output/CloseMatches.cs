using System.Collections.Generic;

namespace AwsCodegen.Cli.Output;

/// <summary>
/// difflib.get_close_matches(word, possibilities, n=3, cutoff) for short words: SequenceMatcher.ratio() from its
/// matching blocks (longest match first, earliest in a, then in b; recursively left and right; no junk, as autojunk
/// only applies to sequences of 200 or more), best scores first, ties by the larger word as Python's heapq.nlargest
/// orders (score, word) pairs.
/// </summary>
internal static class CloseMatches
{
    public static List<string> Get(string word, IReadOnlyList<string> possibilities, double cutoff, int n = 3)
    {
        var scored = new List<(double Score, string Word)>();
        foreach (var x in possibilities)
        {
            var ratio = Ratio(x, word);
            if (ratio >= cutoff) scored.Add((ratio, x));
        }
        scored.Sort((p, q) => p.Score != q.Score ? q.Score.CompareTo(p.Score) : PythonText.CompareCodePoints(q.Word, p.Word));
        var result = new List<string>();
        for (var i = 0; i < scored.Count && i < n; i++) result.Add(scored[i].Word);
        return result;
    }

    /// <summary>SequenceMatcher(None, a, b).ratio(), with a the possibility and b the word.</summary>
    public static double Ratio(string a, string b)
    {
        var total = a.Length + b.Length;
        return total == 0 ? 1.0 : 2.0 * Matches(a, 0, a.Length, b, 0, b.Length) / total;
    }

    private static int Matches(string a, int alo, int ahi, string b, int blo, int bhi)
    {
        int bestI = alo, bestJ = blo, bestK = 0;
        for (var i = alo; i < ahi; i++)
        {
            for (var j = blo; j < bhi; j++)
            {
                var k = 0;
                while (i + k < ahi && j + k < bhi && a[i + k] == b[j + k]) k++;
                if (k > bestK) (bestI, bestJ, bestK) = (i, j, k);
            }
        }
        if (bestK == 0) return 0;
        return bestK + Matches(a, alo, bestI, b, blo, bestJ) + Matches(a, bestI + bestK, ahi, b, bestJ + bestK, bhi);
    }
}
