using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using AwsCodegen.Lambda;
using AwsCodegen.Tests.Infrastructure;
using NUnit.Framework;
using LambdaEnvironment = AwsCodegen.Lambda.Environment;
using LambdaRuntime = AwsCodegen.Lambda.Runtime;

namespace AwsCodegen.Tests.Integration;

/// <summary>The generated Lambda client (restJson1: labels in the path, query strings, JSON bodies) against moto. Nothing is invoked.</summary>
/// <remarks>
/// moto 5.2.1's signature check fails every bodiless restJson request (GET/DELETE) and every request with a
/// percent-encoded label (the tags API's ARN), whoever signs it: boto3 gets SignatureDoesNotMatch on
/// ListFunctions/GetFunction/DeleteFunction/ListTags too. So the full round trip runs against a private moto
/// without authentication, and the requests moto can verify (CreateFunction's POST and UpdateFunctionConfiguration's
/// PUT) also run against the shared, authenticated instance.
/// </remarks>
[TestFixture]
[Category("Integration")]
public sealed class LambdaIntegrationTests
{
    private MotoServer _moto = null!;
    private LambdaClient _client = null!;
    private string _roleName = null!;
    private string _roleArn = null!;

    [OneTimeSetUp]
    public async Task StartMotoAndCreateRole()
    {
        _moto = await MotoServer.StartAsync(authentication: false);
        _client = new LambdaClient(IntegrationSupport.Options(_moto));
        // moto checks that the execution role exists in its IAM backend.
        _roleName = IntegrationSupport.UniqueName("lambda-role");
        _roleArn = await IntegrationSupport.CreateLambdaRoleAsync(_moto, _roleName);
    }

    [OneTimeTearDown]
    public void StopMoto()
    {
        _client?.Dispose();
        _moto?.Dispose();
    }

