using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using AwsCodegen.DynamoDB;
using AwsCodegen.Runtime.Errors;
using AwsCodegen.Tests.Infrastructure;
using NUnit.Framework;

namespace AwsCodegen.Tests.Integration;

/// <summary>The generated DynamoDB client (awsJson 1.0) against moto with signature checking on.</summary>
[TestFixture]
[Category("Integration")]
public sealed class DynamoDBIntegrationTests
{
    private static readonly byte[] s_binary = { 0x00, 0x01, 0x7F, 0x80, 0xFE, 0xFF };

    private MotoServer _moto = null!;
    private DynamoDBClient _client = null!;
    private string _table = null!;

    [OneTimeSetUp]
    public async Task CreateTable()
    {
        _moto = MotoServer.Shared;
        _client = new DynamoDBClient(IntegrationSupport.Options(_moto));
        _table = IntegrationSupport.UniqueName("ddb");

        var created = await _client.CreateTableAsync(new CreateTableRequest
        {
            TableName = _table,
            AttributeDefinitions = new()
            {
                new AttributeDefinition { AttributeName = "pk", AttributeType = ScalarAttributeType.S },
                new AttributeDefinition { AttributeName = "sk", AttributeType = ScalarAttributeType.N },
            },
            KeySchema = new()
            {
                new KeySchemaElement { AttributeName = "pk", KeyType = KeyType.Hash },
                new KeySchemaElement { AttributeName = "sk", KeyType = KeyType.Range },
            },
            BillingMode = BillingMode.PayPerRequest,
        });
        Assert.That(created.TableDescription?.TableName, Is.EqualTo(_table));
        Assert.That(created.TableDescription?.KeySchema?.Select(k => (k.AttributeName, k.KeyType?.Value)),
            Is.EqualTo(new[] { ("pk", (string?)"HASH"), ("sk", (string?)"RANGE") }));
        Assert.That(created.TableDescription?.BillingModeSummary?.BillingMode, Is.EqualTo(BillingMode.PayPerRequest));

        var clock = Stopwatch.StartNew();
        while (true)
        {
            var described = await _client.DescribeTableAsync(new DescribeTableRequest { TableName = _table });
            if (described.Table?.TableStatus == TableStatus.Active) break;
            if (clock.Elapsed > TimeSpan.FromSeconds(30)) Assert.Fail($"Table {_table} is still {described.Table?.TableStatus} after 30 s.");
            await Task.Delay(200);
        }
    }

    [OneTimeTearDown]
    public async Task DeleteTable()
    {
        if (_client is null) return;
        try
        {
            if (_table is not null) await _client.DeleteTableAsync(new DeleteTableRequest { TableName = _table });
        }
        catch (ResourceNotFoundException) { }
        finally
        {
            _client.Dispose();
        }
    }

    private static Dictionary<string, AttributeValue> Key(string pk, int sk) => new()
    {
        ["pk"] = new AttributeValue { S = pk },
        ["sk"] = new AttributeValue { N = sk.ToString(System.Globalization.CultureInfo.InvariantCulture) },
    };

    private static Dictionary<string, AttributeValue> EveryKindOfValue(string pk, int sk)
    {
        var item = Key(pk, sk);
        item["text"] = new AttributeValue { S = "héllo, wörld ✓ \"quoted\" \n newline" };
        item["number"] = new AttributeValue { N = "-12345.678901234567890123456789" };
        item["binary"] = new AttributeValue { B = s_binary };
        item["flag"] = new AttributeValue { BOOL = true };
        item["falseFlag"] = new AttributeValue { BOOL = false };
        item["nothing"] = new AttributeValue { NULL = true };
        item["list"] = new AttributeValue
        {
            L = new()
            {
                new AttributeValue { S = "first" },
                new AttributeValue { N = "2" },
                new AttributeValue { BOOL = false },
                new AttributeValue { L = new() { new AttributeValue { S = "nested" } } },
            },
        };
        item["map"] = new AttributeValue
        {
            M = new()
            {
                ["name"] = new AttributeValue { S = "inner" },
                ["count"] = new AttributeValue { N = "7" },
                ["deeper"] = new AttributeValue { M = new() { ["leaf"] = new AttributeValue { NULL = true } } },
                ["empty"] = new AttributeValue { M = new() },
            },
        };
        item["strings"] = new AttributeValue { SS = new() { "red", "green", "blue" } };
        return item;
    }

