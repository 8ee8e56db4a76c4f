using System;
using System.IO;
using System.Threading.Tasks;
using AwsCodegen.Tests.Packaging;
using NUnit.Framework;

namespace AwsCodegen.Tests.Repository;

/// <summary>
/// The commands README tells people to paste (extracted by .ci/readme-commands.py, the same script .ci/run takes the
/// main job from) name projects, paths and conformance commands that exist. A renamed project fails here, naming the
/// file and line of the dead command.
/// </summary>
[TestFixture]
public sealed class ReadmeCommandsTests
{
    private static string Script => Path.Combine(SharedPaths.RepoRoot, ".ci", "readme-commands.py");

    private static Task<ProcessResult> RunScriptAsync(params string[] arguments) =>
        DotnetCli.RunAsync("python3", [Script, .. arguments], SharedPaths.RepoRoot, TimeSpan.FromMinutes(1));

    [Test]
    public async Task Every_command_in_the_readmes_names_what_exists()
    {
        ProcessResult check = await RunScriptAsync("check");

        Assert.That(check.ExitCode, Is.Zero, check.ToString());
        Assert.That(check.Output, Does.Match(@"\b[1-9][0-9]* commands checked, 0 problems"), "the check must have found commands to check");
    }

    [Test]
    public async Task The_main_job_and_the_test_command_are_the_two_under_two_commands()
    {
        ProcessResult main = await RunScriptAsync("main");
        ProcessResult test = await RunScriptAsync("test");

        Assert.That(main.ExitCode, Is.Zero, main.ToString());
        Assert.That(test.ExitCode, Is.Zero, test.ToString());
        string readme = File.ReadAllText(Path.Combine(SharedPaths.RepoRoot, "README.md"));
        int section = readme.IndexOf("## Two commands on a fresh machine", StringComparison.Ordinal);
        Assert.That(section, Is.GreaterThanOrEqualTo(0));
        int mainAt = readme.IndexOf("\n" + main.Output.Trim() + "\n", section, StringComparison.Ordinal);
        int testAt = readme.IndexOf("\n" + test.Output.Trim() + "\n", section, StringComparison.Ordinal);
        Assert.That(mainAt, Is.GreaterThan(section), "the main job is README's first command there, verbatim");
        Assert.That(testAt, Is.GreaterThan(mainAt), "the test command follows it");
        Assert.That(test.Output, Does.StartWith("dotnet test "));
    }

    [Test]
    public async Task A_renamed_project_or_an_unknown_subcommand_is_reported_with_its_file_and_line()
    {
        string readme = Path.Combine(Path.GetTempPath(), $"awscodegen-readme-{Guid.NewGuid():N}.md");
        File.WriteAllText(readme, """
            # A readme

            ```sh
            dotnet run --project tools/AwsCodegen.Renamed -c Release
            dotnet run --project tools/AwsCodegen.Conformance -c Release -- sigv5 ../shared/sigv4-test-suite
            dotnet test AwsCodegen.sln -c Release   # fine
            tools/AwsCodegen.Benchmarks/gone.sh --quick
            ```

            Inline, too: `dotnet run --project tools/AwsCodegen.Gone -- --help`.
            """);
        try
        {
            ProcessResult check = await RunScriptAsync("check", readme);

            Assert.That(check.ExitCode, Is.EqualTo(1), check.ToString());
            Assert.That(check.Output, Does.Contain($"{readme}:4: project tools/AwsCodegen.Renamed does not exist"));
            Assert.That(check.Output, Does.Contain($"{readme}:5: the conformance runner has no command 'sigv5'"));
            Assert.That(check.Output, Does.Contain($"{readme}:7: tools/AwsCodegen.Benchmarks/gone.sh does not exist"));
            Assert.That(check.Output, Does.Contain($"{readme}:10: project tools/AwsCodegen.Gone does not exist"));
            Assert.That(check.Output, Does.Not.Contain($"{readme}:6:"), "the solution exists");
            Assert.That(check.Output, Does.Contain("5 commands checked, 4 problems"));
        }
        finally
        {
            File.Delete(readme);
        }
    }
}