    private static byte[] BuildZip()
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = archive.CreateEntry("handler.py", CompressionLevel.Optimal);
            using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
            writer.Write("def handle(event, context):\n    return {'echo': event}\n");
        }
        return buffer.ToArray();
    }

    [Test]
    public async Task Function_CreateGetListTagUpdateDelete()
    {
        string name = IntegrationSupport.UniqueName("fn");
        byte[] zip = BuildZip();
        string expectedSha = Convert.ToBase64String(SHA256.HashData(zip));

        var created = await _client.CreateFunctionAsync(new CreateFunctionRequest
        {
            FunctionName = name,
            Runtime = LambdaRuntime.Python312,
            Role = _roleArn,
            Handler = "handler.handle",
            Code = new FunctionCode { ZipFile = zip },
            Description = "created by the integration tests",
            Timeout = 15,
            MemorySize = 256,
            Environment = new LambdaEnvironment { Variables = new() { ["STAGE"] = "test", ["EMPTY"] = "" } },
            Tags = new() { ["team"] = "codegen" },
        });

        Assert.Multiple(() =>
        {
            Assert.That(created.HttpStatusCode, Is.EqualTo(201));
            Assert.That(created.FunctionName, Is.EqualTo(name));
            Assert.That(created.FunctionArn, Is.EqualTo($"arn:aws:lambda:{_moto.Region}:{MotoServer.AccountId}:function:{name}"));
            Assert.That(created.Runtime, Is.EqualTo(LambdaRuntime.Python312));
            Assert.That(created.Role, Is.EqualTo(_roleArn));
            Assert.That(created.Handler, Is.EqualTo("handler.handle"));
            Assert.That(created.CodeSize, Is.EqualTo(zip.Length));
            Assert.That(created.CodeSha256, Is.EqualTo(expectedSha));
            Assert.That(created.Timeout, Is.EqualTo(15));
            Assert.That(created.MemorySize, Is.EqualTo(256));
            Assert.That(created.Environment?.Variables, Is.EquivalentTo(new Dictionary<string, string> { ["STAGE"] = "test", ["EMPTY"] = "" }));
        });
        string arn = created.FunctionArn!;

        try
        {
            var got = await _client.GetFunctionAsync(new GetFunctionRequest { FunctionName = name });
            Assert.That(got.Configuration?.FunctionName, Is.EqualTo(name));
            Assert.That(got.Configuration?.CodeSha256, Is.EqualTo(expectedSha));
            Assert.That(got.Configuration?.Description, Is.EqualTo("created by the integration tests"));
            Assert.That(got.Tags, Is.EquivalentTo(new Dictionary<string, string> { ["team"] = "codegen" }));

            // Query string (MaxItems) and pagination marker: walk every page until our function shows up.
            var names = new List<string>();
            string? marker = null;
            do
            {
                var page = await _client.ListFunctionsAsync(new ListFunctionsRequest { MaxItems = 50, Marker = marker });
                names.AddRange(page.Functions?.Select(f => f.FunctionName ?? "") ?? Enumerable.Empty<string>());
                marker = page.NextMarker;
            }
            while (!string.IsNullOrEmpty(marker));
            Assert.That(names, Does.Contain(name));

            // The ARN travels as a path label (its colons percent-encoded).
            await _client.TagResourceAsync(new TagResourceRequest { Resource = arn, Tags = new() { ["env"] = "ci", ["owner"] = "tests" } });
            var tags = await _client.ListTagsAsync(new ListTagsRequest { Resource = arn });
            Assert.That(tags.Tags, Is.EquivalentTo(new Dictionary<string, string> { ["team"] = "codegen", ["env"] = "ci", ["owner"] = "tests" }));

            // TagKeys is a repeated query-string member: ?tagKeys=team&tagKeys=env
            await _client.UntagResourceAsync(new UntagResourceRequest { Resource = arn, TagKeys = new() { "team", "env" } });
            tags = await _client.ListTagsAsync(new ListTagsRequest { Resource = arn });
            Assert.That(tags.Tags, Is.EquivalentTo(new Dictionary<string, string> { ["owner"] = "tests" }));

            var updated = await _client.UpdateFunctionConfigurationAsync(new UpdateFunctionConfigurationRequest
            {
                FunctionName = name,
                Description = "updated",
                Timeout = 30,
                MemorySize = 512,
            });
            Assert.That(updated.Description, Is.EqualTo("updated"));
            Assert.That(updated.Timeout, Is.EqualTo(30));
            Assert.That(updated.MemorySize, Is.EqualTo(512));

            var configuration = await _client.GetFunctionConfigurationAsync(new GetFunctionConfigurationRequest { FunctionName = name });
            Assert.That(configuration.Description, Is.EqualTo("updated"));
            Assert.That(configuration.MemorySize, Is.EqualTo(512));
        }
        finally
        {
            var deleted = await _client.DeleteFunctionAsync(new DeleteFunctionRequest { FunctionName = name });
            Assert.That(deleted.HttpStatusCode, Is.EqualTo(204));
        }

        var error = Assert.ThrowsAsync<ResourceNotFoundException>(() => _client.GetFunctionAsync(new GetFunctionRequest { FunctionName = name }))!;
        Assert.That(error.ErrorCode, Is.EqualTo("ResourceNotFoundException"));
        Assert.That(error.StatusCode, Is.EqualTo(404));
        Assert.That(error.ErrorMessage, Does.Contain(name));
    }

    [Test]
    public void CreateFunction_WithARoleThatDoesNotExist_ThrowsInvalidParameterValueException()
    {
        var error = Assert.ThrowsAsync<InvalidParameterValueException>(() => _client.CreateFunctionAsync(new CreateFunctionRequest
        {
            FunctionName = IntegrationSupport.UniqueName("fn"),
            Runtime = LambdaRuntime.Python312,
            Role = $"arn:aws:iam::{MotoServer.AccountId}:role/{IntegrationSupport.UniqueName("no-such-role")}",
            Handler = "handler.handle",
            Code = new FunctionCode { ZipFile = BuildZip() },
        }))!;

        Assert.That(error.ErrorCode, Is.EqualTo("InvalidParameterValueException"));
        Assert.That(error.StatusCode, Is.EqualTo(400));
        Assert.That(error.ErrorMessage, Does.Contain("role"));
    }

    [Test]
    public async Task CreateAndUpdateFunction_PassTheSignatureCheck()
    {
        var moto = MotoServer.Shared;
        using var client = new LambdaClient(IntegrationSupport.Options(moto));
        string roleName = IntegrationSupport.UniqueName("lambda-role");
        string roleArn = await IntegrationSupport.CreateLambdaRoleAsync(moto, roleName);
        string name = IntegrationSupport.UniqueName("fn");

        // moto cannot verify DeleteFunction's signature (see the remarks), so this function stays in the shared moto.
        var created = await client.CreateFunctionAsync(new CreateFunctionRequest
        {
            FunctionName = name,
            Runtime = LambdaRuntime.Python312,
            Role = roleArn,
            Handler = "handler.handle",
            Code = new FunctionCode { ZipFile = BuildZip() },
        });
        Assert.That(created.FunctionName, Is.EqualTo(name));

        var updated = await client.UpdateFunctionConfigurationAsync(new UpdateFunctionConfigurationRequest { FunctionName = name, Description = "signed" });
        Assert.That(updated.Description, Is.EqualTo("signed"));

        using var wrongSecret = new LambdaClient(IntegrationSupport.Options(moto, new AwsCodegen.Runtime.Auth.StaticCredentialsProvider(moto.AccessKeyId, "not-the-secret")));
        var error = Assert.ThrowsAsync(Is.InstanceOf<AwsCodegen.Runtime.Errors.AwsServiceException>(), () =>
            wrongSecret.UpdateFunctionConfigurationAsync(new UpdateFunctionConfigurationRequest { FunctionName = name, Description = "unsigned" })) as AwsCodegen.Runtime.Errors.AwsServiceException;
        Assert.That(error!.StatusCode, Is.EqualTo(403), error.Message);
    }
}
