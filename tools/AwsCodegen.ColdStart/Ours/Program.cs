// Cold start, ours: one DynamoDB GetItem through the generated client against the URL given, then exit.
// usage: AwsCodegen.ColdStart.Ours http://127.0.0.1:PORT/
using System;
using System.Collections.Generic;
using AwsCodegen.Benchmarks.Fixtures;
using AwsCodegen.ColdStart;
using AwsCodegen.DynamoDB;
using AwsCodegen.Runtime;
using AwsCodegen.Runtime.Auth;

if (EndpointArgument.Parse(args, "AwsCodegen.ColdStart.Ours") is not { } endpoint) return 2;

using var client = new DynamoDBClient(new AwsClientOptions
{
    Region = BenchmarkData.Region,
    ServiceUrl = endpoint,
    Credentials = new StaticCredentialsProvider(BenchmarkData.AccessKeyId, BenchmarkData.SecretAccessKey),
});
var response = await client.GetItemAsync(new GetItemRequest
{
    TableName = BenchmarkData.TableName,
    Key = new Dictionary<string, AttributeValue> { [BenchmarkData.PartitionKey] = new() { S = BenchmarkData.PartitionKeyValue } },
});
string? name = response.Item?["name"].S;
Console.WriteLine(name);
return name == "Ada Lovelace" ? 0 : 1;
