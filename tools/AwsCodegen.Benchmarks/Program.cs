// AwsCodegen.Benchmarks: our generated clients against AWSSDK v4, both against one local stub server.
//
//   AwsCodegen.Benchmarks [BenchmarkDotNet options]   starts the stub, then runs BenchmarkDotNet (--filter, --list, ...)
//   AwsCodegen.Benchmarks check                       one call per client and operation, printing what the stub received
//   AwsCodegen.Benchmarks stub [--port N]             only the stub, until stdin closes or the process is stopped
//
// run-all.sh beside this file runs everything and writes results/; docs/benchmarks.md explains the numbers.
using System;
using System.Linq;
using System.Threading.Tasks;
using AwsCodegen.Benchmarks;
using AwsCodegen.Benchmarks.Commands;
using AwsCodegen.Benchmarks.Fixtures;
using BenchmarkDotNet.Running;

if (args.Length > 0 && args[0] == "stub") return await StubCommand.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == "check") return await SmokeCheck.RunAsync();

// Benchmarks run in this process (see BenchmarkConfig); the stub runs in a child process so that its work and its
// allocations stay out of the measured process.
using var stub = await StubProcess.StartAsync();
Environment.SetEnvironmentVariable(StubEndpoint.EnvironmentVariable, stub.BaseUri.ToString());
var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfig).Assembly).Run(args, BenchmarkConfig.Create());
// A failed benchmark (an exception in setup, a crashed child) makes the exit code non-zero, so run-all.sh stops.
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Length == 0 || s.Reports.Any(r => !r.Success)) ? 1 : 0;
