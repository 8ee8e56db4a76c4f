using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using AwsCodegen.Generator.Naming;
using NUnit.Framework;

namespace AwsCodegen.Tests.Generator;

/// <summary>
/// Command-line names against botocore's own xform_name for every name of every installed model (operations,
/// members, shapes, waiters), and the parameter renames against aws-cli's table.
/// </summary>
public sealed class CliNamesTests
{
    private static readonly Lazy<JsonDocument> s_botocore = new(RunPython);

    [Test]
    public void Every_model_name_is_transformed_as_botocore_does()
    {
        var names = s_botocore.Value.RootElement.GetProperty("names");
        var wrong = new List<string>();
        int count = 0;
        foreach (var entry in names.EnumerateObject())
        {
            count++;
            string ours = CliNames.Kebab(entry.Name);
            if (ours != entry.Value.GetString()) wrong.Add($"{entry.Name}: botocore {entry.Value.GetString()}, ours {ours}");
        }
        TestContext.Out.WriteLine($"{count} names compared");
        Assert.That(count, Is.GreaterThan(50_000));
        Assert.That(wrong, Is.Empty, string.Join("\n", wrong.Take(40)));
    }

    [TestCase("DescribeTable", "describe-table")]
    [TestCase("DBInstanceIdentifier", "db-instance-identifier")]
    [TestCase("ListUsersARNs", "list-users-arns")]
    [TestCase("GetObjectACL", "get-object-acl")]
    [TestCase("MaxResults", "max-results")]
    [TestCase("ExecutePartiQLStatement", "execute-partiql-statement")]
    [TestCase("already-kebab", "already-kebab")]
    public void Known_names(string name, string expected) => Assert.That(CliNames.Kebab(name), Is.EqualTo(expected));

    [Test]
    public void Parameter_renames_are_aws_clis()
    {
        var theirs = s_botocore.Value.RootElement.GetProperty("renames").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        Assume.That(theirs, Is.Not.Empty, "aws-cli is not installed");
        var ours = AwsCodegen.Generator.Customizations.CliCustomizations.ParameterRenames;
        Assert.That(ours, Is.EquivalentTo(theirs));
    }

    private static JsonDocument RunPython()
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(SharedPaths.RepoRoot, "tests", "AwsCodegen.Tests", "Generator", "cli_names.py"));
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, "cli_names.py failed: " + error);
        return JsonDocument.Parse(output.Result);
    }
}
