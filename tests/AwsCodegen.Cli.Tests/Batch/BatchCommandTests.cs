using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using AwsCodegen.Cli.Engine;
using AwsCodegen.Cli.Tests.Engine;
using AwsCodegen.Tests.Infrastructure;
using NUnit.Framework;

namespace AwsCodegen.Cli.Tests.Batch;

/// <summary>awscg batch against moto (signature checking on): order, isolation of output, status, exit codes, refusal.</summary>
[TestFixture, NonParallelizable]
public sealed class BatchCommandTests : MotoCliFixture
{
    private Task<CliHarness.Result> BatchAsync(string script, params string[] options) =>
        Cli.RunAsync(new[] { "batch", "-" }.Concat(options).ToArray(), script, null);

    [Test]
    public async Task Outputs_come_whole_and_in_input_order_and_match_each_command_run_alone([Values(1, 8)] int parallel)
    {
        var queues = Enumerable.Range(0, 12).Select(i => $"batch-order-{parallel}-{i:D2}").ToList();
        var script = new StringBuilder();
        foreach (var queue in queues) script.Append($"sqs create-queue --queue-name {queue}\n");
        foreach (var queue in queues) script.Append($"awscg sqs get-queue-url --queue-name {queue} --output text\n");
        var result = await BatchAsync(script.ToString(), "--parallel", parallel.ToString());
        Assert.That(result.ExitCode, Is.Zero, result.Stderr);

        var expected = new StringBuilder();
        foreach (var queue in queues) expected.Append((await Cli.RunAsync("sqs", "get-queue-url", "--queue-name", queue)).Stdout);
        foreach (var queue in queues) expected.Append((await Cli.RunAsync("sqs", "get-queue-url", "--queue-name", queue, "--output", "text")).Stdout);
        Assert.That(result.Stdout, Is.EqualTo(expected.ToString()));
        Assert.That(result.Stderr, Does.StartWith("batch stdin: 24 commands, 24 succeeded, 0 failed\n"));
    }

    [Test]
    public async Task A_failed_line_keeps_its_error_in_place_and_sets_the_exit_code()
    {
        var script = """
            # a comment, then a blank line

            sts get-caller-identity --query Account --output text
            dynamodb describe-table --table-name no-such-table
            sts get-caller-identity --query Arn --output text
            dynamodb list-tables --no-such-option
            """;
        var result = await BatchAsync(script, "--parallel", "4");
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Service), "the first failure in input order");
        var arn = await Cli.RunAsync("sts", "get-caller-identity", "--query", "Arn", "--output", "text");
        Assert.That(result.Stdout, Is.EqualTo("123456789012\n" + arn.Stdout));
        var describe = await Cli.RunAsync("dynamodb", "describe-table", "--table-name", "no-such-table");
        var usage = await Cli.RunAsync("dynamodb", "list-tables", "--no-such-option");
        Assert.That(result.Stderr, Does.StartWith(describe.Stderr + usage.Stderr));
        Assert.That(result.Stderr[(describe.Stderr.Length + usage.Stderr.Length)..], Is.EqualTo(
            "batch stdin: 4 commands, 2 succeeded, 2 failed\n" +
            "  line 3  ok        sts get-caller-identity --query Account --output text\n" +
            "  line 4  exit 254  dynamodb describe-table --table-name no-such-table\n" +
            "  line 5  ok        sts get-caller-identity --query Arn --output text\n" +
            "  line 6  exit 252  dynamodb list-tables --no-such-option\n"));
    }

    [Test]
    public async Task A_line_that_does_not_split_stops_the_whole_batch_before_anything_runs()
    {
        var result = await BatchAsync("sqs create-queue --queue-name batch-never-made\nsqs list-queues --queue-name-prefix 'open\n");
        Assert.That(result, Is.EqualTo(new CliHarness.Result(ExitCodes.Usage, "",
            "\nbatch: stdin, line 2: unterminated single quote at column 37: sqs list-queues --queue-name-prefix 'open\n")));
        var listed = await Cli.RunAsync("sqs", "list-queues", "--queue-name-prefix", "batch-never-made");
        Assert.That(listed.Stdout, Does.Not.Contain("batch-never-made"), "the first line did not run");
    }

    [Test]
    public async Task A_file_is_read_relative_to_the_working_directory()
    {
        await File.WriteAllTextAsync(Path.Combine(Cli.Directory, "commands.txt"), "sts get-caller-identity --query Account\n");
        var result = await Cli.RunAsync("batch", "commands.txt");
        Assert.That(result.ExitCode, Is.Zero, result.Stderr);
        Assert.That(result.Stdout, Is.EqualTo("\"123456789012\"\n"));

        var missing = await Cli.RunAsync("batch", "no-such-file.txt");
        Assert.That(missing.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(missing.Stderr, Does.StartWith("\nbatch: cannot read 'no-such-file.txt': "));
    }

    [TestCase("--parallel", "0", "batch: --parallel takes a whole number from 1 to 64, not '0'")]
    [TestCase("--parallel", "x", "batch: --parallel takes a whole number from 1 to 64, not 'x'")]
    [TestCase("--parallel=65", null, "batch: --parallel takes a whole number from 1 to 64, not '65'")]
    [TestCase("--jobs", "2", "batch: unknown option --jobs; usage: batch [file|-] [--parallel N]")]
    public async Task Bad_options_are_usage_errors(string option, string? value, string message)
    {
        var arguments = new List<string> { "batch", "-", option };
        if (value is not null) arguments.Add(value);
        var result = await Cli.RunAsync(arguments.ToArray(), "sts get-caller-identity\n", null);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Stdout, Is.Empty);
        Assert.That(result.Stderr, Does.Contain(message));
    }

    [Test]
    public async Task A_batch_cannot_run_a_batch()
    {
        var result = await BatchAsync("batch other.txt\n");
        Assert.That(result, Is.EqualTo(new CliHarness.Result(ExitCodes.Usage, "", "\nbatch: stdin, line 1: a batch cannot run another batch\n")));
    }
}
