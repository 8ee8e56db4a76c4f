using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace AwsCodegen.Cli.Engine;

/// <summary>
/// Runs commands. One engine holds what commands share (clients, connections, credentials); each
/// <see cref="RunAsync"/> sees only its own <see cref="CommandInvocation"/>, so many can run at once.
/// </summary>
public sealed class CommandEngine : IDisposable
{
    public async Task<int> RunAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        await using var stderr = new StreamWriter(invocation.Error, new UTF8Encoding(false), leaveOpen: true);
        await stderr.WriteLineAsync("awscg: not implemented yet");
        return ExitCodes.Other;
    }

    public void Dispose()
    {
    }
}
