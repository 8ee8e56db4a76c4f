using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using AwsCodegen.DynamoDB;
using AwsCodegen.Runtime;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Errors;
using AwsCodegen.Tests.Infrastructure;
using NUnit.Framework;

namespace AwsCodegen.Tests.Integration;

/// <summary>Required members are checked before sending; the error names the service, operation and member path.</summary>
[TestFixture]
public sealed class ValidationTests
{
    private CannedHandler _handler = null!;
    private DynamoDBClient _client = null!;

    [SetUp]
    public void SetUp()
    {
        _handler = new CannedHandler(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}", Encoding.UTF8, "application/x-amz-json-1.0") });
        _client = new DynamoDBClient(new AwsClientOptions
        {
            Region = "us-east-1",
            Credentials = new StaticCredentialsProvider("AKID", "SECRET"),
            HttpHandler = _handler,
            EnvironmentVariables = name => name is "AWS_CONFIG_FILE" or "AWS_SHARED_CREDENTIALS_FILE" ? "/dev/null" : null,
        });
    }

    [TearDown]
    public void TearDown() => _client.Dispose();

    private static Dictionary<string, AttributeValue> Item() => new() { ["pk"] = new AttributeValue { S = "1" } };

    private async Task<string> MissingPath(Func<Task> call)
    {
        var error = Assert.ThrowsAsync<AwsValidationException>(async () => await call());
        Assert.That(_handler.Requests, Is.Empty, "nothing may be sent");
        Assert.That(error!.Attempts, Is.Zero);
        Assert.That(error.Message, Does.StartWith($"DynamoDB {error.Operation}: the required parameter '{error.MemberPath}' is not set"));
        return error.MemberPath;
    }

    [Test]
    public async Task TopLevelMember()
    {
        Assert.That(await MissingPath(() => _client.PutItemAsync(new PutItemRequest { Item = Item() })), Is.EqualTo("TableName"));
        Assert.That(await MissingPath(() => _client.PutItemAsync(new PutItemRequest { TableName = "t" })), Is.EqualTo("Item"));
    }

    [Test]
    public async Task MemberInsideAListElement()
    {
        var request = new TransactWriteItemsRequest
        {
            TransactItems = new List<TransactWriteItem>
            {
                new() { Put = new Put { TableName = "t", Item = Item() } },
                new() { Put = new Put { Item = Item() } },
            },
        };
        Assert.That(await MissingPath(() => _client.TransactWriteItemsAsync(request)), Is.EqualTo("TransactItems[1].Put.TableName"));
    }

    [Test]
    public async Task MemberInsideAMapValue()
    {
        var request = new BatchWriteItemRequest
        {
            RequestItems = new Dictionary<string, List<WriteRequest>>
            {
                ["orders"] = new() { new WriteRequest { DeleteRequest = new DeleteRequest() } },
            },
        };
        Assert.That(await MissingPath(() => _client.BatchWriteItemAsync(request)), Is.EqualTo("RequestItems[\"orders\"][0].DeleteRequest.Key"));
    }

    [Test]
    public async Task CompleteRequest_IsSent()
    {
        await _client.PutItemAsync(new PutItemRequest { TableName = "t", Item = Item() });
        await _client.ListTablesAsync(new ListTablesRequest());
        Assert.That(_handler.Requests, Has.Count.EqualTo(2));
    }
}
