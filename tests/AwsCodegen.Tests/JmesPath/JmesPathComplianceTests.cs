using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AwsCodegen.Conformance.JmesPath;
using NUnit.Framework;

namespace AwsCodegen.Tests.JmesPath;

/// <summary>
/// One test per JMESPath compliance file in ../shared/jmespath-compliance. Each file runs once (cached), and its
/// test lists every failing case.
/// </summary>
[TestFixture]
public sealed class JmesPathComplianceTests
{
    private static readonly ConcurrentDictionary<string, System.Lazy<IReadOnlyList<JmesPathCaseResult>>> Runs = new();

    private static string Directory => Path.Combine(SharedPaths.Root, "jmespath-compliance");

    public static IEnumerable<TestCaseData> Files() =>
        JmesPathComplianceRunner.FilesIn(Directory).Select(f => new TestCaseData(f).SetName("JmesPathCompliance_" + Path.GetFileNameWithoutExtension(f)));

    [TestCaseSource(nameof(Files))]
    public void File(string path)
    {
        var results = Runs.GetOrAdd(path, p => new System.Lazy<IReadOnlyList<JmesPathCaseResult>>(() => JmesPathComplianceRunner.RunFile(p))).Value;
        var failures = results.Where(r => !r.Passed).Select(r => $"{r.Id}: {r.Expression}: {r.Failure}").ToList();
        Assert.That(failures, Is.Empty, string.Join("\n", failures));
    }

    [Test]
    public void The_suite_is_there_and_has_cases()
    {
        int cases = JmesPathComplianceRunner.FilesIn(Directory).Sum(f => Runs.GetOrAdd(f,
            p => new System.Lazy<IReadOnlyList<JmesPathCaseResult>>(() => JmesPathComplianceRunner.RunFile(p))).Value.Count);
        Assert.That(cases, Is.GreaterThan(500));
    }

    [Test]
    public void The_runner_reports_a_failing_case_and_the_counts()
    {
        string file = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"jmespath-runner-{System.Guid.NewGuid():N}.json");
        System.IO.File.WriteAllText(file, """
            [{"given": {"a": {"b": 1}, "c": null},
              "cases": [
                {"expression": "a.b", "result": 1.0},
                {"expression": "a", "result": {"b": 2}},
                {"expression": "{c: c}", "result": {}},
                {"expression": "abs(a)", "error": "invalid-type"},
                {"expression": "abs(a)", "error": "syntax"},
                {"expression": "a.b", "bench": "full"}
              ]}]
            """);
        try
        {
            var output = new StringWriter();
            int exit = JmesPathComplianceRunner.Run(new[] { file }, output);
            string[] lines = output.ToString().TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
            Assert.That(exit, Is.EqualTo(1));
            Assert.That(lines[^1], Is.EqualTo("3 passed, 3 failed"));
            Assert.That(lines[0], Does.StartWith(Path.GetFileName(file) + ": group 0, case 1: a: $.b: expected 2, got 1"));
            Assert.That(lines[1], Does.Contain("case 2: {c: c}:").And.Contain("extra members"));
            Assert.That(lines[2], Does.Contain("case 4: abs(a): expected a syntax error, got a invalid-type error"));
        }
        finally
        {
            System.IO.File.Delete(file);
        }
    }
}
