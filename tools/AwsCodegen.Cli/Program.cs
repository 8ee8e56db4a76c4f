using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using AwsCodegen.Cli.Engine;

// The in-process entry point: the only place that reads the process's environment, directory and console. Everything
// below it takes them as a CommandInvocation.
var environment = new Dictionary<string, string>(StringComparer.Ordinal);
foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
    environment[(string)entry.Key] = (string?)entry.Value ?? "";
// Set by the thin client when it hands a command over to run here; it is not part of the command's environment.
bool handedOver = environment.Remove(AwsCodegen.Resident.EngineCommand.InProcessVariable);

if (args is ["daemon", "run", ..])
    return await AwsCodegen.Cli.Daemon.DaemonCommand.RunAsync(args[2..], environment);
// The engine is also its own client (as a dotnet tool there is no thin client): unless handed a command, it forwards
// it to the resident daemon. FCLI coprocesses are resident already and stay in-process.
if ((!handedOver || args is ["daemon", ..]) && !AwsCodegen.Cli.Coprocess.FcliCoprocess.IsRequested(environment))
{
    var client = AwsCodegen.Resident.Client.ClientCommand.FromStrings(args, environment, Directory.GetCurrentDirectory());
    if (AwsCodegen.Resident.Client.ResidentEntry.TryRun(client, AwsCodegen.Resident.EngineCommand.Current("awscg")) is { } forwarded)
        return forwarded;
}

var terminal = new TerminalInfo(
    StdinIsTerminal: !Console.IsInputRedirected,
    StdoutIsTerminal: !Console.IsOutputRedirected,
    StderrIsTerminal: !Console.IsErrorRedirected,
    Term: environment.TryGetValue("TERM", out var term) ? term : null,
    Columns: Console.IsOutputRedirected ? 80 : SafeWindowWidth(),
    Rows: Console.IsOutputRedirected ? 24 : SafeWindowHeight());

await using var stdin = Console.OpenStandardInput();
await using var stdout = Console.OpenStandardOutput();
await using var stderr = Console.OpenStandardError();
var invocation = new CommandInvocation(args, environment, Directory.GetCurrentDirectory(), stdin, stdout, stderr, terminal)
{
    Pager = new AwsCodegen.Cli.Help.ProcessPager(),
};
using var engine = new CommandEngine();
// The shell reads keys from this process's own terminal and runs each line on this engine; Ctrl-C cancels a line's
// command, not the shell, so it sets up its own handling.
if (args is [AwsCodegen.Cli.Shell.ShellCommand.Name, ..])
    return await AwsCodegen.Cli.Shell.ShellCommand.RunAsync(engine, invocation, new AwsCodegen.Cli.Shell.ConsoleShellTerminal(stdout, stdin));

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl-C cancels the command (exit 130); a second one ends the process the usual way.
    if (cancel.IsCancellationRequested) return;
    e.Cancel = true;
    cancel.Cancel();
};

// FCLI_VERSION with both FIFOs: a coprocess serving one command per request on this one engine.
if (AwsCodegen.Cli.Coprocess.FcliCoprocess.IsRequested(environment))
    return await AwsCodegen.Cli.Coprocess.FcliCoprocess.RunAsync(engine, invocation, cancel.Token);
return await engine.RunAsync(invocation, cancel.Token);

static int SafeWindowWidth()
{
    try { return Console.WindowWidth > 0 ? Console.WindowWidth : 80; }
    catch (IOException) { return 80; }
}

static int SafeWindowHeight()
{
    try { return Console.WindowHeight > 0 ? Console.WindowHeight : 24; }
    catch (IOException) { return 24; }
}
