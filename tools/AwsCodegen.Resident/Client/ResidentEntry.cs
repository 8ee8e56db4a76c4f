using System;
using System.Text;
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
    public static int? TryRun(ClientCommand command, EngineCommand engine)
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
        if (control) return Control(command, engine, paths);
        // The shell is interactive and resident already (one process, warm clients for all its lines): in-process.
        if (!settings.Enabled || arguments is ["daemon", "run", ..] or ["shell", ..] || IsFcliCoprocess(command)) return null;
        try
        {
            using var connection = new DaemonConnector(paths, engine).Connect(start: true, command.Environment);
            return CommandForwarder.Run(connection!, command.ToRequest());
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
    private static int Control(ClientCommand command, EngineCommand engine, ResidentPaths paths)
    {
        var arguments = command.Arguments;
        if (arguments is not ["daemon", "start" or "stop" or "status"])
            return Fail("usage: awscg daemon start|stop|status", 252);
        bool start = arguments[1] == "start";
        try
        {
            using var connection = new DaemonConnector(paths, engine).Connect(start, command.Environment);
            if (connection is null)
            {
                string line = $"awscg daemon: not running (socket {paths.Socket})\n";
                RawIo.WriteAll(1, Encoding.UTF8.GetBytes(line));
                return arguments[1] == "stop" ? 0 : 3;
            }
            return CommandForwarder.Run(connection, command.ToRequest());
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
