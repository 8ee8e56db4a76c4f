using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using AwsCodegen.Tests.Infrastructure;
using NUnit.Framework;

namespace AwsCodegen.Cli.Tests.Engine;

/// <summary>
/// One engine, many commands: clients of different services on one profile share its credentials, so a
/// credential_process (or an assumed role) runs once, and a changed config file is read by the next command.
/// </summary>
[TestFixture, NonParallelizable]
public sealed class CredentialsSharingTests : MotoCliFixture
{
    private string _calls = null!;
    private string _config = null!;

    [SetUp]
    public void WriteProfiles()
    {
        if (System.OperatingSystem.IsWindows()) Assert.Ignore("The credential_process script is a POSIX shell script.");
        _calls = Path.Combine(Cli.Directory, "calls-" + System.Guid.NewGuid().ToString("N")[..6]);
        string script = Path.Combine(Cli.Directory, "creds.sh");
        File.WriteAllText(script, $"#!/bin/sh\necho \"$1\" >> '{_calls}'\n" +
            $"printf '{{\"Version\": 1, \"AccessKeyId\": \"{Moto.AccessKeyId}\", \"SecretAccessKey\": \"{Moto.SecretAccessKey}\"}}'\n");
        if (!System.OperatingSystem.IsWindows()) File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        _config = Path.Combine(Cli.Directory, "config-" + System.Guid.NewGuid().ToString("N")[..6]);
        string fromEnvironment = Path.Combine(Cli.Directory, "env-creds.sh");
        File.WriteAllText(fromEnvironment, "#!/bin/sh\nprintf '{\"Version\": 1, \"AccessKeyId\": \"%s\", \"SecretAccessKey\": \"%s\"}' \"$CG_TEST_KEY\" \"$CG_TEST_SECRET\"\n");
        if (!System.OperatingSystem.IsWindows()) File.SetUnixFileMode(fromEnvironment, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.WriteAllText(_config, $"[profile one]\ncredential_process = {script} one\n[profile two]\ncredential_process = {script} two\n" +
            $"[profile env]\ncredential_process = {fromEnvironment}\n");
    }

    private Task<CliHarness.Result> RunAsync(params string[] arguments) =>
        Cli.RunAsync(arguments, "", new Dictionary<string, string> { ["AWS_CONFIG_FILE"] = _config });

    private string[] Calls() => File.Exists(_calls) ? File.ReadAllLines(_calls) : System.Array.Empty<string>();

    [Test]
    public async Task Three_services_on_one_profile_get_its_credentials_once()
    {
        foreach (var command in new[] { new[] { "sqs", "list-queues" }, new[] { "dynamodb", "list-tables" }, new[] { "sts", "get-caller-identity" }, new[] { "sqs", "list-queues" } })
        {
            var result = await RunAsync([.. command, "--profile", "one"]);
            Assert.That(result.ExitCode, Is.Zero, result.Stderr);
        }
        Assert.That(Calls(), Is.EqualTo(new[] { "one" }), "one credential_process for four commands on three services");

        var other = await RunAsync("sqs", "list-queues", "--profile", "two");
        Assert.That(other.ExitCode, Is.Zero, other.Stderr);
        Assert.That(Calls(), Is.EqualTo(new[] { "one", "two" }), "another profile has its own credentials");
    }

    [Test]
    public async Task A_rewritten_config_file_is_read_by_the_next_command()
    {
        Assert.That((await RunAsync("sts", "get-caller-identity", "--profile", "one")).ExitCode, Is.Zero);
        File.AppendAllText(_config, "\n# rotated\n");
        File.SetLastWriteTimeUtc(_config, File.GetLastWriteTimeUtc(_config).AddSeconds(5));
        var after = await RunAsync("sts", "get-caller-identity", "--profile", "one");
        Assert.That(after.ExitCode, Is.Zero, after.Stderr);
        Assert.That(Calls(), Is.EqualTo(new[] { "one", "one" }), "the changed file made new credentials");
    }

    [Test]
    public async Task A_relative_credential_process_runs_from_the_commands_directory_not_the_hosts()
    {
        // Two directories, each with its own ./creds.sh; the host's own directory has none.
        string good = Path.Combine(Cli.Directory, "good"), bad = Path.Combine(Cli.Directory, "bad");
        Directory.CreateDirectory(good);
        Directory.CreateDirectory(bad);
        WriteScript(Path.Combine(good, "creds.sh"), $"#!/bin/sh\npwd >> '{_calls}'\n" +
            $"printf '{{\"Version\": 1, \"AccessKeyId\": \"{Moto.AccessKeyId}\", \"SecretAccessKey\": \"{Moto.SecretAccessKey}\"}}'\n");
        WriteScript(Path.Combine(bad, "creds.sh"), "#!/bin/sh\necho 'no keys in this directory' >&2\nexit 3\n");
        File.AppendAllText(_config, "[profile relative]\ncredential_process = ./creds.sh\n");
        Assert.That(File.Exists(Path.Combine(System.Environment.CurrentDirectory, "creds.sh")), Is.False);

        string[] command = ["sts", "get-caller-identity", "--profile", "relative", "--query", "Account", "--output", "text"];
        var environment = new Dictionary<string, string> { ["AWS_CONFIG_FILE"] = _config };
        var inGood = await Cli.RunAsync(command, "", environment, good);
        Assert.That(inGood, Is.EqualTo(new CliHarness.Result(0, MotoServer.AccountId + "\n", "")));
        var inBad = await Cli.RunAsync(command, "", environment, bad);
        Assert.That(inBad.ExitCode, Is.EqualTo(253), "the other directory's script fails, and its credentials are not the first one's");
        Assert.That(inBad.Stderr, Does.Contain("no keys in this directory"));
        Assert.That((await Cli.RunAsync(command, "", environment, good)).ExitCode, Is.Zero);
        Assert.That(Calls(), Is.EqualTo(new[] { good }), "the script ran in its command's directory, once for the two commands there");
    }

    private static void WriteScript(string path, string text)
    {
        File.WriteAllText(path, text);
        if (!System.OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    [Test]
    public async Task The_credential_process_sees_the_commands_environment_not_the_hosts()
    {
        var result = await Cli.RunAsync(new[] { "sts", "get-caller-identity", "--profile", "env", "--query", "Account", "--output", "text" }, "",
            new Dictionary<string, string> { ["AWS_CONFIG_FILE"] = _config, ["CG_TEST_KEY"] = Moto.AccessKeyId, ["CG_TEST_SECRET"] = Moto.SecretAccessKey });
        Assert.That(result, Is.EqualTo(new CliHarness.Result(0, MotoServer.AccountId + "\n", "")));
        Assert.That(System.Environment.GetEnvironmentVariable("CG_TEST_KEY"), Is.Null, "the test process never had the keys");
    }
}
