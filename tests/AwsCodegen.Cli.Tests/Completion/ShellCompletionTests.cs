using System.Collections.Generic;
using System.IO;
using System.Threading;
using NUnit.Framework;

namespace AwsCodegen.Cli.Tests.Completion;

/// <summary>
/// The bash, zsh and fish scripts, for real: an interactive shell in a tmux pane (a pseudo-terminal) loads
/// <c>awscg completion &lt;shell&gt;</c> the way the script's header says, with the built awscg on its PATH, and Tab
/// presses complete what the user types. Ignored where tmux or the shell is missing (.ci/run installs them).
/// </summary>
[TestFixture("bash")]
[TestFixture("zsh")]
[TestFixture("fish")]
[NonParallelizable]
public class ShellCompletionTests
{
    private readonly string _shell;
    private TmuxPane? _pane;
    private string _dir = "";

    public ShellCompletionTests(string shell) => _shell = shell;

    [OneTimeSetUp]
    public void Start()
    {
        if (!TmuxPane.Installed) Assert.Ignore("tmux is not installed");
        string shellPath = "/usr/bin/" + _shell;
        if (!File.Exists(shellPath)) Assert.Ignore($"{_shell} is not installed (apt-get install {_shell})");
        // The test assembly's configuration (bin/<Configuration>/net10.0) is the CLI's.
        string configuration = new DirectoryInfo(TestContext.CurrentContext.TestDirectory).Parent!.Name;
        string bin = Path.Combine(RepoPaths.Root, "tools", "AwsCodegen.Cli", "bin", configuration, "net9.0");
        Assert.That(File.Exists(Path.Combine(bin, "awscg")), Is.True, "no awscg apphost in " + bin);
        _dir = Directory.CreateTempSubdirectory($"awscg-{_shell}-").FullName;
        _pane = new TmuxPane("complete-" + _shell, Configure(bin));
        // The quotes keep the echoed command line itself from matching.
        Send("echo READ\"\"Y", "Enter");
        WaitFor("\nREADY", $"{_shell} did not start with the completion script loaded");
    }

    /// <summary>Writes the shell's start-up file into the scratch directory; the command line that starts it.</summary>
    private IReadOnlyList<string> Configure(string bin)
    {
        const string Environment = "AWS_CONFIG_FILE=/nonexistent AWS_SHARED_CREDENTIALS_FILE=/nonexistent AWSCG_RESIDENT=0";
        switch (_shell)
        {
            case "bash":
                File.WriteAllText(Path.Combine(_dir, "rc"),
                    $"export PATH='{bin}':$PATH\nexport PS1='$ '\nexport {Environment}\n" +
                    "bind 'set bell-style none'\nbind 'set show-all-if-ambiguous off'\neval \"$(awscg completion bash)\"\n");
                return ["/usr/bin/bash", "--rcfile", Path.Combine(_dir, "rc"), "--noprofile", "-i"];
            case "zsh":
                // compinit first, as the script's header asks; -u: the scratch directory is not "insecure" to it.
                File.WriteAllText(Path.Combine(_dir, ".zshrc"),
                    $"export PATH='{bin}':$PATH\nPS1='$ '\nunsetopt BEEP\nexport {Environment}\n" +
                    "autoload -Uz compinit && compinit -u\neval \"$(awscg completion zsh)\"\n");
                return ["/usr/bin/env", "ZDOTDIR=" + _dir, "HOME=" + _dir, "/usr/bin/zsh", "-i"];
            default:
                Directory.CreateDirectory(Path.Combine(_dir, "fish"));
                // A first interactive fish with no generated_completions directory starts building it from man pages in
                // the background, still writing when the fixture removes its directory: present, it is not started.
                Directory.CreateDirectory(Path.Combine(_dir, ".local", "share", "fish", "generated_completions"));
                File.WriteAllText(Path.Combine(_dir, "fish", "config.fish"),
                    $"set -gx PATH '{bin}' $PATH\nset -g fish_greeting ''\nfunction fish_prompt; echo -n '$ '; end\n" +
                    $"export {Environment}\nawscg completion fish | source\n");
                return ["/usr/bin/env", "XDG_CONFIG_HOME=" + _dir, "HOME=" + _dir, "/usr/bin/fish", "-i"];
        }
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
        // Ctrl-U drops whatever is on the line; clear empties the screen for the next capture.
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
    public void OperationNames_CompleteTheirCommonPrefixAndList() =>
        CompletesPrefixThenLists("awscg dynamodb des", "awscg dynamodb describe-",
            "describe-time-to-live", "describe-table", "describe-backup");

    [Test]
    public void ParameterNames_CompleteTheirCommonPrefixAndList() =>
        CompletesPrefixThenLists("awscg dynamodb put-item --ret", "awscg dynamodb put-item --return-",
            "--return-values-on-condition-check-failure", "--return-consumed-capacity", "--return-item-collection-metrics");

    /// <summary>Tab on <paramref name="typed"/> inserts the common prefix; the shell's listing keys then show the candidates.</summary>
    private void CompletesPrefixThenLists(string typed, string completed, string lastCandidate, params string[] candidates)
    {
        Send(typed, "Tab");
        WaitFor("$ " + completed, $"{typed}<Tab> did not complete the common prefix {completed}");
        List();
        string screen = WaitFor(lastCandidate, $"the candidates of {completed} were not listed");
        foreach (var candidate in candidates) Assert.That(screen, Does.Contain(candidate));
    }

    [Test]
    public void EnumValues()
    {
        Send("awscg dynamodb put-item --return-values ", "Tab");
        if (_shell == "bash") Send("Tab");
        string screen = WaitFor("UPDATED_NEW", "the enum values were not listed");
        foreach (var value in new[] { "NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW" }) Assert.That(screen, Does.Contain(value));
        Send("C-u", "awscg dynamodb put-item --return-values U", "Tab");
        WaitFor("--return-values UPDATED_", "U<Tab> did not complete to UPDATED_");
    }

    /// <summary>
    /// After a Tab that inserted a common prefix, the keys that list the candidates: readline lists on the second Tab
    /// after a change, zsh on the next one, fish with the Tab that inserted it.
    /// </summary>
    private void List()
    {
        if (_shell == "bash") Send("Tab", "Tab");
        else if (_shell == "zsh") Send("Tab");
    }

    private void Send(params string[] keys) => _pane!.Send(keys);

    private string WaitFor(string text, string failure) => _pane!.WaitFor(text, failure);
}
