using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Cli.Engine;

namespace AwsCodegen.Cli.Batch;

/// <summary>
/// awscg batch [file|-] [--parallel N]: one command per line, run on the engine's shared clients and connections,
/// up to N at a time. Each command's stdout and stderr are kept whole and written in input order, a command's as soon
/// as it and every command before it have finished, so output never interleaves. A status line per command goes to
/// stderr at the end; the exit code is 0 only if every command succeeded, else the first failure's (in input order).
/// </summary>
public static class BatchCommand
{
    public const string Name = "batch";
    public const int MaxParallel = 64;

    private const string UsageText = "batch [file|-] [--parallel N]";

    public static async Task<int> RunAsync(CommandContext context, IReadOnlyList<string> arguments, CommandEngine engine)
    {
        var (source, parallel) = ParseArguments(arguments);
        var lines = Read(context, source);
        var invocation = context.Invocation;
        var runs = new Task<Outcome>[lines.Count];
        using var gate = new SemaphoreSlim(parallel);
        for (int i = 0; i < lines.Count; i++)
            runs[i] = RunOneAsync(engine, invocation, lines[i], gate, context.CancellationToken);

        var outcomes = new Outcome[lines.Count];
        for (int i = 0; i < runs.Length; i++)
        {
            outcomes[i] = await runs[i].ConfigureAwait(false);
            await invocation.Output.WriteAsync(outcomes[i].Stdout, context.CancellationToken).ConfigureAwait(false);
            await invocation.Error.WriteAsync(outcomes[i].Stderr, context.CancellationToken).ConfigureAwait(false);
        }
        await invocation.Output.FlushAsync(context.CancellationToken).ConfigureAwait(false);
        context.Err.Write(Summary(lines, outcomes, source));

        if (context.CancellationToken.IsCancellationRequested) return ExitCodes.Interrupted;
        foreach (var outcome in outcomes)
            if (outcome.ExitCode != ExitCodes.Success) return outcome.ExitCode;
        return ExitCodes.Success;
    }

    private sealed record Outcome(int ExitCode, byte[] Stdout, byte[] Stderr);

    private static async Task<Outcome> RunOneAsync(CommandEngine engine, Engine.CommandInvocation batch, BatchLine line, SemaphoreSlim gate,
        CancellationToken cancellationToken)
    {
        try
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return new Outcome(ExitCodes.Interrupted, [], []);
        }
        try
        {
            using var stdout = new MemoryStream();
            using var stderr = new MemoryStream();
            // The batch's own stdin holds the batch (or belongs to the user): a command reading stdin sees it empty.
            var invocation = new Engine.CommandInvocation(line.Arguments, batch.Environment, batch.WorkingDirectory, Stream.Null, stdout, stderr);
            int code = await engine.RunAsync(invocation, cancellationToken).ConfigureAwait(false);
            return new Outcome(code, stdout.ToArray(), stderr.ToArray());
        }
        finally
        {
            gate.Release();
        }
    }

    private static (string Source, int Parallel) ParseArguments(IReadOnlyList<string> arguments)
    {
        string? source = null;
        int parallel = 1;
        for (int i = 0; i < arguments.Count; i++)
        {
            string argument = arguments[i];
            if (argument.StartsWith("--parallel", StringComparison.Ordinal))
            {
                string? value = argument == "--parallel" ? (i + 1 < arguments.Count ? arguments[++i] : null)
                    : argument.StartsWith("--parallel=", StringComparison.Ordinal) ? argument["--parallel=".Length..]
                    : throw CliException.Usage($"batch: unknown option {argument}; usage: {UsageText}");
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out parallel) || parallel < 1 || parallel > MaxParallel)
                    throw CliException.Usage($"batch: --parallel takes a whole number from 1 to {MaxParallel}, not '{value}'");
            }
            else if (argument.StartsWith("--", StringComparison.Ordinal))
            {
                throw CliException.Usage($"batch: unknown option {argument}; usage: {UsageText}");
            }
            else if (source is null)
            {
                source = argument;
            }
            else
            {
                throw CliException.Usage($"batch: one file only, got '{source}' and '{argument}'; usage: {UsageText}");
            }
        }
        return (source ?? "-", parallel);
    }

    private static List<BatchLine> Read(CommandContext context, string source)
    {
        if (source == "-" || context.Invocation.StandardStreamFor(context.Invocation.ResolvePath(source)) == context.Invocation.Input)
        {
            using var stdin = new StreamReader(context.Invocation.Input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
            return BatchScript.Parse(stdin, "stdin");
        }
        string path = context.Invocation.ResolvePath(source);
        try
        {
            using var file = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return BatchScript.Parse(file, source);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.Parameter($"batch: cannot read '{source}': {e.Message}", e);
        }
    }

    private static string Summary(List<BatchLine> lines, Outcome[] outcomes, string source)
    {
        int failed = 0;
        foreach (var outcome in outcomes)
            if (outcome.ExitCode != ExitCodes.Success) failed++;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"batch {(source == "-" ? "stdin" : source)}: {lines.Count} commands, {lines.Count - failed} succeeded, {failed} failed\n");
        int width = lines.Count == 0 ? 1 : lines[^1].Number.ToString(CultureInfo.InvariantCulture).Length;
        for (int i = 0; i < lines.Count; i++)
        {
            string status = outcomes[i].ExitCode == ExitCodes.Success ? "ok" : "exit " + outcomes[i].ExitCode.ToString(CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"  line {lines[i].Number.ToString(CultureInfo.InvariantCulture).PadLeft(width)}  {status,-8}  {lines[i].Text}\n");
        }
        return text.ToString();
    }
}
