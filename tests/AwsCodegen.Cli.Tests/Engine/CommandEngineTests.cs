using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using AwsCodegen.Cli.Engine;
using AwsCodegen.Tests.Infrastructure;
using NUnit.Framework;

namespace AwsCodegen.Cli.Tests.Engine;

/// <summary>The engine end to end against moto (signature checking on): exit codes, error text, --debug, config.</summary>
[TestFixture, NonParallelizable]
public sealed class CommandEngineTests : MotoCliFixture
{
    [Test]
    public async Task A_call_prints_its_output_as_aws_cli_json()
    {
        var created = await Cli.RunAsync("dynamodb", "create-table", "--table-name", "engine-t", "--attribute-definitions",
            """[{"AttributeName":"pk","AttributeType":"S"}]""", "--key-schema", """[{"AttributeName":"pk","KeyType":"HASH"}]""",
            "--billing-mode", "PAY_PER_REQUEST", "--query", "TableDescription.TableName");
        Assert.That(created, Is.EqualTo(new CliHarness.Result(0, "\"engine-t\"\n", "")));
        var listed = await Cli.RunAsync("dynamodb", "list-tables");
        Assert.That(listed.ExitCode, Is.Zero, listed.Stderr);
        Assert.That(listed.Stdout, Does.StartWith("{\n    \"TableNames\": [\n        "));
        Assert.That(JsonDocument.Parse(listed.Stdout).RootElement.GetProperty("TableNames").EnumerateArray(), Has.Some.Matches<JsonElement>(e => e.GetString() == "engine-t"));
    }

    [Test]
    public async Task A_service_error_is_aws_clis_sentence_and_exit_254()
    {
        var result = await Cli.RunAsync("dynamodb", "describe-table", "--table-name", "no-such-table");
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Service));
        Assert.That(result.Stdout, Is.Empty);
        Assert.That(result.Stderr, Does.StartWith("\nAn error occurred (ResourceNotFoundException) when calling the DescribeTable operation: "));
        Assert.That(result.Stderr, Does.Not.Contain("   at "), "no stack trace without --debug");
    }

    [Test]
    public async Task A_wrong_secret_is_refused_by_moto_so_signatures_are_checked()
    {
        var result = await Cli.RunAsync(new[] { "sts", "get-caller-identity" }, "", new Dictionary<string, string> { ["AWS_SECRET_ACCESS_KEY"] = "wrong" });
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Service), result.Stderr);
        Assert.That(result.Stderr, Does.Contain("SignatureDoesNotMatch").Or.Contain("InvalidClientTokenId"));
    }

    [Test]
    public async Task Usage_errors_print_the_usage_block_and_exit_252_before_anything_is_sent()
    {
        var missing = await Cli.RunAsync("dynamodb", "get-item", "--table-name", "t");
        Assert.That(missing.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(missing.Stderr, Does.StartWith("usage: awscg [options] <command> <subcommand> [<subcommand> ...] [parameters]\n"));
        Assert.That(missing.Stderr, Does.EndWith("\nawscg: error: the following arguments are required: --key\n"));

        var unknown = await Cli.RunAsync("dynamodb", "list-tables", "--bogus", "1");
        Assert.That(unknown.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(unknown.Stderr, Does.EndWith("\n\nUnknown options: --bogus, 1\n"));

        var operation = await Cli.RunAsync("dynamodb", "bogus");
        Assert.That(operation.Stderr, Does.Contain("awscg: error: argument operation: Invalid choice, valid choices are:\n\nbatch-execute-statement"));
    }

    [Test]
    public async Task Configuration_errors_exit_253()
    {
        var profile = await Cli.RunAsync("sts", "get-caller-identity", "--profile", "nope");
        Assert.That(profile, Is.EqualTo(new CliHarness.Result(ExitCodes.Configuration, "", "\nThe config profile (nope) could not be found\n")));

        var noRegion = await Cli.RunAsync(new[] { "dynamodb", "list-tables" }, "", new Dictionary<string, string> { ["AWS_DEFAULT_REGION"] = "" });
        Assert.That(noRegion.ExitCode, Is.EqualTo(ExitCodes.Configuration));
        Assert.That(noRegion.Stderr, Is.EqualTo("\nYou must specify a region. You can also configure your region by running \"aws configure\".\n"));
    }

    [Test]
    public async Task A_refused_connection_names_the_url_and_exits_255()
    {
        var result = await Cli.RunAsync("dynamodb", "list-tables", "--endpoint-url", "http://127.0.0.1:1", "--cli-connect-timeout", "2");
        Assert.That(result, Is.EqualTo(new CliHarness.Result(ExitCodes.Other, "", "\nCould not connect to the endpoint URL: \"http://127.0.0.1:1/\"\n")));
    }

    [Test]
    public async Task Debug_traces_the_signed_exchange_with_the_signature_and_secret_redacted()
    {
        var result = await Cli.RunAsync("dynamodb", "list-tables", "--debug");
        Assert.That(result.ExitCode, Is.Zero, result.Stderr);
        Assert.That(result.Stderr, Does.Contain("request DynamoDB ListTables attempt 1: POST "));
        Assert.That(result.Stderr, Does.Contain("Signature=<redacted>"));
        Assert.That(result.Stderr, Does.Contain("response ListTables attempt 1: HTTP 200"));
        Assert.That(result.Stderr, Does.Not.Contain(Moto.SecretAccessKey));
    }

    [Test]
    public async Task The_profile_in_the_config_file_sets_region_and_output()
    {
        string config = Path.Combine(Cli.Directory, "config-" + System.Guid.NewGuid().ToString("N")[..6]);
        // A named profile sets aside the environment's keys, as in botocore, so the profile carries its own.
        await File.WriteAllTextAsync(config, $"[profile cfg]\nregion = us-east-1\noutput = text\naws_access_key_id = {Moto.AccessKeyId}\naws_secret_access_key = {Moto.SecretAccessKey}\n");
        var result = await Cli.RunAsync(new[] { "sts", "get-caller-identity", "--profile", "cfg", "--query", "Account" }, "",
            new Dictionary<string, string> { ["AWS_CONFIG_FILE"] = config, ["AWS_DEFAULT_REGION"] = "" });
        Assert.That(result, Is.EqualTo(new CliHarness.Result(0, MotoServer.AccountId + "\n", "")));
    }

    [Test]
    public async Task Version_prints_one_line()
    {
        var result = await Cli.RunAsync("--version");
        Assert.That(result.ExitCode, Is.Zero);
        Assert.That(result.Stdout, Does.Match(@"^awscg/\d+\.\d+\.\d+ \.NET/\S+ \S+/\S+\n$"));
    }
}
