using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Net.Sockets;
using System.Threading;
using AwsCodegen.Resident.Protocol;
using AwsCodegen.Resident.Unix;

namespace AwsCodegen.Resident.Client;

/// <summary>A connection whose handshake the daemon accepted: the command may be sent on it.</summary>
public sealed record DaemonConnection(FrameConnection Frames, Welcome Welcome, PeerCredentials Peer) : IDisposable
{
    public void Dispose() => Frames.Dispose();
}

/// <summary>
/// Finds this build's daemon, or starts one. Start-up holds the lock across check, start and bind, so fifty cold
/// clients end with one daemon. A socket file is removed only while the lock is held and a connect to it was refused
/// (a dead daemon's); a live daemon is never orphaned. A daemon of another build is asked to give way and replaced.
/// Synchronous, as the thin client is: a blocking connect and a receive timeout on the socket, no thread pool.
/// </summary>
public sealed class DaemonConnector
{
    public static readonly TimeSpan HandshakeTimeout = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan GiveWayTimeout = TimeSpan.FromSeconds(3);

    private readonly ResidentPaths _paths;
    private readonly EngineCommand _engine;
    private readonly string _buildId;

    public DaemonConnector(ResidentPaths paths, EngineCommand engine)
    {
        _paths = paths;
        _engine = engine;
        _buildId = engine.BuildId();
    }

    private enum Outcome { Connected, Absent, Refused, WrongBuild }

