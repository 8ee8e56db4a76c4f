using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AwsCodegen.Conformance.Protocol;
using NUnit.Framework;

namespace AwsCodegen.Tests.Conformance;

/// <summary>
/// One test per botocore protocol case of the protocols the generator supports. Each file runs once (one
/// generator run and one compilation for all its suites); the tests then read their own case's outcome.
/// </summary>
[TestFixture]
public sealed class ProtocolConformanceTests
{
    private static readonly string[] Directions = { "input", "output" };
    private static readonly string[] Files = { "json.json", "json_1_0.json", "rest-json.json", "query.json", "ec2.json", "rest-xml.json" };

    private static readonly ConcurrentDictionary<string, System.Lazy<Dictionary<string, ProtocolCaseResult>>> Runs = new();

    public static IEnumerable<TestCaseData> Cases()
    {
        foreach (string direction in Directions)
        {
            foreach (string file in Files)
            {
                string path = Path.Combine(SharedPaths.Root, "protocol-tests", direction, file);
                foreach (string id in ProtocolSuiteRunner.ListCaseIds(path))
                    yield return new TestCaseData(path, id).SetName(id.Replace(".json", "", System.StringComparison.Ordinal));
            }
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void Case(string path, string id)
    {
        var results = Runs.GetOrAdd(path, p => new System.Lazy<Dictionary<string, ProtocolCaseResult>>(
            () => ProtocolSuiteRunner.RunFile(p).ToDictionary(r => r.Id))).Value;
        Assert.That(results, Does.ContainKey(id), "the run has no result for this case");
        var result = results[id];
        Assert.That(result.Passed, Is.True, result.Message);
    }
}
