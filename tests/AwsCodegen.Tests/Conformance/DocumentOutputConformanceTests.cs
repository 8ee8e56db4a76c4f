using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AwsCodegen.Conformance.Protocol;
using NUnit.Framework;

namespace AwsCodegen.Tests.Conformance;

/// <summary>
/// The document readers (what the CLI prints) against botocore itself: one test per success case of the output
/// suites, read by descriptor through InvokeDocumentAsync and compared in order with botocore's parse under aws-cli's
/// settings. The json protocols are here as a regression check of their readers. A case botocore cannot read is
/// inconclusive, with botocore's own error as the reason.
/// </summary>
[TestFixture]
public sealed class DocumentOutputConformanceTests
{
    private static readonly string[] Files = { "query.json", "ec2.json", "rest-xml.json", "json.json", "json_1_0.json", "rest-json.json" };

    private static readonly ConcurrentDictionary<string, System.Lazy<Dictionary<string, DocumentCaseResult>>> Runs = new();

    private static string Oracle => Path.Combine(SharedPaths.RepoRoot, "tools", "AwsCodegen.Conformance", BotocoreOracle.ScriptName);

    public static IEnumerable<TestCaseData> Cases()
    {
        foreach (string file in Files)
        {
            string path = Path.Combine(SharedPaths.Root, "protocol-tests", "output", file);
            foreach (string id in SuccessCaseIds(path))
                yield return new TestCaseData(path, id).SetName("document:" + id.Replace(".json", "", System.StringComparison.Ordinal));
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void Case(string path, string id)
    {
        var results = Runs.GetOrAdd(path, p => new System.Lazy<Dictionary<string, DocumentCaseResult>>(
            () => DocumentOutputRunner.RunFile(p, Oracle).ToDictionary(r => r.Id))).Value;
        Assert.That(results, Does.ContainKey(id), "the run has no result for this case");
        var result = results[id];
        if (result.Outcome == DocumentOutcome.Skipped) Assert.Inconclusive("botocore cannot read this case: " + result.Message);
        Assert.That(result.Outcome, Is.EqualTo(DocumentOutcome.Passed), result.Message);
    }

    /// <summary>The output cases that expect no error (the same selection the oracle makes).</summary>
    private static IEnumerable<string> SuccessCaseIds(string path)
    {
        using var file = ProtocolTestFile.Load(path);
        foreach (var testCase in file.Suites.SelectMany(s => s.Cases))
        {
            if (testCase.Kind != CaseKind.Output || testCase.Data.TryGetProperty("error", out _) || testCase.Data.TryGetProperty("errorCode", out _)) continue;
            yield return testCase.Id;
        }
    }
}
