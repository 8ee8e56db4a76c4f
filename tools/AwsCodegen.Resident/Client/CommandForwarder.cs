using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using AwsCodegen.Resident.Protocol;
using AwsCodegen.Resident.Unix;

namespace AwsCodegen.Resident.Client;

/// <summary>
/// Runs one command on an accepted connection: sends it, then serves the daemon until its Exit frame. stdout and
/// stderr are written as their frames arrive; stdin is read only when the command asks for it; Ctrl-C sends a Cancel
/// (a second one ends the client); a pager runs here, on the user's terminal.
/// </summary>
public static class CommandForwarder
{
    public const int LostDaemon = 255;

    /// <summary>
    /// Synchronous on purpose: the thin client lives for one command, and blocking reads on its main thread cost
    /// nothing where async I/O would start a thread pool and its timers first. Threads come only for what must run
    /// beside the read loop: the signal handlers and, when the command reads stdin, one reader.
    /// </summary>
    public static int Run(DaemonConnection connection, CommandRequest request)
    {
        var frames = connection.Frames;
        int interrupts = 0;
        bool inExec = false;
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            context.Cancel = true;
            if (Volatile.Read(ref inExec)) return; // the pager owns Ctrl-C while it runs
            if (Interlocked.Increment(ref interrupts) > 1) Environment.Exit(130);
            SendQuietly(frames, FrameType.Cancel, default);
        });
        using var resize = PosixSignalRegistration.Create(PosixSignal.SIGWINCH, context =>
        {
            var (columns, rows) = RawIo.TerminalSize();
            SendQuietly(frames, FrameType.Resize, SmallFrames.Size(columns, rows));
        });
        StdinPump? stdin = null;

        // From here on the daemon may start the command: whatever happens, it is never sent again.
        frames.Write(FrameType.Request, request.Encode());
        while (true)
        {
            Frame? frame;
            try
            {
                frame = frames.Read();
            }
            catch (Exception e) when (e is IOException or FrameException or System.Net.Sockets.SocketException or ObjectDisposedException)
            {
                return Lost(connection, e.Message);
            }
            switch (frame)
            {
                case null:
                    return Lost(connection, null);
                case { Type: FrameType.Stdout } output:
                    if (!RawIo.WriteAll(1, output.Payload)) return Abandon(); // | head -1: the reader left
                    break;
                case { Type: FrameType.Stderr } error:
                    RawIo.WriteAll(2, error.Payload);
                    break;
                case { Type: FrameType.StdinRequest } wanted:
                    // A blocking read of the terminal or a pipe, off this loop: a Ctrl-C must still reach the daemon.
                    (stdin ??= new StdinPump(frames)).Request(Math.Clamp(SmallFrames.ReadInt(wanted), 1, FrameLimits.ChunkSize));
                    break;
                case { Type: FrameType.Exec } exec:
                    Volatile.Write(ref inExec, true);
                    var pager = ExecRequest.Decode(exec);
                    bool started = ShellPager.RunAsync(pager.Command, pager.Input).GetAwaiter().GetResult();
                    Volatile.Write(ref inExec, false);
                    frames.Write(FrameType.ExecDone, [(byte)(started ? 1 : 0)]);
                    break;
                case { Type: FrameType.Exit } exit:
                    return SmallFrames.ReadInt(exit);
                default:
                    return Lost(connection, $"unexpected {frame.Value.Type} frame");
            }
        }

        int Abandon()
        {
            frames.Dispose(); // the daemon sees the connection close and cancels the command
            return LostDaemon;
        }
    }

    /// <summary>Sends a frame from a signal handler or the stdin reader; a connection gone by then is the read loop's to report.</summary>
    internal static void SendQuietly(FrameConnection frames, FrameType type, ReadOnlySpan<byte> payload)
    {
        try
        {
            frames.Write(type, payload);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or System.Net.Sockets.SocketException)
        {
            // The connection is gone: the read loop reports it.
        }
    }

    private static int Lost(DaemonConnection connection, string? detail)
    {
        string message = $"awscg: the resident daemon (pid {connection.Welcome.Pid}) closed the connection before the command finished" +
            (detail is null ? "" : $" ({detail})") +
            ". The command may have run in part, so it was not sent again; the next command starts a new daemon.\n";
        RawIo.WriteAll(2, Encoding.UTF8.GetBytes(message));
        return LostDaemon;
    }
}
