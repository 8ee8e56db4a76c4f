using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace AwsCodegen.Conformance.Protocol;

/// <summary>The outcome of one case. <see cref="Id"/> is <c>dir/file:suite:case</c>, e.g. "input/json.json:3:AwsJson11Enums".</summary>
public sealed record ProtocolCaseResult(string Id, string File, int Suite, string Case, bool Passed, string? Message);

/// <summary>The outcomes of a run, in file, suite and case order.</summary>
public sealed class ProtocolRunResult
{
    public ProtocolRunResult(IReadOnlyList<ProtocolCaseResult> cases) => Cases = cases;

    public IReadOnlyList<ProtocolCaseResult> Cases { get; }
    public int Passed => Cases.Count(c => c.Passed);
    public int Failed => Cases.Count(c => !c.Passed);
}

/// <summary>
/// Runs botocore protocol test files against the generator: per file, one compilation of all its suites'
/// models, then each case through its generated client. Suite numbers are 0-based positions in the file.
/// </summary>
public static class ProtocolSuiteRunner
{
    /// <summary>Files as given, and each directory's *.json files in ordinal order.</summary>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
                files.AddRange(Directory.GetFiles(path, "*.json").OrderBy(f => f, StringComparer.Ordinal));
            else
                files.Add(path);
        }
        return files;
    }

    public static ProtocolRunResult Run(IEnumerable<string> paths) =>
        new(ExpandPaths(paths).SelectMany(RunFile).ToList());

    /// <summary>The command-line form: failing cases one per line, then the counts. Returns the exit code.</summary>
    public static int Run(string[] paths, TextWriter output)
    {
        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            foreach (string path in missing) Console.Error.WriteLine($"protocol: no such file or directory: {path}");
            return 2;
        }
        var result = Run(paths);
        foreach (var failure in result.Cases.Where(c => !c.Passed))
        {
            string where = failure.Suite < 0 ? "" : $" suite {failure.Suite.ToString(CultureInfo.InvariantCulture)}, case {failure.Case}:";
            output.WriteLine($"{failure.File}:{where} {OneLine(failure.Message)}");
        }
        output.WriteLine($"{result.Passed.ToString(CultureInfo.InvariantCulture)} passed, {result.Failed.ToString(CultureInfo.InvariantCulture)} failed");
        return result.Failed > 0 ? 1 : 0;
    }

    /// <summary>The ids of a file's cases, without running anything (for test case sources).</summary>
    public static IReadOnlyList<string> ListCaseIds(string path)
    {
        using var file = ProtocolTestFile.Load(path);
        return file.Suites.SelectMany(s => s.Cases).Select(c => c.Id).ToList();
    }

    /// <summary>Runs every case of one file. A file that cannot be read is one failed result, not an exception.</summary>
    public static IReadOnlyList<ProtocolCaseResult> RunFile(string path)
    {
        ProtocolTestFile file;
        try
        {
            file = ProtocolTestFile.Load(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidDataException)
        {
            return new[] { new ProtocolCaseResult(ProtocolTestFile.KeyOf(path) + ":-:-", path, -1, "-", false, "cannot read the file: " + e.Message) };
        }
        using (file)
        {
            var models = SuiteModelBuilder.Build(file);
            var modelOf = new Dictionary<ProtocolCase, ServiceModel>(ReferenceEqualityComparer.Instance);
            foreach (var model in models)
                foreach (var testCase in model.Cases) modelOf[testCase] = model;

            using var compiled = GeneratedServiceCompiler.Compile(file.Key, models);
            var results = new List<ProtocolCaseResult>();
            foreach (var suite in file.Suites)
            {
                string protocol = ProtocolOf(suite.Metadata);
                foreach (var testCase in suite.Cases)
                {
                    string? failure;
                    if (!modelOf.TryGetValue(testCase, out var model))
                        failure = "the case has no \"given\" operation";
                    else if (compiled.FindClient(model, out string? error) is not { } clientType)
                        failure = error;
                    else
                        failure = RunGuarded(clientType, testCase, protocol);
                    results.Add(new ProtocolCaseResult(testCase.Id, path, suite.Index, testCase.CaseName, failure is null, failure));
                }
            }
            return results;
        }
    }

    /// <summary>A harness exception (a malformed case, say) fails its case and nothing else.</summary>
    private static string? RunGuarded(Type clientType, ProtocolCase testCase, string protocol)
    {
        try
        {
            return ProtocolCaseExecutor.Run(clientType, testCase, protocol);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return "the runner could not run the case: " + ProtocolCaseExecutor.Describe(e);
        }
    }

    /// <summary>As botocore chooses: the first of "protocols", else "protocol".</summary>
    internal static string ProtocolOf(JsonElement metadata)
    {
        if (metadata.ValueKind != JsonValueKind.Object) return "";
        if (metadata.TryGetProperty("protocols", out var list) && list.ValueKind == JsonValueKind.Array && list.GetArrayLength() > 0)
            return list[0].GetString() ?? "";
        return metadata.TryGetProperty("protocol", out var protocol) ? protocol.GetString() ?? "" : "";
    }

    private static string OneLine(string? message) => (message ?? "failed").ReplaceLineEndings(" ");
}
