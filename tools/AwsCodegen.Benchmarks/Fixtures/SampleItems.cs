using System;
using System.Collections.Generic;
using System.Globalization;

namespace AwsCodegen.Benchmarks.Fixtures;

/// <summary>
/// Deterministic DynamoDB items as plain values, from which both SDKs' request objects and the canned Query response
/// are made, so that both sides handle exactly the same data. A value is a string (S), long or double (N), bool
/// (BOOL), string[] (SS), a map (M) or an object[] (L); each item has ten attributes of those kinds, nested ones included.
/// </summary>
public static class SampleItems
{
    /// <summary>The items in the Query page the stub returns and the codec benchmarks read (about 50 KB of JSON).</summary>
    public const int QueryPageSize = 100;

    public static List<Dictionary<string, object>> Create(int count)
    {
        var items = new List<Dictionary<string, object>>(count);
        for (int i = 0; i < count; i++)
        {
            items.Add(new Dictionary<string, object>
            {
                ["pk"] = $"user#{i:D6}",
                ["sk"] = $"order#{i * 7919 % 100000:D5}",
                ["name"] = $"Customer number {i}",
                ["email"] = $"customer{i}@example.com",
                ["age"] = (long)(20 + i % 60),
                ["score"] = i * 1.25 + 0.5,
                ["active"] = i % 3 != 0,
                ["tags"] = new[] { "math", "poetry", "engines" },
                ["address"] = new Dictionary<string, object> { ["street"] = $"{i} Analytical Way", ["city"] = "London", ["zip"] = $"N{i % 10} {i % 7}AB" },
                ["history"] = new object[] { (long)i, (long)(i + 1), (long)(i + 2) },
            });
        }
        return items;
    }

    public static string NumberText(object number) => number switch
    {
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => throw new ArgumentException("not a number: " + number),
    };
}