    [Test]
    public async Task PutThenGet_RoundTripsEveryAttributeValueKind()
    {
        string pk = IntegrationSupport.UniqueName("item");
        var put = await _client.PutItemAsync(new PutItemRequest { TableName = _table, Item = EveryKindOfValue(pk, 1) });
        Assert.That(put.HttpStatusCode, Is.EqualTo(200));
        Assert.That(put.RequestId, Is.Not.Null.And.Not.Empty);

        var got = await _client.GetItemAsync(new GetItemRequest { TableName = _table, Key = Key(pk, 1), ConsistentRead = true });

        var item = got.Item;
        Assert.That(item, Is.Not.Null, "GetItem returned no item");
        Assert.Multiple(() =>
        {
            Assert.That(item!.Keys, Is.EquivalentTo(new[] { "pk", "sk", "text", "number", "binary", "flag", "falseFlag", "nothing", "list", "map", "strings" }));
            Assert.That(item["pk"].S, Is.EqualTo(pk));
            Assert.That(item["sk"].N, Is.EqualTo("1"));
            Assert.That(item["text"].S, Is.EqualTo("héllo, wörld ✓ \"quoted\" \n newline"));
            Assert.That(decimal.Parse(item["number"].N!, System.Globalization.CultureInfo.InvariantCulture),
                Is.EqualTo(decimal.Parse("-12345.678901234567890123456789", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(item["binary"].B, Is.EqualTo(s_binary));
            Assert.That(item["flag"].BOOL, Is.True);
            Assert.That(item["falseFlag"].BOOL, Is.False);
            Assert.That(item["nothing"].NULL, Is.True);
            Assert.That(item["nothing"].S, Is.Null);

            var list = item["list"].L;
            Assert.That(list, Has.Count.EqualTo(4));
            Assert.That(list![0].S, Is.EqualTo("first"));
            Assert.That(list[1].N, Is.EqualTo("2"));
            Assert.That(list[2].BOOL, Is.False);
            Assert.That(list[3].L?.Single().S, Is.EqualTo("nested"));

            var map = item["map"].M;
            Assert.That(map?.Keys, Is.EquivalentTo(new[] { "name", "count", "deeper", "empty" }));
            Assert.That(map!["name"].S, Is.EqualTo("inner"));
            Assert.That(map["count"].N, Is.EqualTo("7"));
            Assert.That(map["deeper"].M?["leaf"].NULL, Is.True);
            Assert.That(map["empty"].M, Is.Not.Null.And.Empty);

            Assert.That(item["strings"].SS, Is.EquivalentTo(new[] { "red", "green", "blue" }));
        });
    }

    [Test]
    public async Task Query_WithKeyConditionExpression_ReturnsTheMatchingItemsInOrder()
    {
        string pk = IntegrationSupport.UniqueName("query");
        foreach (int sk in new[] { 3, 1, 2, 10 })
        {
            var item = Key(pk, sk);
            item["label"] = new AttributeValue { S = "item " + sk.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            await _client.PutItemAsync(new PutItemRequest { TableName = _table, Item = item });
        }
        // An item under another partition key must not show up.
        await _client.PutItemAsync(new PutItemRequest { TableName = _table, Item = Key(pk + "-other", 2) });

        var result = await _client.QueryAsync(new QueryRequest
        {
            TableName = _table,
            KeyConditionExpression = "#pk = :pk AND #sk BETWEEN :low AND :high",
            ExpressionAttributeNames = new() { ["#pk"] = "pk", ["#sk"] = "sk" },
            ExpressionAttributeValues = new()
            {
                [":pk"] = new AttributeValue { S = pk },
                [":low"] = new AttributeValue { N = "2" },
                [":high"] = new AttributeValue { N = "10" },
            },
            ScanIndexForward = true,
        });

        Assert.That(result.Count, Is.EqualTo(3));
        Assert.That(result.Items?.Select(i => i["sk"].N), Is.EqualTo(new[] { "2", "3", "10" }));
        Assert.That(result.Items?.Select(i => i["label"].S), Is.EqualTo(new[] { "item 2", "item 3", "item 10" }));
        Assert.That(result.Items?.All(i => i["pk"].S == pk), Is.True);

        var descending = await _client.QueryAsync(new QueryRequest
        {
            TableName = _table,
            KeyConditionExpression = "pk = :pk",
            ExpressionAttributeValues = new() { [":pk"] = new AttributeValue { S = pk } },
            ScanIndexForward = false,
            Limit = 2,
        });
        Assert.That(descending.Items?.Select(i => i["sk"].N), Is.EqualTo(new[] { "10", "3" }));
        Assert.That(descending.LastEvaluatedKey?["sk"].N, Is.EqualTo("3"), "Limit 2 of 4 items leaves a LastEvaluatedKey");
    }

    [Test]
    public async Task UpdateItem_WithReturnValuesAllNew_ReturnsTheWholeUpdatedItem()
    {
        string pk = IntegrationSupport.UniqueName("update");
        var item = Key(pk, 1);
        item["counter"] = new AttributeValue { N = "5" };
        item["status"] = new AttributeValue { S = "new" };
        item["obsolete"] = new AttributeValue { S = "remove me" };
        await _client.PutItemAsync(new PutItemRequest { TableName = _table, Item = item });

        var updated = await _client.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = _table,
            Key = Key(pk, 1),
            UpdateExpression = "SET #status = :status, tags = :tags ADD #counter :step REMOVE obsolete",
            ConditionExpression = "#status = :expected",
            ExpressionAttributeNames = new() { ["#status"] = "status", ["#counter"] = "counter" },
            ExpressionAttributeValues = new()
            {
                [":status"] = new AttributeValue { S = "done" },
                [":expected"] = new AttributeValue { S = "new" },
                [":step"] = new AttributeValue { N = "3" },
                [":tags"] = new AttributeValue { L = new() { new AttributeValue { S = "a" }, new AttributeValue { BOOL = true } } },
            },
            ReturnValues = ReturnValue.AllNew,
        });

        var attributes = updated.Attributes;
        Assert.That(attributes, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(attributes!.Keys, Is.EquivalentTo(new[] { "pk", "sk", "counter", "status", "tags" }));
            Assert.That(attributes["pk"].S, Is.EqualTo(pk));
            Assert.That(attributes["counter"].N, Is.EqualTo("8"));
            Assert.That(attributes["status"].S, Is.EqualTo("done"));
            Assert.That(attributes["tags"].L?.Select(v => v.S ?? v.BOOL?.ToString()), Is.EqualTo(new[] { "a", "True" }));
        });

        var read = await _client.GetItemAsync(new GetItemRequest { TableName = _table, Key = Key(pk, 1), ConsistentRead = true });
        Assert.That(read.Item?["counter"].N, Is.EqualTo("8"));
        Assert.That(read.Item?.ContainsKey("obsolete"), Is.False);
    }

    [Test]
    public async Task DeleteItem_RemovesTheItem_AndReturnsTheOldOne()
    {
        string pk = IntegrationSupport.UniqueName("delete");
        var item = Key(pk, 1);
        item["payload"] = new AttributeValue { S = "bye" };
        await _client.PutItemAsync(new PutItemRequest { TableName = _table, Item = item });

        var deleted = await _client.DeleteItemAsync(new DeleteItemRequest { TableName = _table, Key = Key(pk, 1), ReturnValues = ReturnValue.AllOld });

        Assert.That(deleted.Attributes?["payload"].S, Is.EqualTo("bye"));
        var read = await _client.GetItemAsync(new GetItemRequest { TableName = _table, Key = Key(pk, 1), ConsistentRead = true });
        Assert.That(read.Item, Is.Null.Or.Empty, "the item is gone");
    }

    [Test]
    public async Task PutItem_WithAFailedCondition_ThrowsConditionalCheckFailedException()
    {
        string pk = IntegrationSupport.UniqueName("conditional");
        var item = Key(pk, 1);
        item["version"] = new AttributeValue { N = "1" };
        await _client.PutItemAsync(new PutItemRequest { TableName = _table, Item = item });

        var replacement = Key(pk, 1);
        replacement["version"] = new AttributeValue { N = "2" };
        var error = Assert.ThrowsAsync<ConditionalCheckFailedException>(() => _client.PutItemAsync(new PutItemRequest
        {
            TableName = _table,
            Item = replacement,
            ConditionExpression = "attribute_not_exists(pk)",
            ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.AllOld,
        }))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.ErrorCode, Is.EqualTo("ConditionalCheckFailedException"));
            Assert.That(error.StatusCode, Is.EqualTo(400));
            Assert.That(error.RequestId, Is.Not.Null.And.Not.Empty);
            Assert.That(error.ErrorMessage, Does.Contain("conditional request failed").IgnoreCase);
            Assert.That(error, Is.InstanceOf<AwsServiceException>());
            // ReturnValuesOnConditionCheckFailure=ALL_OLD: the error carries the item as it is.
            Assert.That(error.Item?["version"].N, Is.EqualTo("1"));
        });

        var read = await _client.GetItemAsync(new GetItemRequest { TableName = _table, Key = Key(pk, 1), ConsistentRead = true });
        Assert.That(read.Item?["version"].N, Is.EqualTo("1"), "the failed put changed nothing");
    }

    [Test]
    public void MissingTable_ThrowsResourceNotFoundException()
    {
        string missing = IntegrationSupport.UniqueName("missing");

        var getError = Assert.ThrowsAsync<ResourceNotFoundException>(() =>
            _client.GetItemAsync(new GetItemRequest { TableName = missing, Key = Key("x", 1) }))!;
        var describeError = Assert.ThrowsAsync<ResourceNotFoundException>(() =>
            _client.DescribeTableAsync(new DescribeTableRequest { TableName = missing }))!;

        Assert.Multiple(() =>
        {
            Assert.That(getError.ErrorCode, Is.EqualTo("ResourceNotFoundException"));
            Assert.That(getError.StatusCode, Is.EqualTo(400));
            Assert.That(getError.RequestId, Is.Not.Null.And.Not.Empty);
            Assert.That(describeError.ErrorCode, Is.EqualTo("ResourceNotFoundException"));
            Assert.That(describeError.StatusCode, Is.EqualTo(400));
            Assert.That(describeError.ErrorMessage, Does.Contain(missing).Or.Contain("not found").IgnoreCase);
        });
    }
}
