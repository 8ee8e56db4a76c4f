using System;
using System.Collections.Generic;
using System.Linq;

namespace AwsCodegen.Conformance.Protocol;

/// <summary>
/// Compares urlencoded name/value lists (query strings and form bodies) as multisets of decoded pairs:
/// the expected strings follow botocore's parameter order, which is not part of any protocol.
/// "a" (no '=') and "a=" stay distinct, since a server can tell them apart.
/// </summary>
public static class FormComparer
{
    private const int Listed = 3;

    /// <param name="plusIsSpace">True for form bodies, where '+' encodes a space; false for URI queries, where it is itself.</param>
    public static IReadOnlyList<KeyValuePair<string, string?>> Parse(string text, bool plusIsSpace)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (text.StartsWith('?')) text = text[1..];
        foreach (string part in text.Split('&'))
        {
            if (part.Length == 0) continue;
            int equals = part.IndexOf('=', StringComparison.Ordinal);
            string name = equals < 0 ? part : part[..equals];
            string? value = equals < 0 ? null : part[(equals + 1)..];
            pairs.Add(new(Decode(name, plusIsSpace), value is null ? null : Decode(value, plusIsSpace)));
        }
        return pairs;
    }

    /// <summary>Null when both hold the same pairs; otherwise which pairs are missing and which are unexpected.</summary>
    public static string? Compare(string expected, string actual, bool plusIsSpace)
    {
        var missing = Parse(expected, plusIsSpace).ToList();
        var unexpected = new List<KeyValuePair<string, string?>>();
        foreach (var pair in Parse(actual, plusIsSpace))
        {
            if (!missing.Remove(pair)) unexpected.Add(pair);
        }
        if (missing.Count == 0 && unexpected.Count == 0) return null;
        var parts = new List<string>();
        if (missing.Count > 0) parts.Add("missing " + List(missing));
        if (unexpected.Count > 0) parts.Add("unexpected " + List(unexpected));
        return string.Join(", ", parts);
    }

    private static string Decode(string text, bool plusIsSpace) =>
        Uri.UnescapeDataString(plusIsSpace ? text.Replace('+', ' ') : text);

    private static string Show(KeyValuePair<string, string?> pair) =>
        pair.Value is null ? pair.Key : pair.Key + "=" + pair.Value;

    private static string List(List<KeyValuePair<string, string?>> pairs) =>
        string.Join(" ", pairs.Take(Listed).Select(p => JsonTreeComparer.Quote(Show(p)))) + (pairs.Count > Listed ? $" (+{pairs.Count - Listed} more)" : "");
}
