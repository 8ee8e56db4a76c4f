using System;
using System.Collections.Generic;
using System.IO;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace AwsCodegen.Benchmarks.Fixtures;

/// <summary>
/// AWSSDK v4 clients and the requests they send, configured like <see cref="OurSdk"/>: the stub's URL, the region for
/// signing, explicit dummy credentials, and path-style S3. Flexible checksums are set to WHEN_REQUIRED on both sides
/// (a checksum only where the model requires one or the caller asks; both default to WHEN_SUPPORTED), so both send and
/// check the same things.
/// </summary>
public static class AwsSdk
{
    public static AWSCredentials Credentials => new BasicAWSCredentials(BenchmarkData.AccessKeyId, BenchmarkData.SecretAccessKey);

    public static AmazonDynamoDBClient DynamoDb(Uri endpoint) => new(Credentials, new AmazonDynamoDBConfig
    {
        ServiceURL = endpoint.ToString(),
        AuthenticationRegion = BenchmarkData.Region,
    });

    public static AmazonS3Client S3(Uri endpoint) => new(Credentials, new AmazonS3Config
    {
        ServiceURL = endpoint.ToString(),
        AuthenticationRegion = BenchmarkData.Region,
        ForcePathStyle = true,
        RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
        ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
    });

    public static GetItemRequest GetItem() => new()
    {
        TableName = BenchmarkData.TableName,
        Key = new Dictionary<string, AttributeValue> { [BenchmarkData.PartitionKey] = new() { S = BenchmarkData.PartitionKeyValue } },
    };

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

    /// <summary>
    /// By default AWSSDK signs an upload over plain HTTP as a stream of signed aws-chunked chunks (and asks for
    /// 100-continue); <paramref name="useChunkEncoding"/> false makes it hash the body once, as we do.
    /// </summary>
    public static PutObjectRequest PutObject(bool useChunkEncoding = true) => new()
    {
        UseChunkEncoding = useChunkEncoding,
        BucketName = BenchmarkData.Bucket,
        Key = BenchmarkData.PutKey,
        InputStream = new MemoryStream(BenchmarkData.SmallPayload, writable: false),
        ContentType = "application/octet-stream",
    };

    public static GetObjectRequest GetObject(string key) => new() { BucketName = BenchmarkData.Bucket, Key = key };
}
