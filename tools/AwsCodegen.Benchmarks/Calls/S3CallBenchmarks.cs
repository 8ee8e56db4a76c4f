using System;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace AwsCodegen.Benchmarks.Calls;

/// <summary>A whole S3 call against the stub: ours and AWSSDK (with its defaults), each against the raw HttpClient floor.</summary>
public class S3CallBenchmarks : CallBenchmarks<S3Calls>
{
    protected override S3Calls Create(Uri endpoint) => new(endpoint);

    [Benchmark(Baseline = true), BenchmarkCategory("S3 PutObject 1 KiB")]
    public Task<int> PutObject1K_Raw() => Calls.RawPutObjectAsync();

    [Benchmark, BenchmarkCategory("S3 PutObject 1 KiB")]
    public Task<string?> PutObject1K_Ours() => Calls.OursPutObjectAsync();

    [Benchmark, BenchmarkCategory("S3 PutObject 1 KiB")]
    public Task<string?> PutObject1K_AwsSdk() => Calls.AwsSdkPutObjectAsync();

    /// <summary>Not a target: AWSSDK with its streaming (aws-chunked) payload signature off, to show what that costs it.</summary>
    [Benchmark, BenchmarkCategory("S3 PutObject 1 KiB")]
    public Task<string?> PutObject1K_AwsSdkUnchunked() => Calls.AwsSdkPutObjectAsync(useChunkEncoding: false);

    [Benchmark(Baseline = true), BenchmarkCategory("S3 GetObject 1 KiB")]
    public Task<long> GetObject1K_Raw() => Calls.RawGetSmallObjectAsync();

    [Benchmark, BenchmarkCategory("S3 GetObject 1 KiB")]
    public Task<long> GetObject1K_Ours() => Calls.OursGetSmallObjectAsync();

    [Benchmark, BenchmarkCategory("S3 GetObject 1 KiB")]
    public Task<long> GetObject1K_AwsSdk() => Calls.AwsSdkGetSmallObjectAsync();

    [Benchmark(Baseline = true), BenchmarkCategory("S3 GetObject 1 MiB")]
    public Task<long> GetObject1M_Raw() => Calls.RawGetLargeObjectAsync();

    [Benchmark, BenchmarkCategory("S3 GetObject 1 MiB")]
    public Task<long> GetObject1M_Ours() => Calls.OursGetLargeObjectAsync();

    [Benchmark, BenchmarkCategory("S3 GetObject 1 MiB")]
    public Task<long> GetObject1M_AwsSdk() => Calls.AwsSdkGetLargeObjectAsync();
}
