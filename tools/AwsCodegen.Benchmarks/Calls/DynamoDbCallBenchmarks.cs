using System;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace AwsCodegen.Benchmarks.Calls;

/// <summary>A whole DynamoDB call against the stub: ours and AWSSDK, each against the raw HttpClient floor.</summary>
public class DynamoDbCallBenchmarks : CallBenchmarks<DynamoDbCalls>
{
    protected override DynamoDbCalls Create(Uri endpoint) => new(endpoint);

    [Benchmark(Baseline = true), BenchmarkCategory("DynamoDB GetItem")]
    public Task<int> GetItem_Raw() => Calls.RawGetItemAsync();

    [Benchmark, BenchmarkCategory("DynamoDB GetItem")]
    public Task<string?> GetItem_Ours() => Calls.OursGetItemAsync();

    [Benchmark, BenchmarkCategory("DynamoDB GetItem")]
    public Task<string?> GetItem_AwsSdk() => Calls.AwsSdkGetItemAsync();

    [Benchmark(Baseline = true), BenchmarkCategory("DynamoDB PutItem")]
    public Task<int> PutItem_Raw() => Calls.RawPutItemAsync();

    [Benchmark, BenchmarkCategory("DynamoDB PutItem")]
    public Task<int> PutItem_Ours() => Calls.OursPutItemAsync();

    [Benchmark, BenchmarkCategory("DynamoDB PutItem")]
    public Task<int> PutItem_AwsSdk() => Calls.AwsSdkPutItemAsync();

    /// <summary>Beyond the list: a large (~50 KB) response through the whole call, buffering and parsing included.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("DynamoDB Query 100 items (extra)")]
    public Task<int> Query_Raw() => Calls.RawQueryAsync();

    [Benchmark, BenchmarkCategory("DynamoDB Query 100 items (extra)")]
    public Task<int?> Query_Ours() => Calls.OursQueryAsync();

    [Benchmark, BenchmarkCategory("DynamoDB Query 100 items (extra)")]
    public Task<int?> Query_AwsSdk() => Calls.AwsSdkQueryAsync();
}
