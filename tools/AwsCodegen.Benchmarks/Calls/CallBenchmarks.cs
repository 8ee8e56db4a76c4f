using System;
using System.Threading.Tasks;
using AwsCodegen.Benchmarks.Fixtures;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace AwsCodegen.Benchmarks.Calls;

/// <summary>
/// Whole calls against the stub, grouped by operation, each group with the raw HttpClient floor as its baseline. The
/// setup sends every call once and checks the answer, so a misconfigured client fails the run instead of being timed
/// on an error path.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public abstract class CallBenchmarks<TCalls>
    where TCalls : IVerifiedCalls
{
    protected TCalls Calls { get; private set; } = default!;

    protected abstract TCalls Create(Uri endpoint);

    [GlobalSetup]
    public async Task SetupAsync()
    {
        Calls = Create(StubEndpoint.Get());
        await Calls.VerifyAsync();
    }

    [GlobalCleanup]
    public void Cleanup() => Calls.Dispose();
}
