using System;
using System.IO;
using System.Threading;
using NUnit.Framework;

namespace AwsCodegen.Cli.Tests.Completion;

/// <summary>
/// The zsh and fish scripts, for real, as <see cref="BashCompletionTests"/> does bash: an interactive shell in a tmux
/// pane loads <c>awscg completion zsh|fish</c> the way its header says, with the built awscg on PATH, and Tab
/// presses complete services, the common prefix of parameters, and enum values. Ignored where the shell is missing
/// (CI installs both).
/// </summary>
[TestFixture("zsh")]
[TestFixture("fish")]
[NonParallelizable]
public class ZshAndFishCompletionTests
{
    private readonly string _shell;
    private TmuxPane? _pane;
    private string _dir = "";

    public ZshAndFishCompletionTests(string shell) => _shell = shell;

    [OneTimeSetUp]
    public void Start()
    {
        if (!TmuxPane.Installed) Assert.Ignore("tmux is not installed");
        string shellPath = "/usr/bin/" + _shell;
        if (!File.Exists(shellPath)) Assert.Ignore(_shell + " is not installed (apt-get install " + _shell + ")");
        string configuration = new DirectoryInfo(TestContext.CurrentContext.TestDirectory).Parent!.Name;
        string bin = Path.Combine(RepoPaths.Root, "tools", "AwsCodegen.Cli", "bin", configuration, "net9.0");
        Assert.That(File.Exists(Path.Combine(bin, "awscg")), Is.True, "no awscg apphost in " + bin);
        _dir = Directory.CreateTempSubdirectory("awscg-" + _shell + "-").FullName;
        string[] command;
        if (_shell == "zsh")
        {
            // compinit first, as the script's header asks; -u: the temporary directory is not "insecure" to it.
            File.WriteAllText(Path.Combine(_dir, ".zshrc"),
                $"export PATH='{bin}':$PATH\nPS1='$ '\nunsetopt BEEP\n" +
                "export AWS_CONFIG_FILE=/nonexistent AWS_SHARED_CREDENTIALS_FILE=/nonexistent AWSCG_RESIDENT=0\n" +
                "autoload -Uz compinit && compinit -u\neval \"$(awscg completion zsh)\"\n");
            command = ["env", "ZDOTDIR=" + _dir, "HOME=" + _dir, shellPath, "-i"];
        }
        else
        {
            Directory.CreateDirectory(Path.Combine(_dir, "fish"));
            File.WriteAllText(Path.Combine(_dir, "fish", "config.fish"),
                $"set -gx PATH '{bin}' $PATH\nset -g fish_greeting ''\nfunction fish_prompt; echo -n '$ '; end\n" +
                "set -gx AWS_CONFIG_FILE /nonexistent\nset -gx AWS_SHARED_CREDENTIALS_FILE /nonexistent\nset -gx AWSCG_RESIDENT 0\n" +
                "awscg completion fish | source\n");
            command = ["env", "XDG_CONFIG_HOME=" + _dir, "HOME=" + _dir, shellPath, "-i"];
        }
        _pane = new TmuxPane("complete-" + _shell, command);
        // The quotes keep the echoed command line itself from matching.
        Send("echo READ\"\"Y", "Enter");
        WaitFor("\nREADY", "the " + _shell + " did not start with the completion script loaded");
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
        Send("C-u");
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
    public void ParameterNames_CompleteTheirCommonPrefixAndList()
    {
        Send("awscg dynamodb put-item --ret", "Tab");
        WaitFor("$ awscg dynamodb put-item --return-", "the common prefix of --return-* was not completed");
        if (_shell == "zsh") Send("Tab"); // zsh lists on the next Tab; fish lists with the first
        string screen = WaitFor("--return-values-on-condition-check-failure", "the parameters were not listed");
        Assert.That(screen, Does.Contain("--return-consumed-capacity"));
        Assert.That(screen, Does.Contain("--return-item-collection-metrics"));
    }

    [Test]
    public void EnumValues()
    {
        Send("awscg dynamodb put-item --return-values ", "Tab");
        string screen = WaitFor("UPDATED_NEW", "the enum values were not listed");
        foreach (var value in new[] { "NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW" }) Assert.That(screen, Does.Contain(value));
    }

    private void Send(params string[] keys) => _pane!.Send(keys);

    private string WaitFor(string text, string failure) => _pane!.WaitFor(text, failure);
}
