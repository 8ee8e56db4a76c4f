using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AwsCodegen.Conformance.Endpoints;
using NUnit.Framework;

namespace AwsCodegen.Tests.Endpoints;

/// <summary>
/// The endpoint rule-set cases of ../shared/endpoint-tests, run once through the conformance runner and reported one
/// test per service directory, so that a failure names its service and lists its failing cases.
/// </summary>
[TestFixture]
public class EndpointConformanceTests
{
    private static readonly Lazy<ILookup<string, EndpointCaseResult>> s_results =
        new(() => EndpointTestRunner.RunDirectory(CasesDir).ToLookup(r => r.Service, StringComparer.Ordinal));

    private static string CasesDir => Path.Combine(SharedPaths.Root, "endpoint-tests");

    public static IEnumerable<TestCaseData> Services() =>
        EndpointTestRunner.FindServices(CasesDir).Select(s => new TestCaseData(s).SetName($"Endpoints_{s}"));

    [TestCaseSource(nameof(Services))]
    public void Service_passes_every_case(string service)
    {
        var results = s_results.Value[service].ToList();
        Assert.That(results, Is.Not.Empty, $"{service}: no cases ran");
        var failures = results.Where(r => !r.Passed).Select(r => r.ToString()).ToList();
        Assert.That(failures, Is.Empty, string.Join(Environment.NewLine, failures));
    }

    [Test]
    public void The_runner_prints_counts_and_exits_zero()
    {
        var output = new StringWriter();
        int exitCode = EndpointTestRunner.Run(new[] { Path.Combine(CasesDir) }, output);
        string[] lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(0), output.ToString());
            Assert.That(lines[^1], Does.Match(@"^\d+ passed, 0 failed$"));
        });
    }

    [Test]
    public void The_imported_partitions_are_those_the_cases_were_written_for()
    {
        string imported = Path.Combine(SharedPaths.RepoRoot, "models", "partitions.json");
        if (!File.Exists(imported)) Assert.Ignore("models/partitions.json is created by the importer during a build of generated/");
        var shared = EndpointTestRunner.LoadPartitions(CasesDir);
        var ours = AwsCodegen.Runtime.Endpoints.Partitions.Parse(File.ReadAllText(imported));
        Assert.That(ours.All.Select(p => p.Id), Is.EqualTo(shared.All.Select(p => p.Id)));
    }
}