    /// <summary>
    /// A connection to this build's daemon. With <paramref name="start"/> false, null when none runs. Throws
    /// <see cref="ResidentException"/> when the daemon cannot be used; <see cref="BypassException"/> when it cannot be
    /// used but the command may run in-process instead (nothing was sent).
    /// </summary>
    public DaemonConnection? Connect(bool start, IReadOnlyDictionary<string, string> environment)
    {
        _paths.Prepare();
        var (outcome, connection) = TryHandshake();
        if (connection is not null) return connection;
        if (!start) return null;

        using var startLock = FileLock.Acquire(_paths.Lock);
        var (again, raced) = TryHandshake();
        if (raced is not null) return raced; // another client started it while we waited for the lock
        if (outcome == Outcome.WrongBuild || again == Outcome.WrongBuild) WaitForOldDaemon();
        else if (again == Outcome.Refused) RemoveDeadSocket();

        using var daemon = Spawn(environment);
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            var (state, ready) = TryHandshake();
            if (ready is not null) return ready;
            if (state == Outcome.WrongBuild) throw new BypassException($"the daemon started from {_engine.Executable} reports another build");
            if (daemon.HasExited && FileStatus.Of(_paths.Socket) is null)
                throw new BypassException($"the daemon exited at start with code {daemon.ExitCode} (its log: {_paths.Log})");
            Thread.Sleep(5);
        }
        throw new BypassException($"the daemon did not listen on {_paths.Socket} within {StartTimeout.TotalSeconds:0} s (its log: {_paths.Log})");
    }

    private (Outcome, DaemonConnection?) TryHandshake()
    {
        if (FileStatus.Of(_paths.Socket) is not { } status) return (Outcome.Absent, null);
        if (!status.IsSocket) throw new ResidentException($"{_paths.Socket} is not a socket; remove it");
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            try
            {
                socket.Connect(new UnixDomainSocketEndPoint(_paths.Socket));
            }
            catch (SocketException e)
            {
                socket.Dispose();
                return (e.SocketErrorCode == SocketError.ConnectionRefused ? Outcome.Refused : Outcome.Absent, null);
            }
            // Before anything is sent (the environment holds credentials): the daemon must be this user's.
            var peer = PeerCredentials.Of(socket);
            if (peer.Uid != PeerCredentials.CurrentUid)
                throw new ResidentException($"the socket {_paths.Socket} is served by uid {peer.Uid} (pid {peer.Pid}), not by you (uid {PeerCredentials.CurrentUid}): refusing to send it your command");
            // A stopped or wedged daemon must not hang the client: the handshake has a deadline, the command none.
            var raw = socket;
            raw.SendTimeout = raw.ReceiveTimeout = (int)HandshakeTimeout.TotalMilliseconds;
            var frames = new FrameConnection(new NetworkStream(raw, ownsSocket: true));
            socket = null!;
            Frame? answer;
            try
            {
                frames.Write(FrameType.Hello, new Hello(FrameLimits.ProtocolVersion, _buildId).Encode());
                answer = frames.Read();
                raw.SendTimeout = raw.ReceiveTimeout = 0;
            }
            catch (IOException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.TimedOut or SocketError.WouldBlock })
            {
                frames.Dispose();
                throw new ResidentException($"the resident daemon (pid {peer.Pid}, socket {_paths.Socket}) did not answer within {HandshakeTimeout.TotalSeconds:0} s; " +
                    $"if it is stopped, 'kill -CONT {peer.Pid}' or 'kill {peer.Pid}', or run with AWSCG_RESIDENT=0");
            }
            catch (Exception e) when (e is IOException or FrameException or SocketException)
            {
                frames.Dispose();
                return (Outcome.Absent, null); // it went away between connect and answer: a daemon shutting down
            }
            switch (answer)
            {
                case { Type: FrameType.Welcome } welcome:
                    return (Outcome.Connected, new DaemonConnection(frames, Welcome.Decode(welcome), peer));
                case { Type: FrameType.Rejected } rejected:
                    frames.Dispose();
                    var reason = Rejected.Decode(rejected);
                    if (reason.Reason == RejectReason.WrongBuild) return (Outcome.WrongBuild, null);
                    if (reason.Reason == RejectReason.ShuttingDown) return (Outcome.Absent, null);
                    throw new ResidentException($"the resident daemon (pid {peer.Pid}) refused the connection: {reason.Message}");
                case null:
                    frames.Dispose();
                    return (Outcome.Absent, null);
                default:
                    frames.Dispose();
                    throw new ResidentException($"the resident daemon (pid {peer.Pid}) answered the handshake with a {answer.Value.Type} frame");
            }
        }
        finally
        {
            socket?.Dispose();
        }
    }

    /// <summary>A daemon of another build was told to give way; it removes its socket at once and ends when its commands do.</summary>
    private void WaitForOldDaemon()
    {
        var waited = Stopwatch.StartNew();
        while (FileStatus.Of(_paths.Socket) is not null)
        {
            if (waited.Elapsed > GiveWayTimeout)
                throw new BypassException($"a daemon of another build holds {_paths.Socket} and did not give way within {GiveWayTimeout.TotalSeconds:0} s");
            Thread.Sleep(5);
        }
    }

    /// <summary>Called with the lock held, after a connect was refused: no daemon listens, so the file is a dead one's.</summary>
    private void RemoveDeadSocket()
    {
        try
        {
            File.Delete(_paths.Socket);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ResidentException($"cannot remove the dead daemon's socket {_paths.Socket}: {e.Message}");
        }
    }

    /// <summary>
    /// Starts <c>engine daemon run</c>. It gets pipes, not our terminal, and a small environment: the commands bring
    /// their own, and credentials in the daemon's environment would be one more place to leak from.
    /// </summary>
    private Process Spawn(IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(_engine.Executable)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = "/",
        };
        foreach (var argument in _engine.LeadingArguments) start.ArgumentList.Add(argument);
        start.ArgumentList.Add("daemon");
        start.ArgumentList.Add("run");
        start.ArgumentList.Add("--detach");
        start.Environment.Clear();
        foreach (var (name, value) in environment)
            if (DaemonEnvironment.Keeps(name)) start.Environment[name] = value;
        start.Environment["AWSCG_RESIDENT_DIR"] = _paths.Directory;
        try
        {
            var process = Process.Start(start) ?? throw new BypassException($"could not start {_engine.Executable}");
            process.StandardInput.Close();
            return process;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new BypassException($"could not start {_engine.Executable}: {e.Message}");
        }
    }
}

/// <summary>What of the first client's environment a daemon starts with: where things are, never credentials.</summary>
public static class DaemonEnvironment
{
    public static bool Keeps(string name) =>
        name is "PATH" or "HOME" or "LANG" or "LC_ALL" or "TMPDIR" or "XDG_RUNTIME_DIR" or "XDG_CONFIG_HOME" or "AWSCG_CONFIG_FILE" or "AWSCG_DAEMON_IDLE_SECONDS"
        || name.StartsWith("DOTNET_", StringComparison.Ordinal);
}

/// <summary>The daemon cannot be used, and nothing was sent: the command may run in-process instead.</summary>
public sealed class BypassException : Exception
{
    public BypassException(string message) : base(message) { }
}
