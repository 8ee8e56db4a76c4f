using System;
using System.Collections.Generic;
using System.IO;
using AwsCodegen.DynamoDB;
using AwsCodegen.Runtime;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.S3;

namespace AwsCodegen.Benchmarks.Fixtures;

/// <summary>Our generated clients and the requests they send, configured as an application would for a custom endpoint.</summary>
public static class OurSdk
{
    public static AwsClientOptions Options(Uri endpoint) => new()
    {
        Region = BenchmarkData.Region,
        ServiceUrl = endpoint,
        Credentials = new StaticCredentialsProvider(BenchmarkData.AccessKeyId, BenchmarkData.SecretAccessKey),
        // Path-style, like AWSSDK's ForcePathStyle below: the stub sees /bucket/key from both.
        ForcePathStyle = true,
        // As AWSSDK's below: a checksum only where the model requires one or the caller asks, on both sides.
        RequestChecksumCalculation = Runtime.Checksums.RequestChecksumCalculation.WhenRequired,
        ResponseChecksumValidation = Runtime.Checksums.ResponseChecksumValidation.WhenRequired,
    };

    public static DynamoDBClient DynamoDb(Uri endpoint) => new(Options(endpoint));

    public static S3Client S3(Uri endpoint) => new(Options(endpoint));

    public static GetItemRequest GetItem() => new()
    {
        TableName = BenchmarkData.TableName,
        Key = new Dictionary<string, AttributeValue> { [BenchmarkData.PartitionKey] = new() { S = BenchmarkData.PartitionKeyValue } },
    };

    /// <summary>The same attributes that GetItem returns.</summary>
    public static PutItemRequest PutItem() => new()
    {
        TableName = BenchmarkData.TableName,
        Item = new Dictionary<string, AttributeValue>
        {
            [BenchmarkData.PartitionKey] = new() { S = BenchmarkData.PartitionKeyValue },
            ["name"] = new() { S = "Ada Lovelace" },
            ["email"] = new() { S = "ada@example.com" },
            ["age"] = new() { N = "36" },
            ["score"] = new() { N = "98.5" },
            ["active"] = new() { BOOL = true },
            ["tags"] = new() { SS = new List<string> { "math", "poetry" } },
        },
    };

    public static QueryRequest Query() => new()
    {
        TableName = BenchmarkData.TableName,
        KeyConditionExpression = "pk = :pk",
        ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":pk"] = new() { S = BenchmarkData.PartitionKeyValue } },
    };

    public static PutObjectRequest PutObject() => new()
    {
        Bucket = BenchmarkData.Bucket,
        Key = BenchmarkData.PutKey,
        Body = new MemoryStream(BenchmarkData.SmallPayload, writable: false),
        ContentType = "application/octet-stream",
    };

    public static GetObjectRequest GetObject(string key) => new() { Bucket = BenchmarkData.Bucket, Key = key };
}
