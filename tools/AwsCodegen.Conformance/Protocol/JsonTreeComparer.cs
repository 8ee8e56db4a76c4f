using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace AwsCodegen.Conformance.Protocol;

/// <summary>
/// Compares JSON by meaning and reports the first difference with its path (<c>$.Nested.Foo</c>).
/// Member order does not matter; numbers are compared as numbers (1 equals 1.0); and a member that is null on
/// one side and absent on the other counts as equal, because the cases write "no value" both ways.
/// </summary>
public static class JsonTreeComparer
{
    private const int ShownLength = 80;

    // Shown values keep their characters as they are ("<", "é"), for people reading the report.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Parses both texts and compares them; a text that is not JSON is itself the difference.</summary>
    public static string? Compare(string expectedJson, string actualJson)
    {
        JsonDocument expected;
        try
        {
            expected = JsonDocument.Parse(expectedJson);
        }
        catch (JsonException e)
        {
            return $"the expected value is not JSON ({e.Message})";
        }
        using (expected)
        {
            JsonDocument actual;
            try
            {
                actual = JsonDocument.Parse(actualJson);
            }
            catch (JsonException)
            {
                return $"expected JSON {Show(expected.RootElement)}, got non-JSON {Shorten(Quote(actualJson))}";
            }
            using (actual) return Compare(expected.RootElement, actual.RootElement);
        }
    }

    public static string? Compare(JsonElement expected, JsonElement actual) => Compare(expected, actual, "$");

    private static string? Compare(JsonElement expected, JsonElement actual, string path)
    {
        if (expected.ValueKind == JsonValueKind.Number && actual.ValueKind == JsonValueKind.Number)
            return NumbersEqual(expected, actual) ? null : Differ(path, expected, actual);
        if (expected.ValueKind != actual.ValueKind) return Differ(path, expected, actual);
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                return CompareObjects(expected, actual, path);
            case JsonValueKind.Array:
                return CompareArrays(expected, actual, path);
            case JsonValueKind.String:
                return string.Equals(expected.GetString(), actual.GetString(), StringComparison.Ordinal) ? null : Differ(path, expected, actual);
            default:
                return null; // true, false, null: the kinds already matched.
        }
    }

    private static string? CompareObjects(JsonElement expected, JsonElement actual, string path)
    {
        var actualMembers = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var member in actual.EnumerateObject()) actualMembers[member.Name] = member.Value;
        var expectedNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in expected.EnumerateObject())
        {
            expectedNames.Add(member.Name);
            string memberPath = Member(path, member.Name);
            if (actualMembers.TryGetValue(member.Name, out var actualValue))
            {
                if (Compare(member.Value, actualValue, memberPath) is { } difference) return difference;
            }
            else if (member.Value.ValueKind != JsonValueKind.Null)
            {
                return $"{memberPath}: expected {Show(member.Value)}, got nothing (member missing)";
            }
        }
        foreach (var member in actualMembers.Where(m => !expectedNames.Contains(m.Key)))
        {
            if (member.Value.ValueKind != JsonValueKind.Null)
                return $"{Member(path, member.Key)}: expected nothing, got {Show(member.Value)} (unexpected member)";
        }
        return null;
    }

    private static string? CompareArrays(JsonElement expected, JsonElement actual, string path)
    {
        int expectedLength = expected.GetArrayLength(), actualLength = actual.GetArrayLength();
        if (expectedLength != actualLength)
            return $"{path}: expected {expectedLength} items {Show(expected)}, got {actualLength} items {Show(actual)}";
        for (int i = 0; i < expectedLength; i++)
        {
            if (Compare(expected[i], actual[i], $"{path}[{i}]") is { } difference) return difference;
        }
        return null;
    }

    /// <summary>Exact decimal equality where both fit a decimal, else equality of the parsed doubles.</summary>
    internal static bool NumbersEqual(JsonElement a, JsonElement b)
    {
        if (a.TryGetDecimal(out decimal da) && b.TryGetDecimal(out decimal db)) return da == db;
        if (a.TryGetDouble(out double fa) && b.TryGetDouble(out double fb)) return fa.Equals(fb);
        return string.Equals(a.GetRawText(), b.GetRawText(), StringComparison.Ordinal);
    }

    private static string Differ(string path, JsonElement expected, JsonElement actual) =>
        $"{path}: expected {Show(expected)}, got {Show(actual)}";

    private static string Member(string path, string name) =>
        IsPlainName(name) ? path + "." + name : path + "[" + Quote(name) + "]";

    private static bool IsPlainName(string name) =>
        name.Length > 0 && !char.IsDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_' || c == '-');

    /// <summary>A value as compact JSON text, shortened so that one failure stays one readable line.</summary>
    internal static string Show(JsonElement value) => Shorten(JsonSerializer.Serialize(value, Readable));

    internal static string Quote(string text) => JsonSerializer.Serialize(text, Readable);

    internal static string Shorten(string text) => text.Length <= ShownLength ? text : text[..(ShownLength - 3)] + "...";
}
