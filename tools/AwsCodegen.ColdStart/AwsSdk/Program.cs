// Cold start, AWSSDK: one DynamoDB GetItem through AWSSDK v4 against the URL given, then exit.
// usage: AwsCodegen.ColdStart.AwsSdk http://127.0.0.1:PORT/
using System;
using System.Collections.Generic;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using AwsCodegen.Benchmarks.Fixtures;
using AwsCodegen.ColdStart;

if (EndpointArgument.Parse(args, "AwsCodegen.ColdStart.AwsSdk") is not { } endpoint) return 2;

using var client = new AmazonDynamoDBClient(
    new BasicAWSCredentials(BenchmarkData.AccessKeyId, BenchmarkData.SecretAccessKey),
    new AmazonDynamoDBConfig { ServiceURL = endpoint.ToString(), AuthenticationRegion = BenchmarkData.Region });
var response = await client.GetItemAsync(new GetItemRequest
{
    TableName = BenchmarkData.TableName,
    Key = new Dictionary<string, AttributeValue> { [BenchmarkData.PartitionKey] = new() { S = BenchmarkData.PartitionKeyValue } },
});
string? name = response.Item is { } item && item.TryGetValue("name", out var value) ? value.S : null;
Console.WriteLine(name);
return name == "Ada Lovelace" ? 0 : 1;
