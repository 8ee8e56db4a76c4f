using System;
using System.Security.Cryptography;
using AwsCodegen.Benchmarks.Fixtures;

namespace AwsCodegen.Benchmarks.Stub;

/// <summary>
/// Which canned response answers which request: DynamoDB by its X-Amz-Target, S3 by method and path-style path. The
/// bodies and headers are what the real services send for these calls (less Date and x-amz-crc32, see docs); Query
/// returns a full page of <see cref="SampleItems"/>, the large response of the whole-call benchmarks.
/// </summary>
public static class StubRoutes
{
    /// <summary>The item GetItem returns: a few attributes of the common types, as a real table row would have.</summary>
    public const string GetItemBody =
        """{"Item":{"pk":{"S":"user#42"},"name":{"S":"Ada Lovelace"},"email":{"S":"ada@example.com"},"age":{"N":"36"},"score":{"N":"98.5"},"active":{"BOOL":true},"tags":{"SS":["math","poetry"]}}}""";

    private static readonly (string, string)[] DynamoDbHeaders =
    {
        ("Server", "Server"),
        ("x-amzn-RequestId", "STUB0000000000000000000000000000000000000000000000000"),
        ("Content-Type", "application/x-amz-json-1.0"),
    };

    private static readonly (string, string)[] S3Headers =
    {
        ("Server", "AmazonS3"),
        ("x-amz-request-id", "STUB00000000000000"),
        ("x-amz-id-2", "c3R1Yi1yZXNwb25zZS1mb3ItYmVuY2htYXJrcw=="),
    };

    public static readonly CannedResponse GetItem = Json("GetItem", GetItemBody);
    public static readonly CannedResponse PutItem = Json("PutItem", "{}");
    public static readonly byte[] QueryBody = DynamoDbJson.QueryResponse(SampleItems.Create(SampleItems.QueryPageSize));
    public static readonly CannedResponse Query = CannedResponse.Create("Query", 200, "OK", DynamoDbHeaders, QueryBody);
    /// <summary>The ETag S3 gives the 1 KiB upload: the quoted MD5 of its bytes.</summary>
    public static readonly string PutObjectETag = ETag(BenchmarkData.SmallPayload);

    public static readonly CannedResponse PutObject = CannedResponse.Create("PutObject", 200, "OK",
        [.. S3Headers, ("ETag", PutObjectETag)], ReadOnlySpan<byte>.Empty);
    public static readonly CannedResponse GetSmallObject = Object("GetObject 1 KiB", BenchmarkData.SmallPayload);
    public static readonly CannedResponse GetLargeObject = Object("GetObject 1 MiB", BenchmarkData.LargePayload);
    public static readonly CannedResponse NotFound = CannedResponse.Create("NotFound", 404, "Not Found",
        [.. DynamoDbHeaders], """{"__type":"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException","message":"the stub has no canned response for this request"}"""u8);

    public static CannedResponse Find(StubRequest request)
    {
        if (request.Header("X-Amz-Target") is { } target)
        {
            return target switch
            {
                "DynamoDB_20120810.GetItem" => GetItem,
                "DynamoDB_20120810.PutItem" => PutItem,
                "DynamoDB_20120810.Query" => Query,
                _ => NotFound,
            };
        }
        string path = request.Path;
        string bucketPrefix = "/" + BenchmarkData.Bucket + "/";
        if (!path.StartsWith(bucketPrefix, StringComparison.Ordinal)) return NotFound;
        string key = path[bucketPrefix.Length..];
        return (request.Method, key) switch
        {
            ("PUT", BenchmarkData.PutKey) => PutObject,
            ("GET", BenchmarkData.SmallObjectKey) => GetSmallObject,
            ("GET", BenchmarkData.LargeObjectKey) => GetLargeObject,
            _ => NotFound,
        };
    }

    private static CannedResponse Json(string name, string body) =>
        CannedResponse.Create(name, 200, "OK", DynamoDbHeaders, System.Text.Encoding.UTF8.GetBytes(body));

    private static CannedResponse Object(string name, byte[] body) =>
        CannedResponse.Create(name, 200, "OK",
            [.. S3Headers, ("Last-Modified", "Wed, 01 Jan 2025 00:00:00 GMT"), ("ETag", ETag(body)), ("Accept-Ranges", "bytes"), ("Content-Type", "application/octet-stream")],
            body);

    private static string ETag(byte[] body) => "\"" + Convert.ToHexStringLower(MD5.HashData(body)) + "\"";
}
