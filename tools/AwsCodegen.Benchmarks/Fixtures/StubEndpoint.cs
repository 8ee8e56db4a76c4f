using System;

namespace AwsCodegen.Benchmarks.Fixtures;

/// <summary>
/// Where the stub listens. Program starts the stub process and passes its address in this environment variable, which
/// also lets a benchmark run against a stub started by hand.
/// </summary>
public static class StubEndpoint
{
    public const string EnvironmentVariable = "AWSCG_BENCH_STUB_URL";

    public static Uri Get() =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } url
            ? new Uri(url)
            : throw new InvalidOperationException(
                $"{EnvironmentVariable} is not set: run the benchmarks through AwsCodegen.Benchmarks (it starts the stub), or start one with 'AwsCodegen.Benchmarks stub' and set it.");
}
