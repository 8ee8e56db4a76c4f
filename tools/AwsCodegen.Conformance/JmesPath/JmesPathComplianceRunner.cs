using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using AwsCodegen.Runtime.JmesPath;

namespace AwsCodegen.Conformance.JmesPath;

/// <summary>The outcome of one compliance case. Group and case numbers are 0-based positions in the file.</summary>
public sealed record JmesPathCaseResult(string File, int Group, int Case, string Expression, bool Passed, string? Failure)
{
    /// <summary>"file.json: group N, case M", as the report and the test names write it.</summary>
    public string Id => $"{Path.GetFileName(File)}: group {Group.ToString(CultureInfo.InvariantCulture)}, case {Case.ToString(CultureInfo.InvariantCulture)}";
}

/// <summary>
/// Runs JMESPath compliance files (jmespath.test's format): a list of groups, each a "given" document and its
/// "cases". A case expects a "result" (compared as a JSON tree: numbers by value, members in any order, nothing
/// missing or extra), or an "error" kind: syntax, invalid-type, invalid-value, invalid-arity or unknown-function.
/// A case with neither (the benchmark cases, marked "bench") passes when it compiles and evaluates.
/// </summary>
public static class JmesPathComplianceRunner
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Runs the files and directories (their *.json files) given, prints one line per failing case and then
    /// "N passed, N failed". Returns 0 when all passed, 1 otherwise (also when there was no case at all).
    /// </summary>
    public static int Run(IReadOnlyList<string> paths, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(output);
        int passed = 0, failed = 0;
        foreach (string file in ListFiles(paths, output, ref failed))
        {
            foreach (var result in RunFile(file))
            {
                if (result.Passed)
                {
                    passed++;
                    continue;
                }
                failed++;
                output.WriteLine($"{result.Id}: {result.Expression}: {result.Failure}");
            }
        }
        output.WriteLine($"{passed} passed, {failed} failed");
        return failed == 0 && passed > 0 ? 0 : 1;
    }

    /// <summary>The *.json files of a compliance directory, in name order.</summary>
    public static IReadOnlyList<string> FilesIn(string directory) =>
        Directory.GetFiles(directory, "*.json").OrderBy(f => f, StringComparer.Ordinal).ToList();

    /// <summary>Runs every case of one file. A file that cannot be read is one failed result, not an exception.</summary>
    public static IReadOnlyList<JmesPathCaseResult> RunFile(string path)
    {
        var results = new List<JmesPathCaseResult>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            results.Add(new JmesPathCaseResult(path, -1, -1, "", false, "the file cannot be read: " + e.Message));
            return results;
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                results.Add(new JmesPathCaseResult(path, -1, -1, "", false, "the file is not a list of groups"));
                return results;
            }
            int groupIndex = 0;
            foreach (JsonElement group in document.RootElement.EnumerateArray())
            {
                group.TryGetProperty("given", out JsonElement given);
                int caseIndex = 0;
                if (group.TryGetProperty("cases", out JsonElement cases) && cases.ValueKind == JsonValueKind.Array)
                {
                    foreach (JsonElement testCase in cases.EnumerateArray())
                    {
                        string expression = testCase.TryGetProperty("expression", out JsonElement e) && e.ValueKind == JsonValueKind.String ? e.GetString()! : "";
                        string? failure = RunCase(given, testCase);
                        results.Add(new JmesPathCaseResult(path, groupIndex, caseIndex, expression, failure is null, failure));
                        caseIndex++;
                    }
                }
                groupIndex++;
            }
        }
        return results;
    }

    /// <summary>The spec's name of an error kind ("invalid-type"), as the compliance files write it.</summary>
    public static string KindName(JmesPathErrorKind kind) => kind switch
    {
        JmesPathErrorKind.Syntax => "syntax",
        JmesPathErrorKind.InvalidType => "invalid-type",
        JmesPathErrorKind.InvalidValue => "invalid-value",
        JmesPathErrorKind.InvalidArity => "invalid-arity",
        JmesPathErrorKind.UnknownFunction => "unknown-function",
        _ => kind.ToString(),
    };

    /// <summary>Null when the case passed, otherwise what differed.</summary>
    private static string? RunCase(JsonElement given, JsonElement testCase)
    {
        if (!testCase.TryGetProperty("expression", out JsonElement expressionElement) || expressionElement.ValueKind != JsonValueKind.String)
            return "the case has no \"expression\"";
        string expression = expressionElement.GetString()!;
        bool expectsError = testCase.TryGetProperty("error", out JsonElement expectedError);
        bool expectsResult = testCase.TryGetProperty("result", out JsonElement expectedResult);
        JsonElement actual;
        try
        {
            actual = JmesPathExpression.Compile(expression).Evaluate(given);
        }
        catch (JmesPathException e)
        {
            string kind = KindName(e.Kind);
            if (expectsError)
            {
                string expected = expectedError.ValueKind == JsonValueKind.String ? expectedError.GetString()! : expectedError.GetRawText();
                return string.Equals(expected, kind, StringComparison.Ordinal) ? null : $"expected a {expected} error, got a {kind} error: {OneLine(e.Detail)}";
            }
            return $"expected {(expectsResult ? Show(expectedResult) : "no error")}, got a {kind} error: {OneLine(e.Detail)}";
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Anything but a JmesPathException is an engine bug, whatever the case expects.
            return $"unexpected {e.GetType().Name}: {OneLine(e.Message)}";
        }
        if (expectsError) return $"expected a {Show(expectedError)} error, got {Show(actual)}";
        if (!expectsResult) return null; // a benchmark case: running it is the test
        return Difference(expectedResult, actual, "$");
    }

    /// <summary>
    /// The first difference between two JSON trees, or null. Stricter than the protocol comparer on purpose: a
    /// member that is null is not the same as a missing one (multiselect hashes keep their null members).
    /// </summary>
    internal static string? Difference(JsonElement expected, JsonElement actual, string path)
    {
        if (expected.ValueKind == JsonValueKind.Number && actual.ValueKind == JsonValueKind.Number)
            return NumbersEqual(expected, actual) ? null : Differ(path, expected, actual);
        if (expected.ValueKind != actual.ValueKind) return Differ(path, expected, actual);
        switch (expected.ValueKind)
        {
            case JsonValueKind.String:
                return expected.GetString() == actual.GetString() ? null : Differ(path, expected, actual);
            case JsonValueKind.Array:
                int length = expected.GetArrayLength();
                if (length != actual.GetArrayLength()) return Differ(path, expected, actual);
                for (int i = 0; i < length; i++)
                {
                    if (Difference(expected[i], actual[i], $"{path}[{i}]") is { } difference) return difference;
                }
                return null;
            case JsonValueKind.Object:
                var actualMembers = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                foreach (JsonProperty member in actual.EnumerateObject()) actualMembers[member.Name] = member.Value;
                int count = 0;
                foreach (JsonProperty member in expected.EnumerateObject())
                {
                    count++;
                    if (!actualMembers.TryGetValue(member.Name, out JsonElement value))
                        return $"{path}: expected member \"{member.Name}\" in {Show(actual)}";
                    if (Difference(member.Value, value, $"{path}.{member.Name}") is { } difference) return difference;
                }
                return count == actualMembers.Count ? null : $"{path}: expected {Show(expected)}, got extra members in {Show(actual)}";
            default:
                return null; // true, false, null: the kinds matched
        }
    }

    private static bool NumbersEqual(JsonElement a, JsonElement b)
    {
        if (a.TryGetDecimal(out decimal da) && b.TryGetDecimal(out decimal db)) return da == db;
        return a.TryGetDouble(out double fa) && b.TryGetDouble(out double fb) && fa.Equals(fb);
    }

    private static string Differ(string path, JsonElement expected, JsonElement actual) =>
        $"{path}: expected {Show(expected)}, got {Show(actual)}";

    private static string Show(JsonElement value)
    {
        string text = JsonSerializer.Serialize(value, Readable);
        return text.Length <= 120 ? text : text[..117] + "...";
    }

    private static string OneLine(string text) => text.Replace('\n', ' ');

    private static IEnumerable<string> ListFiles(IReadOnlyList<string> paths, TextWriter output, ref int failed)
    {
        var files = new List<string>();
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(FilesIn(path));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                output.WriteLine($"{path}: no such file or directory");
                failed++;
            }
        }
        return files;
    }
}
