using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using AwsCodegen.Tests.Infrastructure;
using NUnit.Framework;

namespace AwsCodegen.Cli.Tests.Coprocess;

/// <summary>
/// awscg as an FCLI coprocess, driven from bash through tools/fcli/awscg-fcli.bash (the library README shows), against
/// moto with signature checking on: answers, per-request environment, output through the coprocess's own stdout,
/// and a bad frame ending only that coprocess.
/// </summary>
[TestFixture, NonParallelizable]
public sealed class FcliCoprocessTests
{
    private MotoServer _moto = null!;
    private string _scratch = null!;

    private static string Awscg => Path.Combine(AppContext.BaseDirectory, "awscg");
    private static string Library => Path.Combine(RepoPaths.Root, "tools", "fcli", "awscg-fcli.bash");

    [OneTimeSetUp]
    public async Task Start()
    {
        _moto = await MotoServer.StartAsync(authentication: true);
        _scratch = Directory.CreateTempSubdirectory("awscg-fcli-tests-").FullName;
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _moto.DisposeAsync();
        Directory.Delete(_scratch, recursive: true);
    }

    private async Task<(int Code, string Stdout, string Stderr)> BashAsync(string script)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"set -u\nsource '{Library}'\n{script}");
        start.Environment["HOME"] = _scratch;
        start.Environment["TMPDIR"] = _scratch;
        start.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        start.Environment["AWS_ACCESS_KEY_ID"] = _moto.AccessKeyId;
        start.Environment["AWS_SECRET_ACCESS_KEY"] = _moto.SecretAccessKey;
        start.Environment["AWS_DEFAULT_REGION"] = MotoServer.DefaultRegion;
        start.Environment["AWS_ENDPOINT_URL"] = _moto.Endpoint.ToString().TrimEnd('/');
        start.Environment["AWSCG"] = Awscg;
        using var bash = Process.Start(start)!;
        bash.StandardInput.Close();
        var stdout = bash.StandardOutput.ReadToEndAsync();
        var stderr = bash.StandardError.ReadToEndAsync();
        if (!bash.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            bash.Kill(entireProcessTree: true);
            Assert.Fail("the bash driver did not finish in 120 s");
        }
        return (bash.ExitCode, await stdout, await stderr);
    }

    [Test]
    public async Task Bash_drives_a_pool_of_coprocesses_and_each_request_answers_with_its_status()
    {
        var (code, stdout, stderr) = await BashAsync("""
            fcli_start a "$AWSCG"; fcli_start b "$AWSCG"
            fcli_echo a 'hello, coprocess'; fcli_reply a; echo "echo=$REPLY"
            # Pipelined: both requests are sent before either answer is read.
            fcli_argv a sqs create-queue --queue-name fcli-one --query QueueUrl --output text
            fcli_argv b sqs create-queue --queue-name fcli-two --query QueueUrl --output text
            # Both answers are read before anything is echoed: b may still be writing its line when a answers.
            fcli_reply a; a_status=$REPLY; fcli_reply b; b_status=$REPLY; echo "a=$a_status"; echo "b=$b_status"
            fcli_run a dynamodb describe-table --table-name fcli-missing; echo "missing=$?"
            FCLI_ENV=(AWS_SECRET_ACCESS_KEY=wrong)
            fcli_run b sts get-caller-identity --query Account --output text; echo "wrong-secret=$?"
            FCLI_ENV=()
            fcli_run b sts get-caller-identity --query Account --output text; echo "right-secret=$?"
            fcli_flush a; fcli_reply a; echo "flush=$REPLY"
            fcli_stop a; echo "stop-a=$?"; fcli_stop b; echo "stop-b=$?"
            """);
        Assert.That(code, Is.Zero, stderr);
        var endpoint = _moto.Endpoint.ToString().TrimEnd('/');
        var lines = stdout.Split('\n');
        Assert.That(lines[0], Is.EqualTo("echo=hello, coprocess"));
        // The two coprocesses ran at once: their lines may come in either order.
        Assert.That(lines[1..3], Is.EquivalentTo(new[] { $"{endpoint}/123456789012/fcli-one", $"{endpoint}/123456789012/fcli-two" }));
        Assert.That(string.Join('\n', lines[3..]), Is.EqualTo(
            "a=0\nb=0\n" +
            "missing=254\n" +
            "wrong-secret=254\n" +
            "123456789012\nright-secret=0\n" +
            "flush=0\n" +
            "stop-a=0\nstop-b=0\n"));
        Assert.That(stderr, Does.Contain("An error occurred (ResourceNotFoundException) when calling the DescribeTable operation"));
        Assert.That(stderr, Does.Contain("when calling the GetCallerIdentity operation"), "the environment override reached that one command");
    }

    [Test]
    public async Task A_malformed_frame_ends_that_coprocess_with_a_message_and_exit_255()
    {
        var (code, stdout, stderr) = await BashAsync("""
            fcli_start a "$AWSCG"
            printf 'x5:hello,' >&"$FCLI_a_REQ"
            fcli_reply a; echo "reply=$?"
            fcli_stop a; echo "status=$?"
            """);
        Assert.That(code, Is.Zero, stderr);
        Assert.That(stdout, Is.EqualTo("reply=255\nstatus=255\n"));
        Assert.That(stderr, Does.Contain("awscg: coprocess: bad request: a frame must start with its decimal length, not byte 0x78"));
    }

    [Test]
    public async Task An_unknown_request_type_is_named()
    {
        var (code, stdout, stderr) = await BashAsync("""
            fcli_start a "$AWSCG"
            _fcli_send a version
            fcli_reply a; echo "reply=$?"
            fcli_stop a; echo "status=$?"
            """);
        Assert.That(code, Is.Zero, stderr);
        Assert.That(stdout, Is.EqualTo("reply=255\nstatus=255\n"));
        Assert.That(stderr, Does.Contain("awscg: coprocess: bad request: unknown request type 'version' (known: argv, flush, echo)"));
    }
}
