using System;
using System.IO;
using System.Text;
using System.Threading;

namespace AwsCodegen.Cli.Engine;

/// <summary>
/// One running command: its invocation, its settings, and UTF-8 writers over its stdout and stderr (Unix newlines,
/// whatever the platform, as aws-cli writes them on Linux).
/// </summary>
public sealed class CommandContext : IDisposable
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public CommandContext(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        Invocation = invocation;
        CancellationToken = cancellationToken;
        Out = new StreamWriter(invocation.Output, s_utf8, 16 * 1024, leaveOpen: true) { NewLine = "\n" };
        Err = new StreamWriter(invocation.Error, s_utf8, 1024, leaveOpen: true) { NewLine = "\n", AutoFlush = true };
        Env = name => invocation.Environment.TryGetValue(name, out var value) ? value : null;
    }

    public CommandInvocation Invocation { get; }
    public CancellationToken CancellationToken { get; }
    public TextWriter Out { get; }
    public TextWriter Err { get; }

    /// <summary>The command's environment, as the runtime's resolvers read it.</summary>
    public Func<string, string?> Env { get; }

    /// <summary>Set once the global options are read.</summary>
    public CliSettings Settings { get; set; } = null!;

    /// <summary>The model name of the operation being called, once known (service errors name it).</summary>
    public string? OperationName { get; set; }

    /// <summary>The attempts the client may make per call, once its client is known (to say when retries ran out).</summary>
    public int MaxAttempts { get; set; } = 1;

    public void Dispose()
    {
        Out.Flush();
        Out.Dispose();
        Err.Dispose();
    }
}
