using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using AwsCodegen.Conformance.Protocol;
using AwsCodegen.Runtime.Endpoints;

namespace AwsCodegen.Conformance.Endpoints;

/// <summary>
/// Runs endpoint rule-set test cases: each &lt;dir&gt;/&lt;service&gt;/ holds endpoint-rule-set-1.json and
/// endpoint-tests-1.json. A case's params are resolved with the runtime's <see cref="EndpointResolver"/> and compared
/// with its expect: endpoint url, headers and properties as JSON trees, or the error message as text.
/// </summary>
/// <remarks>
/// Cases with operationInputs (S3, DynamoDB, STS, ...) also list the builtIns and operation parameters a client would
/// bind; their params already hold the resulting parameter values, so the runner resolves the params. Checking the
/// binding from a client's configuration and an operation's input belongs to the clients, not to the rules engine.
/// The partitions are the directory's own partitions.json when it has one, else the repository's imported
/// models/partitions.json.
/// </remarks>
public static class EndpointTestRunner
{
    public const string RuleSetFile = "endpoint-rule-set-1.json";
    public const string TestsFile = "endpoint-tests-1.json";

    /// <summary>Runs every service directory under each dir, prints one line per failing case and then "N passed, N failed".</summary>
    public static int Run(IReadOnlyList<string> dirs, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(dirs);
        ArgumentNullException.ThrowIfNull(output);
        int passed = 0, failed = 0;
        foreach (string dir in dirs)
        {
            IReadOnlyList<EndpointCaseResult> results;
            try
            {
                results = RunDirectory(dir);
            }
            catch (Exception e) when (e is IOException or EndpointRuleSetFormatException or UnauthorizedAccessException)
            {
                output.WriteLine($"{dir}: {e.Message}");
                failed++;
                continue;
            }
            if (results.Count == 0)
            {
                output.WriteLine($"{dir}: no endpoint cases found (a case directory holds {RuleSetFile} and {TestsFile})");
                failed++;
            }
            foreach (var result in results)
            {
                if (result.Passed)
                {
                    passed++;
                }
                else
                {
                    failed++;
                    output.WriteLine(result);
                }
            }
        }
        output.WriteLine($"{passed} passed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }

    /// <summary>The service directories under dir (those holding both files), sorted by name.</summary>
    public static IReadOnlyList<string> FindServices(string dir)
    {
        if (!Directory.Exists(dir)) throw new DirectoryNotFoundException($"no such directory: {dir}");
        return Directory.GetDirectories(dir)
            .Where(d => File.Exists(Path.Combine(d, RuleSetFile)) && File.Exists(Path.Combine(d, TestsFile)))
            .Select(Path.GetFileName)
            .OfType<string>()
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Runs every case of every service under dir.</summary>
    public static IReadOnlyList<EndpointCaseResult> RunDirectory(string dir)
    {
        var partitions = LoadPartitions(dir);
        return FindServices(dir).SelectMany(service => RunService(Path.Combine(dir, service), partitions)).ToList();
    }

    /// <summary>Runs the cases of one service directory with the given partitions.</summary>
    public static IReadOnlyList<EndpointCaseResult> RunService(string serviceDir, Partitions partitions)
    {
        string service = Path.GetFileName(Path.TrimEndingDirectorySeparator(serviceDir));
        using var tests = JsonDocument.Parse(File.ReadAllText(Path.Combine(serviceDir, TestsFile)));
        var cases = tests.RootElement.GetProperty("testCases").EnumerateArray().ToList();
        EndpointResolver resolver;
        try
        {
            // The whole rule set is checked at once, then the cases resolve through one compiled on first use, as
            // generated clients compile theirs (EndpointRuleSet.ParseLiteral).
            string ruleSetPath = Path.Combine(serviceDir, RuleSetFile);
            EndpointRuleSet.Parse(File.ReadAllText(ruleSetPath));
            resolver = new EndpointResolver(EndpointRuleSet.ParseOnFirstUse(File.ReadAllBytes(ruleSetPath)), partitions);
        }
        catch (EndpointRuleSetFormatException e)
        {
            // Every case fails, each saying why, so that the counts stay counts of cases.
            return cases.Select((c, i) => new EndpointCaseResult(service, i + 1, Documentation(c), $"the rule set does not compile: {e.Message}")).ToList();
        }
        return cases.Select((c, i) => new EndpointCaseResult(service, i + 1, Documentation(c), RunCase(resolver, c))).ToList();
    }

    /// <summary>The partitions for the cases in dir: dir/partitions.json, else the repository's models/partitions.json.</summary>
    public static Partitions LoadPartitions(string dir)
    {
        string local = Path.Combine(dir, "partitions.json");
        if (File.Exists(local)) return Partitions.Parse(File.ReadAllText(local));
        string? repo = FindRepoRoot();
        string imported = repo is null ? "" : Path.Combine(repo, "models", "partitions.json");
        if (!File.Exists(imported))
            throw new FileNotFoundException(
                $"no partitions.json in {dir}, and no imported models/partitions.json " +
                (repo is null ? $"(no AwsCodegen.sln above {AppContext.BaseDirectory})" : $"in {repo} (building generated/ imports it)"));
        return Partitions.Parse(File.ReadAllText(imported));
    }

    /// <summary>Resolves one case and returns what differed from its expectation, or null.</summary>
    public static string? RunCase(EndpointResolver resolver, JsonElement testCase)
    {
        Dictionary<string, EndpointParameterValue> parameters;
        try
        {
            parameters = ReadParams(testCase);
        }
        catch (FormatException e)
        {
            return $"bad params: {e.Message}";
        }
        var expect = testCase.GetProperty("expect");
        ResolvedEndpoint endpoint;
        try
        {
            endpoint = resolver.Resolve(parameters);
        }
        catch (EndpointResolutionException e)
        {
            if (expect.TryGetProperty("error", out var expectedError))
            {
                string expectedText = expectedError.GetString() ?? "";
                return string.Equals(expectedText, e.Message, StringComparison.Ordinal)
                    ? null
                    : $"expected error {JsonTreeComparer.Quote(expectedText)}, got error {JsonTreeComparer.Quote(e.Message)}";
            }
            return $"expected an endpoint, got error {JsonTreeComparer.Quote(e.Message)}";
        }
        if (expect.TryGetProperty("error", out var unmet))
            return $"expected error {JsonTreeComparer.Quote(unmet.GetString() ?? "")}, got endpoint {endpoint.Url}";
        return CompareEndpoint(expect.GetProperty("endpoint"), endpoint);
    }

    private static string? CompareEndpoint(JsonElement expected, ResolvedEndpoint actual)
    {
        string expectedUrl = expected.TryGetProperty("url", out var url) ? url.GetString() ?? "" : "";
        if (!string.Equals(expectedUrl, actual.Url, StringComparison.Ordinal))
            return $"url: expected {expectedUrl}, got {actual.Url}";
        using var actualJson = JsonDocument.Parse(ToJson(actual));
        foreach (string member in new[] { "headers", "properties" })
        {
            using var empty = JsonDocument.Parse("{}");
            var expectedMember = expected.TryGetProperty(member, out var e) ? e : empty.RootElement;
            if (JsonTreeComparer.Compare(expectedMember, actualJson.RootElement.GetProperty(member)) is { } difference)
                return $"{member}: {difference}";
        }
        return null;
    }

    /// <summary>The resolved endpoint as the tests write it: {"url", "headers", "properties"}.</summary>
    public static string ToJson(ResolvedEndpoint endpoint)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("url", endpoint.Url);
            writer.WriteStartObject("headers");
            foreach (var header in endpoint.Headers)
            {
                writer.WriteStartArray(header.Key);
                foreach (string value in header.Value) writer.WriteStringValue(value);
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
            writer.WritePropertyName("properties");
            EndpointValue.FromRecord(endpoint.Properties).WriteTo(writer);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static Dictionary<string, EndpointParameterValue> ReadParams(JsonElement testCase)
    {
        var parameters = new Dictionary<string, EndpointParameterValue>(StringComparer.Ordinal);
        if (!testCase.TryGetProperty("params", out var list)) return parameters;
        foreach (var param in list.EnumerateObject())
        {
            switch (param.Value.ValueKind)
            {
                case JsonValueKind.String:
                    parameters[param.Name] = EndpointParameterValue.String(param.Value.GetString()!);
                    break;
                case JsonValueKind.True:
                case JsonValueKind.False:
                    parameters[param.Name] = EndpointParameterValue.Boolean(param.Value.GetBoolean());
                    break;
                case JsonValueKind.Array:
                    parameters[param.Name] = EndpointParameterValue.StringArray(
                        param.Value.EnumerateArray().Select(v => v.GetString() ?? throw new FormatException($"{param.Name}: not a list of strings")).ToArray());
                    break;
                case JsonValueKind.Null:
                    break; // an unset parameter
                default:
                    throw new FormatException($"{param.Name}: unsupported value {param.Value.GetRawText()}");
            }
        }
        return parameters;
    }

    private static string Documentation(JsonElement testCase) =>
        testCase.TryGetProperty("documentation", out var d) ? d.GetString() ?? "" : "";

    private static string? FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AwsCodegen.sln"))) return dir.FullName;
        }
        return null;
    }
}
