using System;
using System.Collections.Generic;
using System.Linq;

namespace AwsCodegen.ModelImporter;

/// <summary>Close matches for a mistyped service name: small edit distance, or one name containing the other.</summary>
public static class NameSuggester
{
    public static IReadOnlyList<string> Suggest(string name, IEnumerable<string> candidates, int max = 5)
    {
        string wanted = name.ToLowerInvariant();
        int budget = Math.Max(2, wanted.Length / 3);
        return candidates
            .Select(candidate => (candidate, score: Score(wanted, candidate, budget)))
            .Where(x => x.score is not null)
            .OrderBy(x => x.score)
            .ThenBy(x => x.candidate, StringComparer.Ordinal)
            .Take(max)
            .Select(x => x.candidate)
            .ToArray();
    }

    private static int? Score(string wanted, string candidate, int budget)
    {
        int distance = Distance(wanted, candidate);
        if (distance <= budget)
        {
            return distance;
        }

        // "dynamo" -> "dynamodb", "cloudwatchlogs" -> "logs": containment ranks after close typos.
        bool contains = (wanted.Length >= 3 && candidate.Contains(wanted, StringComparison.Ordinal))
            || (candidate.Length >= 4 && wanted.Contains(candidate, StringComparison.Ordinal));
        return contains ? budget + 1 + Math.Abs(candidate.Length - wanted.Length) : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
