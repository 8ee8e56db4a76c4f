using System;
using System.Text.Json;

namespace AwsCodegen.Conformance.Protocol;

/// <summary>
/// Compares a document with what aws-cli prints, strictly: object members in the same order (aws-cli prints the
/// parser's dict in insertion order, which is the model's), numbers by their text (Python prints an int as 1 and a
/// float as 1.0, and its float repr is what the CLI must reproduce), no null standing in for an absent member.
/// Reports the first difference with its path.
/// </summary>
public static class OrderedJsonComparer
{
    public static string? Compare(JsonElement expected, JsonElement actual) => Compare(expected, actual, "$");

    private static string? Compare(JsonElement expected, JsonElement actual, string path)
    {
        if (expected.ValueKind != actual.ValueKind) return Differ(path, expected, actual);
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                return CompareObjects(expected, actual, path);
            case JsonValueKind.Array:
                int expectedLength = expected.GetArrayLength(), actualLength = actual.GetArrayLength();
                if (expectedLength != actualLength)
                    return $"{path}: expected {expectedLength} items {JsonTreeComparer.Show(expected)}, got {actualLength} items {JsonTreeComparer.Show(actual)}";
                for (int i = 0; i < expectedLength; i++)
                    if (Compare(expected[i], actual[i], $"{path}[{i}]") is { } difference) return difference;
                return null;
            case JsonValueKind.String:
                return string.Equals(expected.GetString(), actual.GetString(), StringComparison.Ordinal) ? null : Differ(path, expected, actual);
            case JsonValueKind.Number:
                return string.Equals(expected.GetRawText(), actual.GetRawText(), StringComparison.Ordinal) ? null : Differ(path, expected, actual);
            default:
                return null; // true, false, null: the kinds already matched.
        }
    }

    private static string? CompareObjects(JsonElement expected, JsonElement actual, string path)
    {
        using var e = expected.EnumerateObject();
        using var a = actual.EnumerateObject();
        while (true)
        {
            bool moreExpected = e.MoveNext(), moreActual = a.MoveNext();
            if (!moreExpected && !moreActual) return null;
            if (!moreActual) return $"{path}.{e.Current.Name}: expected {JsonTreeComparer.Show(e.Current.Value)}, got nothing (member missing)";
            if (!moreExpected) return $"{path}.{a.Current.Name}: expected nothing, got {JsonTreeComparer.Show(a.Current.Value)} (unexpected member)";
            if (!string.Equals(e.Current.Name, a.Current.Name, StringComparison.Ordinal))
                return $"{path}: expected member {JsonTreeComparer.Quote(e.Current.Name)} next, got {JsonTreeComparer.Quote(a.Current.Name)} (members differ or are out of order)";
            if (Compare(e.Current.Value, a.Current.Value, path + "." + e.Current.Name) is { } difference) return difference;
        }
    }

    private static string Differ(string path, JsonElement expected, JsonElement actual) =>
        $"{path}: expected {JsonTreeComparer.Show(expected)}, got {JsonTreeComparer.Show(actual)}";
}
