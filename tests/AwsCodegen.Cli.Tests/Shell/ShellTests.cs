using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using AwsCodegen.Tests.Infrastructure;
using NUnit.Framework;

namespace AwsCodegen.Cli.Tests.Shell;

/// <summary>
/// <c>awscg shell</c> for real: the built awscg in a tmux pane against moto (signature checking on). Completion,
/// the one-line doc, commands on one engine (a credential_process runs once for every line), Ctrl-C, Ctrl-D,
/// history across shells, and lines from a pipe.
/// </summary>
[TestFixture]
[NonParallelizable]
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class ShellTests
{
    private MotoServer _moto = null!;
    private string _dir = null!;
    private string _calls = null!;

    private static string Awscg => Path.Combine(AppContext.BaseDirectory, "awscg");

    [OneTimeSetUp]
    public async Task Start()
    {
        if (!TmuxPane.Installed) Assert.Ignore("tmux is not installed");
        _moto = await MotoServer.StartAsync(authentication: true);
        _dir = Directory.CreateTempSubdirectory("awscg-shell-").FullName;
        Directory.CreateDirectory(Path.Combine(_dir, "home"));
        _calls = Path.Combine(_dir, "credential-calls");
        string creds = Path.Combine(_dir, "creds.sh");
        File.WriteAllText(creds, $"#!/bin/sh\necho called >> '{_calls}'\n" +
            $"printf '{{\"Version\": 1, \"AccessKeyId\": \"{_moto.AccessKeyId}\", \"SecretAccessKey\": \"{_moto.SecretAccessKey}\"}}'\n");
        File.WriteAllText(Path.Combine(_dir, "config"), $"[profile counted]\nregion = {MotoServer.DefaultRegion}\ncredential_process = {creds}\n");
        // The shell's environment: a profile whose credentials come from a process, and a resident directory of
        // the test's own (the shell must not start a daemon: it is resident itself).
        File.WriteAllText(Path.Combine(_dir, "env.sh"),
            $"export HOME='{_dir}/home' AWS_CONFIG_FILE='{_dir}/config' AWS_SHARED_CREDENTIALS_FILE=/nonexistent AWS_EC2_METADATA_DISABLED=true\n" +
            $"export AWS_ENDPOINT_URL='{_moto.Endpoint.ToString().TrimEnd('/')}' AWSCG_RESIDENT_DIR='{_dir}/resident' TERM=xterm\n" +
            "unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_PROFILE AWS_DEFAULT_REGION AWS_REGION\n");
        foreach (var file in new[] { creds, Path.Combine(_dir, "env.sh") })
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_moto is not null) await _moto.DisposeAsync();
        if (_dir is not null) Directory.Delete(_dir, recursive: true);
    }

    private TmuxPane StartShell(string name) =>
        new(name, new[] { "sh", "-c", $". '{_dir}/env.sh'; exec '{Awscg}' shell --profile counted" }, columns: 160, rows: 40);

    [Test, Order(1)]
    public void Completes_shows_the_operations_doc_runs_commands_on_one_engine_and_leaves_on_ctrl_d()
    {
        using var pane = StartShell("shell");
        pane.WaitFor("awscg> ", "no prompt");

        pane.Send("sqs cre", "Tab");
        pane.WaitFor("awscg> sqs create-queue \n", "sqs cre<Tab> did not complete the operation");
        pane.WaitFor("sqs create-queue: Creates a new standard or FIFO queue.", "no one-line doc under the line");
        pane.Send("--queue-na", "Tab");
        pane.WaitFor("awscg> sqs create-queue --queue-name \n", "the parameter did not complete");
        pane.Send("shellq --output text", "Enter");
        pane.WaitFor("/123456789012/shellq\nawscg> ", "the command did not run, or no prompt came back");

        pane.Send("dynamodb create-table --billing-mode P", "Tab");
        pane.WaitFor("PAY_PER_REQUEST  PROVISIONED", "the enum values were not listed");
        pane.Send("C-c");
        pane.Send("sqs get-queue-url --queue-name no-such-queue", "Enter");
        pane.WaitFor("An error occurred (AWS.SimpleQueueService.NonExistentQueue) when calling the GetQueueUrl operation", "the error was not shown");
        pane.Send("sts get-caller-identity --query Account --output text", "Enter");
        pane.WaitFor(MotoServer.AccountId + "\nawscg> ", "sts did not answer");
        Assert.That(File.ReadAllLines(_calls), Has.Length.EqualTo(1), "three services, one credential_process: the lines share one engine");

        // Ctrl-C cancels the running command (a 20 s long poll), not the shell.
        pane.Send("sqs receive-message --wait-time-seconds 20 --queue-url " + _moto.Endpoint + "123456789012/shellq", "Enter");
        System.Threading.Thread.Sleep(1500);
        var clock = Stopwatch.StartNew();
        pane.Send("C-c");
        pane.Send("sqs list-queues --queue-name-prefix shellq --query 'length(QueueUrls)'", "Enter");
        pane.WaitFor("awscg> sqs list-queues --queue-name-prefix shellq --query 'length(QueueUrls)'\n1\nawscg> ", "the shell did not come back after Ctrl-C", seconds: 10);
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(15)), "Ctrl-C ended the long poll");

        pane.Send("C-d");
        Assert.That(Wait(() => !pane.Alive), Is.True, "Ctrl-D on an empty line ends the shell");
        Assert.That(File.Exists(Path.Combine(_dir, "resident", "daemon.sock")), Is.False, "the shell runs its lines itself, no daemon");
    }

    [Test, Order(2)]
    public void The_history_is_kept_across_shells_in_a_private_file()
    {
        string history = Path.Combine(_dir, "home", ".local", "state", "awscg", "shell-history");
        Assert.That(File.ReadAllLines(history), Does.Contain("sqs get-queue-url --queue-name no-such-queue"));
        Assert.That(File.GetUnixFileMode(history), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite), "a history line may hold a secret");
        using var pane = StartShell("history");
        pane.WaitFor("awscg> ", "no prompt");
        pane.Send("Up");
        pane.WaitFor("awscg> sqs list-queues --queue-name-prefix shellq --query 'length(QueueUrls)'", "Up did not recall the last shell's last line");
        pane.Send("Up", "Up");
        pane.WaitFor("awscg> sts get-caller-identity --query Account --output text", "Up did not walk further back");
        pane.Send("Enter");
        pane.WaitFor(MotoServer.AccountId + "\nawscg> ", "the recalled line did not run");
        pane.Send("exit", "Enter");
        Assert.That(Wait(() => !pane.Alive), Is.True, "exit ends the shell");
    }

    [Test]
    public async Task Lines_from_a_pipe_run_without_a_prompt_and_the_last_status_is_the_exit_code()
    {
        var start = new ProcessStartInfo("sh") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($". '{_dir}/env.sh'; exec '{Awscg}' shell --profile counted --output text");
        using var shell = Process.Start(start)!;
        await shell.StandardInput.WriteAsync("sqs create-queue --queue-name piped --query QueueUrl\n\n# a comment\nawscg sts get-caller-identity --query Account\nsqs get-queue-url --queue-name nope\n");
        shell.StandardInput.Close();
        string stdout = await shell.StandardOutput.ReadToEndAsync();
        string stderr = await shell.StandardError.ReadToEndAsync();
        Assert.That(shell.WaitForExit(60_000), Is.True);
        Assert.That(stdout, Does.EndWith("/123456789012/piped\n" + MotoServer.AccountId + "\n"));
        Assert.That(stderr, Does.Contain("NonExistentQueue"));
        Assert.That(shell.ExitCode, Is.EqualTo(254), "the last command's status");
    }

    private static bool Wait(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            if (condition()) return true;
            System.Threading.Thread.Sleep(100);
        }
        return false;
    }
}
