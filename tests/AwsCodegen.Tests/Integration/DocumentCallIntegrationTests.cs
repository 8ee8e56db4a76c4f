using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AwsCodegen.Conformance.Protocol;
using AwsCodegen.Generated;
using AwsCodegen.Runtime;
using AwsCodegen.Tests.Infrastructure;
using NUnit.Framework;

namespace AwsCodegen.Tests.Integration;

/// <summary>
/// Document calls by descriptor (what the CLI sends and prints) against the installed aws-cli, both talking to one
/// moto: the same call made with <c>aws ... --output json</c> and with InvokeDocumentAsync must give the same JSON,
/// member order and number spelling included. The query (sns, iam), ec2 and rest-xml (s3) readers are the point;
/// sqs (json) is a regression check. aws-cli runs with --no-paginate: its paginator rebuilds the result in its own
/// key order, which is the CLI's business, not the reader's.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class DocumentCallIntegrationTests
{
    private MotoServer _moto = null!;
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8];

    [OneTimeSetUp]
    public async Task StartMoto()
    {
        if (!OnPath("aws")) Assert.Ignore("aws-cli is not installed: nothing to compare with.");
        // One private moto without authentication: aws-cli and the clients use the same dummy key.
        _moto = await MotoServer.StartAsync(authentication: false);
        Aws("sqs", "create-queue", "--queue-name", "docs-" + _suffix);
        Aws("sns", "create-topic", "--name", "docs-" + _suffix);
        Aws("iam", "create-user", "--user-name", "docs-list-" + _suffix);
        Aws("s3api", "create-bucket", "--bucket", "docs-" + _suffix);
        string file = Path.Combine(Path.GetTempPath(), "awscg-doc-" + _suffix + ".txt");
        File.WriteAllText(file, "hello, moto");
        try
        {
            Aws("s3api", "put-object", "--bucket", "docs-" + _suffix, "--key", "dir/a.txt", "--body", file, "--content-type", "text/plain",
                "--metadata", "color=blue");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [OneTimeTearDown]
    public void StopMoto() => _moto?.Dispose();

    private string QueueUrl => JsonNode.Parse(Aws("sqs", "get-queue-url", "--queue-name", "docs-" + _suffix))!["QueueUrl"]!.GetValue<string>();

    [Test]
    public Task Sqs_create_queue_of_an_existing_name() => Same("sqs", "create-queue", new() { ["QueueName"] = "docs-" + _suffix }, "--queue-name", "docs-" + _suffix);

    [Test]
    public Task Sqs_list_queues() => Same("sqs", "list-queues", new());

    [Test]
    public Task Sqs_get_queue_attributes() =>
        Same("sqs", "get-queue-attributes", new() { ["QueueUrl"] = QueueUrl, ["AttributeNames"] = new JsonArray("All") },
            "--queue-url", QueueUrl, "--attribute-names", "All");

    [Test]
    public Task Sns_list_topics() => Same("sns", "list-topics", new());

    [Test]
    public Task Iam_list_users() => Same("iam", "list-users", new());

    /// <summary>
    /// create-user cannot run twice with one name: ours creates it, aws-cli deletes and creates it again. The user's
    /// id and creation time are new each time, so those two values (not their presence or place) are left out.
    /// </summary>
    [Test]
    public async Task Iam_create_user()
    {
        string name = "docs-create-" + _suffix;
        var ours = await Ours("iam", "create-user", new() { ["UserName"] = name });
        Aws("iam", "delete-user", "--user-name", name);
        var theirs = JsonNode.Parse(Aws("iam", "create-user", "--user-name", name))!;
        foreach (var document in new[] { ours, theirs })
        {
            var user = document["User"]!.AsObject();
            Assert.That(user.ContainsKey("UserId") && user.ContainsKey("CreateDate"), Is.True, document.ToJsonString());
            user["UserId"] = "(differs per call)";
            user["CreateDate"] = "(differs per call)";
        }
        AssertSame(theirs, ours);
    }

    [Test]
    public Task Ec2_describe_vpcs() => Same("ec2", "describe-vpcs", new());

    [Test]
    public Task Ec2_describe_regions() => Same("ec2", "describe-regions", new());

    [Test]
    public Task S3_list_buckets() => Same("s3api", "list-buckets", new());

    /// <summary>
    /// aws-cli asks for url-encoded keys unless told otherwise (botocore's set_list_objects_encoding_type_url) and
    /// decodes them again; the document call asks the same explicitly. The keys here read the same either way.
    /// </summary>
    [Test]
    public Task S3_list_objects_v2() =>
        Same("s3api", "list-objects-v2", new() { ["Bucket"] = "docs-" + _suffix, ["EncodingType"] = "url" }, "--bucket", "docs-" + _suffix);

    [Test]
    public Task S3_get_bucket_location() => Same("s3api", "get-bucket-location", new() { ["Bucket"] = "docs-" + _suffix }, "--bucket", "docs-" + _suffix);

    [Test]
    public Task S3_head_object() =>
        Same("s3api", "head-object", new() { ["Bucket"] = "docs-" + _suffix, ["Key"] = "dir/a.txt" }, "--bucket", "docs-" + _suffix, "--key", "dir/a.txt");

    /// <summary>The same call both ways; the aws-cli arguments are the document's members spelled for the command line.</summary>
    private async Task Same(string cliService, string command, JsonObject input, params string[] arguments)
    {
        var ours = await Ours(cliService, command, input);
        var theirs = JsonNode.Parse(Aws(new[] { cliService, command }.Concat(arguments).ToArray()))!;
        AssertSame(theirs, ours);
    }

    private async Task<JsonNode> Ours(string cliService, string command, JsonObject input)
    {
        var descriptor = AwsServiceIndex.Find(cliService)!.Descriptor;
        var operation = descriptor.FindOperationByCliName(command) ?? throw new InvalidOperationException($"{cliService} has no {command}");
        var options = IntegrationSupport.Options(_moto);
        options.ForcePathStyle = true;
        using var client = descriptor.CreateClient(options);
        using var inputDocument = JsonDocument.Parse(input.ToJsonString());
        using var document = await client.InvokeDocumentAsync(operation, inputDocument.RootElement);
        return JsonNode.Parse(document.RootElement.GetRawText())!;
    }

    private static void AssertSame(JsonNode theirs, JsonNode ours)
    {
        using var expected = JsonDocument.Parse(theirs.ToJsonString());
        using var actual = JsonDocument.Parse(ours.ToJsonString());
        string? difference = OrderedJsonComparer.Compare(expected.RootElement, actual.RootElement);
        Assert.That(difference, Is.Null, $"{difference}\naws-cli:  {theirs.ToJsonString()}\nours:     {ours.ToJsonString()}");
    }

    /// <summary>Runs aws-cli against moto and returns its standard output; a failure fails the test with its stderr.</summary>
    private string Aws(params string[] arguments)
    {
        var start = new ProcessStartInfo("aws") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        foreach (string extra in new[] { "--endpoint-url", _moto.Endpoint.ToString().TrimEnd('/'), "--output", "json", "--no-paginate" })
            start.ArgumentList.Add(extra);
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        start.Environment["AWS_ACCESS_KEY_ID"] = _moto.AccessKeyId;
        start.Environment["AWS_SECRET_ACCESS_KEY"] = _moto.SecretAccessKey;
        start.Environment["AWS_DEFAULT_REGION"] = _moto.Region;
        start.Environment["AWS_CONFIG_FILE"] = "/dev/null";
        start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null";
        start.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) Assert.Fail($"aws {string.Join(' ', arguments)} exited with {process.ExitCode}: {stderr.Result}");
        return stdout;
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, program)));
}
