using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using AwsCodegen.Cli.Engine;
using AwsCodegen.Resident;
using AwsCodegen.Resident.Unix;

namespace AwsCodegen.Cli.Daemon;

/// <summary>
/// <c>awscg daemon run [--detach]</c>: be the daemon. Clients start it with --detach (its own session, stdio on
/// /dev/null, a log file); run by hand it stays in the foreground and logs to stderr too.
/// </summary>
public static class DaemonCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        bool detach = false;
        foreach (var argument in arguments)
        {
            if (argument == "--detach") detach = true;
            else
            {
                Console.Error.WriteLine($"awscg: daemon run: unknown argument '{argument}' (usage: awscg daemon run [--detach])");
                return ExitCodes.Usage;
            }
        }
        string? Env(string name) => environment.TryGetValue(name, out var value) ? value : null;
        ResidentPaths paths;
        ResidentSettings settings;
        string buildId;
        try
        {
            paths = ResidentPaths.Resolve(Env);
            settings = ResidentSettings.Resolve(Array.Empty<string>(), Env);
            paths.Prepare();
            buildId = EngineCommand.Current("awscg").BuildId();
            if (detach) Detach.FromStarter();
        }
        catch (ResidentException e)
        {
            Console.Error.WriteLine("awscg: daemon: " + e.Message);
            return ExitCodes.Configuration;
        }
        using var log = new DaemonLog(paths.Log, detach ? null : Console.Error);
        // The daemon signs many requests: it hashes with the platform's library from the start, loaded here off the
        // path of its first command (a one-command process hashes in managed code and never loads it).
        _ = System.Threading.Tasks.Task.Run(AwsCodegen.Runtime.Auth.SigV4Crypto.UsePlatformHashing);
        using var engine = new CommandEngine();
        try
        {
            return await new DaemonHost(engine, paths, buildId, settings.IdleTimeout, log).RunAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is ResidentException or IOException or System.Net.Sockets.SocketException)
        {
            log.Write($"daemon {Environment.ProcessId} cannot serve: {e.Message}");
            if (!detach) Console.Error.WriteLine("awscg: daemon: " + e.Message);
            return ExitCodes.Other;
        }
    }
}
