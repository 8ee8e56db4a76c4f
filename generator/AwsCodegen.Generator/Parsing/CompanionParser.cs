using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using AwsCodegen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace AwsCodegen.Generator.Parsing;

/// <summary>
/// Reads paginators-1.json and waiters-2.json into small value specs, and pairs them with the service-2.json of the same
/// directory. A broken file is a diagnostic naming it (AWSCG009); the service is still generated without it.
/// </summary>
public static class CompanionParser
{
    public const string PaginatorsFileName = "paginators-1.json";
    public const string WaitersFileName = "waiters-2.json";
    public const string EndpointRuleSetFileName = "endpoint-rule-set-1.json";

    public static bool IsCompanion(string path)
    {
        string name = Path.GetFileName(path);
        return string.Equals(name, PaginatorsFileName, StringComparison.Ordinal) || string.Equals(name, WaitersFileName, StringComparison.Ordinal) ||
            string.Equals(name, EndpointRuleSetFileName, StringComparison.Ordinal);
    }

    public static string DirectoryOf(string path) => Path.GetDirectoryName(path) ?? "";

    public static CompanionFile Read(AdditionalText file, CancellationToken cancellationToken) =>
        Parse(file.Path, file.GetText(cancellationToken)?.ToString() ?? "", cancellationToken);

