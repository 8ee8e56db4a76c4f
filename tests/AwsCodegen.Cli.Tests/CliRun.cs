using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using AwsCodegen.Cli.Engine;

namespace AwsCodegen.Cli.Tests;

/// <summary>One in-process command: its exit code and what it wrote.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs the command engine in-process over memory streams, with an empty environment (no profile files).</summary>
public static class CliRun
{
    public static CliResult Run(params string[] args) => Run(args, null);

    public static CliResult Run(string[] args, TerminalInfo? terminal, Dictionary<string, string>? env = null, AwsCodegen.Cli.Help.IPager? pager = null)
    {
        var environment = env ?? new Dictionary<string, string>
        {
            ["HOME"] = Path.Combine(Path.GetTempPath(), "awscg-tests-home-none"),
            ["AWS_CONFIG_FILE"] = "/nonexistent/config",
            ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/credentials",
        };
        using var stdin = new MemoryStream();
        using var stdout = new MemoryStream();
        using var stderr = new MemoryStream();
        var invocation = new CommandInvocation(args, environment, Path.GetTempPath(), stdin, stdout, stderr, terminal) { Pager = pager };
        using var engine = new CommandEngine();
        int code = engine.RunAsync(invocation, CancellationToken.None).GetAwaiter().GetResult();
        return new CliResult(code, Encoding.UTF8.GetString(stdout.ToArray()), Encoding.UTF8.GetString(stderr.ToArray()));
    }
}
