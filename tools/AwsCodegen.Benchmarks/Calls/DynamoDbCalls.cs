using System;
using System.Threading.Tasks;
using AwsCodegen.Benchmarks.Fixtures;

namespace AwsCodegen.Benchmarks.Calls;

/// <summary>
/// GetItem, PutItem and a 100-item Query through each of the three clients, with a fresh request object per call as an application
/// would build it. Each returns something checkable, so <see cref="VerifyAsync"/> proves all of them succeed.
/// </summary>
public sealed class DynamoDbCalls : ClientTrio<AwsCodegen.DynamoDB.DynamoDBClient, Amazon.DynamoDBv2.AmazonDynamoDBClient>
{
    public DynamoDbCalls(Uri endpoint) : base(endpoint, OurSdk.DynamoDb, Fixtures.AwsSdk.DynamoDb) { }

    public Task<int> RawGetItemAsync() => Raw.GetItemAsync();

    public async Task<string?> OursGetItemAsync() =>
        (await Ours.GetItemAsync(OurSdk.GetItem()).ConfigureAwait(false)).Item?["name"].S;

    public async Task<string?> AwsSdkGetItemAsync() =>
        (await AwsSdk.GetItemAsync(Fixtures.AwsSdk.GetItem()).ConfigureAwait(false)).Item?["name"].S;

    public Task<int> RawPutItemAsync() => Raw.PutItemAsync();

    public async Task<int> OursPutItemAsync() =>
        (await Ours.PutItemAsync(OurSdk.PutItem()).ConfigureAwait(false)).HttpStatusCode;

    public async Task<int> AwsSdkPutItemAsync() =>
        (int)(await AwsSdk.PutItemAsync(Fixtures.AwsSdk.PutItem()).ConfigureAwait(false)).HttpStatusCode;

    public Task<int> RawQueryAsync() => Raw.QueryAsync();

    public async Task<int?> OursQueryAsync() =>
        (await Ours.QueryAsync(OurSdk.Query()).ConfigureAwait(false)).Items?.Count;

    public async Task<int?> AwsSdkQueryAsync() =>
        (await AwsSdk.QueryAsync(Fixtures.AwsSdk.Query()).ConfigureAwait(false)).Items?.Count;

    public override async Task VerifyAsync()
    {
        Expect.Equal(Stub.StubRoutes.GetItemBody.Length, await RawGetItemAsync(), "raw GetItem body length");
        Expect.Equal("Ada Lovelace", await OursGetItemAsync(), "our GetItem");
        Expect.Equal("Ada Lovelace", await AwsSdkGetItemAsync(), "AWSSDK GetItem");
        Expect.Equal(2, await RawPutItemAsync(), "raw PutItem body length");
        Expect.Equal(200, await OursPutItemAsync(), "our PutItem");
        Expect.Equal(200, await AwsSdkPutItemAsync(), "AWSSDK PutItem");
        Expect.Equal(Stub.StubRoutes.QueryBody.Length, await RawQueryAsync(), "raw Query body length");
        Expect.Equal(SampleItems.QueryPageSize, await OursQueryAsync(), "our Query items");
        Expect.Equal(SampleItems.QueryPageSize, await AwsSdkQueryAsync(), "AWSSDK Query items");
    }
}
