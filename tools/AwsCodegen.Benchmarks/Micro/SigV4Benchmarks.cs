using System;
using System.Text;
using AwsCodegen.Benchmarks.Calls;
using AwsCodegen.Benchmarks.Fixtures;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Http;
using BenchmarkDotNet.Attributes;

namespace AwsCodegen.Benchmarks.Micro;

/// <summary>
/// Signing one DynamoDB PutItem request (204-byte JSON body) with SigV4: canonical request, payload hash, string to
/// sign, signing key, signature and the Authorization header. Each side re-signs one request object, reset the way a
/// fresh request would be: AWSSDK caches the body hash in X-Amz-Content-SHA256, so that header is removed first.
/// </summary>
[CategoriesColumn]
public class SigV4Benchmarks
{
    private static readonly DateTime SigningTime = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly SigV4Options DynamoDbSigning = new();
    private static readonly Uri Endpoint = new("https://dynamodb.us-east-1.amazonaws.com/");
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(
        """{"TableName":"bench","Item":{"pk":{"S":"user#42"},"name":{"S":"Ada Lovelace"},"email":{"S":"ada@example.com"},"age":{"N":"36"},"score":{"N":"98.5"},"active":{"BOOL":true},"tags":{"SS":["math","poetry"]}}}""");

    private AwsHttpRequest _ours = null!;
    private AwsCredentials _credentials = null!;
    private Amazon.Runtime.Internal.DefaultRequest _awsSdk = null!;
    private Amazon.Runtime.Internal.Auth.AWS4Signer _awsSdkSigner = null!;
    private Amazon.DynamoDBv2.AmazonDynamoDBConfig _awsSdkConfig = null!;

    [GlobalSetup]
    public void Setup()
    {
        _credentials = new AwsCredentials(BenchmarkData.AccessKeyId, BenchmarkData.SecretAccessKey, null);
        _ours = new AwsHttpRequest("POST", "/") { Endpoint = Endpoint, Content = RequestContent.FromBytes(Body, "application/x-amz-json-1.0") };
        _ours.Headers.Set("X-Amz-Target", "DynamoDB_20120810.PutItem");
        _ours.Headers.Set("User-Agent", "awscodegen/0.1.0 md/DynamoDB");

        _awsSdkConfig = new Amazon.DynamoDBv2.AmazonDynamoDBConfig { ServiceURL = Endpoint.ToString(), AuthenticationRegion = BenchmarkData.Region };
        _awsSdkSigner = new Amazon.Runtime.Internal.Auth.AWS4Signer();
        _awsSdk = new Amazon.Runtime.Internal.DefaultRequest(new Amazon.DynamoDBv2.Model.PutItemRequest(), "DynamoDBv2")
        {
            HttpMethod = "POST",
            Endpoint = Endpoint,
            ResourcePath = "/",
            Content = Body,
        };
        _awsSdk.Headers["X-Amz-Target"] = "DynamoDB_20120810.PutItem";
        _awsSdk.Headers["Content-Type"] = "application/x-amz-json-1.0";
        _awsSdk.Headers["User-Agent"] = "aws-sdk-dotnet-coreclr/4.0.110.1";

        Expect.Equal(true, Sign_Ours().StartsWith("AWS4-HMAC-SHA256 Credential=", StringComparison.Ordinal), "our Authorization header");
        Expect.Equal(true, Sign_AwsSdk().StartsWith("AWS4-HMAC-SHA256 Credential=", StringComparison.Ordinal), "AWSSDK Authorization header");
    }

    [Benchmark(Baseline = true), BenchmarkCategory("SigV4 sign PutItem")]
    public string Sign_AwsSdk()
    {
        _awsSdk.Headers.Remove("X-Amz-Content-SHA256");
        var result = _awsSdkSigner.SignRequest(_awsSdk, _awsSdkConfig, null, BenchmarkData.AccessKeyId, BenchmarkData.SecretAccessKey, SigningTime);
        return _awsSdk.Headers["Authorization"] = result.ForAuthorizationHeader;
    }

    [Benchmark, BenchmarkCategory("SigV4 sign PutItem")]
    public string Sign_Ours()
    {
        SigV4Signer.Sign(_ours, _credentials, new SigningScope(BenchmarkData.Region, "dynamodb"), SigningTime, DynamoDbSigning);
        return _ours.Headers.Get(SigV4Signer.AuthorizationHeader)!;
    }
}
