using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters.Json;
using Perfolizer.Horology;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace AwsCodegen.Benchmarks;

/// <summary>
/// One job for every benchmark, sized for a shared 2-core machine: a run of the whole suite takes minutes, not hours.
/// Fifteen 250 ms iterations after three warm-ups give a median that is stable to a few percent for calls of tens to
/// hundreds of microseconds; the memory diagnoser's count is process-wide (GC.GetTotalAllocatedBytes(precise: true)),
/// so socket and HttpClient work on pool threads is counted too.
/// In-process: the default toolchain would build a copy of this project and everything it references (the generated
/// services among them) into a new folder for every run, which takes longer than its build timeout on a busy 2-core
/// machine. The stub runs in its own process instead, so the process measured holds only the clients.
/// </summary>
public static class BenchmarkConfig
{
    public static IConfig Create() =>
        DefaultConfig.Instance
            .AddJob(Job.Default
                .WithLaunchCount(1)
                .WithWarmupCount(3)
                .WithIterationCount(15)
                .WithIterationTime(TimeInterval.FromMilliseconds(250))
                .WithToolchain(InProcessEmitToolchain.Instance)
                .AsDefault())
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Median, StatisticColumn.P95)
            .AddExporter(JsonExporter.Brief);
}
