using System.Collections.Generic;
using System.IO;
using AwsCodegen.Benchmarks.Calls;
using AwsCodegen.Benchmarks.Fixtures;
using AwsCodegen.Runtime.Endpoints;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace AwsCodegen.Benchmarks.Micro;

/// <summary>
/// One endpoint resolution from the endpoint rules: our interpreter over the rule sets in models/ (compiled once, as a
/// client would), against AWSSDK's rules compiled to C#. DynamoDB in us-east-1; S3 with a bucket in us-west-2, which walks
/// far into S3's large rule set before it reaches the virtual-hosted endpoint. Neither side caches results here.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class EndpointResolutionBenchmarks
{
    private EndpointResolver _ourDynamoDb = null!;
    private EndpointResolver _ourS3 = null!;
    private Dictionary<string, EndpointParameterValue> _ourDynamoDbParameters = null!;
    private Dictionary<string, EndpointParameterValue> _ourS3Parameters = null!;
    private Amazon.DynamoDBv2.Internal.AmazonDynamoDBEndpointProvider _awsSdkDynamoDb = null!;
    private Amazon.S3.Internal.AmazonS3EndpointProvider _awsSdkS3 = null!;
    private Amazon.DynamoDBv2.Endpoints.DynamoDBEndpointParameters _awsSdkDynamoDbParameters = null!;
    private Amazon.S3.Endpoints.S3EndpointParameters _awsSdkS3Parameters = null!;

    [GlobalSetup]
    public void Setup()
    {
        _ourDynamoDb = Resolver("dynamodb");
        _ourS3 = Resolver("s3");
        _ourDynamoDbParameters = new() { ["Region"] = "us-east-1", ["UseFIPS"] = false, ["UseDualStack"] = false };
        _ourS3Parameters = new()
        {
            ["Region"] = "us-west-2", ["Bucket"] = BenchmarkData.Bucket, ["UseFIPS"] = false, ["UseDualStack"] = false,
            ["ForcePathStyle"] = false, ["Accelerate"] = false, ["UseGlobalEndpoint"] = false,
        };

        _awsSdkDynamoDb = new();
        _awsSdkS3 = new();
        _awsSdkDynamoDbParameters = new() { Region = "us-east-1", UseFIPS = false, UseDualStack = false };
        _awsSdkS3Parameters = new()
        {
            Region = "us-west-2", Bucket = BenchmarkData.Bucket, UseFIPS = false, UseDualStack = false,
            ForcePathStyle = false, Accelerate = false, UseGlobalEndpoint = false,
        };

        Expect.Equal("https://dynamodb.us-east-1.amazonaws.com", DynamoDb_Ours(), "our DynamoDB endpoint");
        Expect.Equal(DynamoDb_Ours(), DynamoDb_AwsSdk(), "AWSSDK DynamoDB endpoint");
        Expect.Equal("https://bench-bucket.s3.us-west-2.amazonaws.com", S3_Ours(), "our S3 endpoint");
        Expect.Equal(S3_Ours(), S3_AwsSdk(), "AWSSDK S3 endpoint");
    }

    private static EndpointResolver Resolver(string service) =>
        new(EndpointRuleSet.Parse(File.ReadAllText(RepositoryFiles.Model(service, "endpoint-rule-set-1.json"))), Partitions.Default);

    [Benchmark(Baseline = true), BenchmarkCategory("Endpoint DynamoDB")]
    public string DynamoDb_AwsSdk() => _awsSdkDynamoDb.ResolveEndpoint(_awsSdkDynamoDbParameters).URL;

    [Benchmark, BenchmarkCategory("Endpoint DynamoDB")]
    public string DynamoDb_Ours() => _ourDynamoDb.Resolve(_ourDynamoDbParameters).Url;

    [Benchmark(Baseline = true), BenchmarkCategory("Endpoint S3")]
    public string S3_AwsSdk() => _awsSdkS3.ResolveEndpoint(_awsSdkS3Parameters).URL;

    [Benchmark, BenchmarkCategory("Endpoint S3")]
    public string S3_Ours() => _ourS3.Resolve(_ourS3Parameters).Url;
}
