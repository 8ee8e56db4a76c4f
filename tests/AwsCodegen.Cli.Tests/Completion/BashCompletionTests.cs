using System;
using System.IO;
using System.Threading;
using NUnit.Framework;

namespace AwsCodegen.Cli.Tests.Completion;

/// <summary>
/// The bash script, for real: an interactive bash in a tmux pane (a pseudo-terminal) sources it with the built awscg
/// on its PATH, and Tab presses complete what the user types.
/// </summary>
[TestFixture]
[NonParallelizable]
public class BashCompletionTests
{
    private TmuxPane? _pane;
    private string _dir = "";

    [OneTimeSetUp]
    public void Start()
    {
        if (!TmuxPane.Installed) Assert.Ignore("tmux is not installed");
        // The test assembly's configuration (bin/<Configuration>/net10.0) is the CLI's.
        string configuration = new DirectoryInfo(TestContext.CurrentContext.TestDirectory).Parent!.Name;
        string bin = Path.Combine(RepoPaths.Root, "tools", "AwsCodegen.Cli", "bin", configuration, "net9.0");
        Assert.That(File.Exists(Path.Combine(bin, "awscg")), Is.True, "no awscg apphost in " + bin);
        _dir = Directory.CreateTempSubdirectory("awscg-bash-").FullName;
        File.WriteAllText(Path.Combine(_dir, "rc"),
            $"export PATH='{bin}':$PATH\nexport PS1='$ '\nexport AWS_CONFIG_FILE=/nonexistent AWS_SHARED_CREDENTIALS_FILE=/nonexistent AWSCG_RESIDENT=0\n" +
            "bind 'set bell-style none'\nbind 'set show-all-if-ambiguous off'\neval \"$(awscg completion bash)\"\n");
        _pane = new TmuxPane("complete", new[] { "bash", "--norc", "--noprofile" });
        Send("source '" + Path.Combine(_dir, "rc") + "'", "Enter");
        Send("complete -p awscg && echo READ\"\"Y", "Enter");
        WaitFor("\nREADY\n", "the script did not load");
        Send("clear", "Enter");
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _pane?.Dispose();
        if (_dir.Length > 0) Directory.Delete(_dir, recursive: true);
    }

    [SetUp]
    public void ClearLine()
    {
        // Ctrl-C drops whatever is on the line; clear empties the screen for the next capture.
        Send("C-c");
        Send("clear", "Enter");
        Thread.Sleep(300);
    }

    [Test]
    public void ServiceName_CompletesInPlace()
    {
        Send("awscg dyn", "Tab");
        WaitFor("$ awscg dynamodb ", "awscg dyn<Tab> did not complete to dynamodb");
    }

    [Test]
    public void OperationNames_ListedOnTheSecondTab()
    {
        Send("awscg dynamodb des", "Tab");
        WaitFor("$ awscg dynamodb describe-", "the common prefix was not completed");
        // The Tab that inserted the prefix changed the line: readline lists on the second Tab after that.
        Send("Tab");
        Send("Tab");
        string screen = WaitFor("describe-time-to-live", "the second Tab did not list the candidates");
        Assert.That(screen, Does.Contain("describe-table"));
        Assert.That(screen, Does.Contain("describe-backup"));
    }

    [Test]
    public void ParameterNames()
    {
        Send("awscg dynamodb put-item --ret", "Tab");
        WaitFor("$ awscg dynamodb put-item --return-", "the common prefix of --return-* was not completed");
        Send("Tab");
        Send("Tab");
        string screen = WaitFor("--return-values-on-condition-check-failure", "the parameters were not listed");
        Assert.That(screen, Does.Contain("--return-consumed-capacity"));
        Assert.That(screen, Does.Contain("--return-item-collection-metrics"));
    }

    [Test]
    public void EnumValues()
    {
        Send("awscg dynamodb put-item --return-values ", "Tab");
        Send("Tab");
        string screen = WaitFor("UPDATED_NEW", "the enum values were not listed");
        foreach (var value in new[] { "NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW" }) Assert.That(screen, Does.Contain(value));
        Send("U", "Tab");
        WaitFor("--return-values UPDATED_", "U<Tab> did not complete to UPDATED_");
    }

    private void Send(params string[] keys) => _pane!.Send(keys);

    private string WaitFor(string text, string failure) => _pane!.WaitFor(text, failure);
}
