using System;
using System.Text;
using System.Threading.Tasks;
using AwsCodegen.Resident.Protocol;
using AwsCodegen.Resident.Unix;

namespace AwsCodegen.Resident.Client;

/// <summary>
/// The client's whole decision, shared by the thin client and by the engine when it is its own client (the dotnet
/// tool): run the command in the daemon, answer <c>daemon start|stop|status</c>, or say that it must run in-process.
/// </summary>
public static class ResidentEntry
{
    /// <summary>The command's exit code, or null: run it in-process (resident mode is off, or the daemon was bypassed).</summary>
    public static async Task<int?> TryRunAsync(ClientCommand command, EngineCommand engine)
    {
        var arguments = command.Arguments;
        bool control = arguments is ["daemon", ..] && !(arguments is ["daemon", "run", ..]);
        ResidentSettings settings;
        ResidentPaths paths;
        try
        {
            settings = ResidentSettings.Resolve(arguments, command.Env);
            paths = ResidentPaths.Resolve(command.Env);
        }
        catch (ResidentException e)
        {
            return Fail(e.Message, 253);
        }
        if (control) return await ControlAsync(command, engine, paths).ConfigureAwait(false);
        // The shell is interactive and resident already (one process, warm clients for all its lines): in-process.
        if (!settings.Enabled || arguments is ["daemon", "run", ..] or ["shell", ..] || IsFcliCoprocess(command)) return null;
        try
        {
            await using var connection = await new DaemonConnector(paths, engine).ConnectAsync(start: true, command.Environment).ConfigureAwait(false);
            return await CommandForwarder.RunAsync(connection!, command.ToRequest()).ConfigureAwait(false);
        }
        catch (BypassException e)
        {
            Warn($"awscg: warning: {e.Message}; running the command in-process\n");
            return null;
        }
        catch (ResidentException e)
        {
            return Fail(e.Message, e.ExitCode);
        }
    }

    /// <summary>
    /// <c>daemon start</c> starts one if none runs; <c>stop</c> and <c>status</c> never do. All three end with the
    /// daemon's own answer (its status, or that it stops).
    /// </summary>
    private static async Task<int> ControlAsync(ClientCommand command, EngineCommand engine, ResidentPaths paths)
    {
        var arguments = command.Arguments;
        if (arguments is not ["daemon", "start" or "stop" or "status"])
            return Fail("usage: awscg daemon start|stop|status", 252);
        bool start = arguments[1] == "start";
        try
        {
            await using var connection = await new DaemonConnector(paths, engine).ConnectAsync(start, command.Environment).ConfigureAwait(false);
            if (connection is null)
            {
                string line = $"awscg daemon: not running (socket {paths.Socket})\n";
                RawIo.WriteAll(1, Encoding.UTF8.GetBytes(line));
                return arguments[1] == "stop" ? 0 : 3;
            }
            return await CommandForwarder.RunAsync(connection, command.ToRequest()).ConfigureAwait(false);
        }
        catch (ResidentException e)
        {
            return Fail(e.Message, e.ExitCode);
        }
        catch (BypassException e)
        {
            return Fail(e.Message, 255);
        }
    }

    /// <summary>An FCLI coprocess is resident already (one process, warm clients): it runs in-process, as the engine.</summary>
    private static bool IsFcliCoprocess(ClientCommand command) =>
        command.Env("FCLI_VERSION") is { Length: > 0 } && command.Env("FCLI_REQUEST_FIFO") is { Length: > 0 } && command.Env("FCLI_RESPONSE_FIFO") is { Length: > 0 };

    private static int Fail(string message, int code)
    {
        Warn("awscg: " + message + "\n");
        return code;
    }

    private static void Warn(string text) => RawIo.WriteAll(2, Encoding.UTF8.GetBytes(text));
}