    public static CompanionFile Parse(string path, string text, CancellationToken cancellationToken = default)
    {
        if (string.Equals(Path.GetFileName(path), EndpointRuleSetFileName, StringComparison.Ordinal))
            return EndpointRuleSetCompanion.Parse(path, text);
        bool waiters = string.Equals(Path.GetFileName(path), WaitersFileName, StringComparison.Ordinal);
        var paginatorSpecs = new List<PaginatorSpec>();
        var waiterSpecs = new List<WaiterSpec>();
        var diagnostics = new List<DiagnosticInfo>();
        void Problem(string message) => diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InvalidCompanionFile, path, path, message));
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            var root = document.RootElement;
            string section = waiters ? "waiters" : "pagination";
            if (root.Obj(section) is not { } entries)
            {
                Problem($"the file has no '{section}' object");
            }
            else
            {
                foreach (var entry in entries.EnumerateObject())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (waiters) ReadWaiter(entry, waiterSpecs, Problem);
                    else ReadPaginator(entry, paginatorSpecs, Problem);
                }
            }
        }
        catch (JsonException e)
        {
            diagnostics.Clear();
            diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InvalidCompanionFile, path, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0), path, "not valid JSON: " + e.Message));
            paginatorSpecs.Clear();
            waiterSpecs.Clear();
        }
        return new CompanionFile(DirectoryOf(path), path, paginatorSpecs.ToEquatableArray(), waiterSpecs.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static List<string>? StringOrList(JsonElement entry, string name, bool required, string owner, Action<string> problem)
    {
        if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required) problem($"{owner} has no '{name}'");
            return required ? null : new List<string>();
        }
        if (value.ValueKind == JsonValueKind.String) return new List<string> { value.GetString()! };
        if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String) && value.GetArrayLength() > 0)
            return value.EnumerateArray().Select(v => v.GetString()!).ToList();
        problem($"{owner}: '{name}' must be a string or a list of strings");
        return null;
    }

    private static void ReadPaginator(JsonProperty entry, List<PaginatorSpec> specs, Action<string> problem)
    {
        string owner = $"paginator '{entry.Name}'";
        if (entry.Value.ValueKind != JsonValueKind.Object)
        {
            problem(owner + " must be an object");
            return;
        }
        // Some botocore paginators are only non_aggregate_keys or limit hints with no tokens: nothing to page.
        if (!entry.Value.TryGetProperty("input_token", out _) && !entry.Value.TryGetProperty("output_token", out _)) return;
        var input = StringOrList(entry.Value, "input_token", true, owner, problem);
        var output = StringOrList(entry.Value, "output_token", true, owner, problem);
        var results = StringOrList(entry.Value, "result_key", false, owner, problem);
        if (input is null || output is null || results is null) return;
        if (input.Count != output.Count)
        {
            problem($"{owner} has {input.Count} input token(s) but {output.Count} output token(s)");
            return;
        }
        var nonAggregate = StringOrList(entry.Value, "non_aggregate_keys", false, owner, problem);
        if (nonAggregate is null) return;
        specs.Add(new PaginatorSpec(entry.Name, input.ToEquatableArray(), output.ToEquatableArray(),
            entry.Value.Str("limit_key"), entry.Value.Str("more_results"), results.ToEquatableArray())
        {
            NonAggregateKeys = nonAggregate.ToEquatableArray(),
        });
    }

    private static readonly ImmutableHashSet<string> States = ImmutableHashSet.Create(StringComparer.Ordinal, "success", "failure", "retry");
    private static readonly ImmutableHashSet<string> Matchers = ImmutableHashSet.Create(StringComparer.Ordinal, "path", "pathAll", "pathAny", "status", "error");

    private static void ReadWaiter(JsonProperty entry, List<WaiterSpec> specs, Action<string> problem)
    {
        string owner = $"waiter '{entry.Name}'";
        var w = entry.Value;
        if (w.ValueKind != JsonValueKind.Object)
        {
            problem(owner + " must be an object");
            return;
        }
        if (w.Str("operation") is not { } operation)
        {
            problem(owner + " has no 'operation'");
            return;
        }
        if (w.Int("delay") is not { } delay || delay < 0 || w.Int("maxAttempts") is not { } maxAttempts || maxAttempts < 1)
        {
            problem(owner + " needs a non-negative integer 'delay' and a positive integer 'maxAttempts'");
            return;
        }
        if (!w.TryGetProperty("acceptors", out var acceptors) || acceptors.ValueKind != JsonValueKind.Array || acceptors.GetArrayLength() == 0)
        {
            problem(owner + " needs a non-empty 'acceptors' list");
            return;
        }
        var list = new List<AcceptorSpec>();
        int index = 0;
        foreach (var a in acceptors.EnumerateArray())
        {
            string where = $"{owner}, acceptor {index++}";
            string? state = a.Str("state");
            string? matcher = a.Str("matcher");
            if (state is null || !States.Contains(state))
            {
                problem($"{where}: 'state' must be success, failure or retry");
                return;
            }
            if (matcher is null || !Matchers.Contains(matcher))
            {
                problem($"{where}: 'matcher' must be path, pathAll, pathAny, status or error");
                return;
            }
            if (!a.TryGetProperty("expected", out var expected) ||
                expected.ValueKind is not (JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False))
            {
                problem($"{where}: 'expected' must be a string, number or boolean");
                return;
            }
            string? argument = a.Str("argument");
            if (matcher.StartsWith("path", StringComparison.Ordinal) && string.IsNullOrEmpty(argument))
            {
                problem($"{where}: a {matcher} acceptor needs an 'argument'");
                return;
            }
            if (matcher == "status" && expected.ValueKind != JsonValueKind.Number)
            {
                problem($"{where}: a status acceptor expects a number");
                return;
            }
            list.Add(new AcceptorSpec(state, matcher, matcher.StartsWith("path", StringComparison.Ordinal) ? argument : null, expected.GetRawText()));
        }
        specs.Add(new WaiterSpec(entry.Name, operation, delay, maxAttempts, list.ToEquatableArray()));
    }

    /// <summary>The companions in the service model's own directory (exact file names were matched when collecting).</summary>
    public static ServiceCompanions ForService(ParseResult result, ImmutableArray<CompanionFile> companions)
    {
        if (result.Spec is not { } spec || companions.IsDefaultOrEmpty) return ServiceCompanions.None;
        string directory = DirectoryOf(spec.FilePath);
        var paginators = new List<PaginatorSpec>();
        var waiters = new List<WaiterSpec>();
        var diagnostics = new List<DiagnosticInfo>();
        string? ruleSet = null;
        foreach (var file in companions.Where(c => string.Equals(c.Directory, directory, StringComparison.Ordinal)).OrderBy(c => c.FilePath, StringComparer.Ordinal))
        {
            paginators.AddRange(file.Paginators);
            waiters.AddRange(file.Waiters);
            diagnostics.AddRange(file.Diagnostics);
            ruleSet ??= file.EndpointRuleSet;
        }
        if (paginators.Count == 0 && waiters.Count == 0 && diagnostics.Count == 0 && ruleSet is null) return ServiceCompanions.None;
        return new ServiceCompanions(paginators.ToEquatableArray(), waiters.ToEquatableArray(), diagnostics.ToEquatableArray(), ruleSet);
    }
}
