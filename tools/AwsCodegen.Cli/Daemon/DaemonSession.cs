using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Cli.Engine;
using AwsCodegen.Resident.Protocol;
using AwsCodegen.Resident.Unix;

namespace AwsCodegen.Cli.Daemon;

/// <summary>
/// One connection: the peer check, the handshake, one command, its Exit. The command sees only what its client sent
/// (argv, environment, cwd, terminal) and its three frame streams. Whatever the peer does wrong (another user,
/// garbage, a truncated or oversized frame, leaving) ends this connection alone.
/// </summary>
internal sealed class DaemonSession
{
    private static readonly TimeSpan HandshakeTimeout = TimeSpan.FromSeconds(10);
    private readonly DaemonHost _host;
    private readonly Socket _socket;

    public DaemonSession(DaemonHost host, Socket socket)
    {
        _host = host;
        _socket = socket;
    }

    public async Task RunAsync()
    {
        PeerCredentials peer;
        try
        {
            peer = PeerCredentials.Of(_socket);
        }
        catch (Exception e) when (e is SocketException or InvalidOperationException)
        {
            _socket.Dispose();
            return;
        }
        await using var frames = new FrameConnection(new NetworkStream(_socket, ownsSocket: true));
        try
        {
            if (peer.Uid != PeerCredentials.CurrentUid)
            {
                _host.Log.Write($"refused pid {peer.Pid}: uid {peer.Uid} is not this daemon's user");
                await RejectAsync(frames, RejectReason.WrongUser, $"this daemon serves uid {PeerCredentials.CurrentUid} only").ConfigureAwait(false);
                return;
            }
            var hello = await ReadExpectedAsync(frames, FrameType.Hello, HandshakeTimeout).ConfigureAwait(false);
            if (hello is null) return;
            var greeting = Hello.Decode(hello.Value);
            if (greeting.Version != FrameLimits.ProtocolVersion || greeting.BuildId != _host.BuildId)
            {
                _host.Log.Write($"pid {peer.Pid} is of build {greeting.BuildId} (protocol {greeting.Version}); retiring for it");
                await RejectAsync(frames, RejectReason.WrongBuild, $"this daemon is build {_host.BuildId}, protocol {FrameLimits.ProtocolVersion}").ConfigureAwait(false);
                _host.Retire();
                return;
            }
            if (_host.Retiring)
            {
                await RejectAsync(frames, RejectReason.ShuttingDown, "this daemon is stopping").ConfigureAwait(false);
                return;
            }
            await frames.WriteAsync(FrameType.Welcome, new Welcome(FrameLimits.ProtocolVersion, _host.BuildId, Environment.ProcessId).Encode()).ConfigureAwait(false);
            var request = await ReadExpectedAsync(frames, FrameType.Request, HandshakeTimeout).ConfigureAwait(false);
            if (request is null) return;
            await RunCommandAsync(frames, CommandRequest.Decode(request.Value), peer).ConfigureAwait(false);
        }
        catch (FrameException e)
        {
            _host.Log.Write($"pid {peer.Pid}: bad frame: {e.Message}");
            await RejectAsync(frames, e.TooLarge ? RejectReason.TooLarge : RejectReason.Malformed, e.Message).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            _host.Log.Write($"pid {peer.Pid}: connection lost: {e.GetType().Name}");
        }
    }

    private async Task RunCommandAsync(FrameConnection frames, CommandRequest request, PeerCredentials peer)
    {
        var arguments = request.Arguments.Select(a => Encoding.UTF8.GetString(a)).ToList();
        var environment = DecodeEnvironment(request.Environment);
        if (arguments is ["daemon", "status" or "start"])
        {
            await AnswerAsync(frames, DaemonStatus.Text(_host)).ConfigureAwait(false);
            return;
        }
        if (arguments is ["daemon", "stop"])
        {
            await AnswerAsync(frames, $"awscg daemon: stopping (pid {Environment.ProcessId}, {_host.CommandsServed} commands served)\n").ConfigureAwait(false);
            _host.Log.Write($"pid {peer.Pid}: daemon stop");
            _host.Retire();
            return;
        }

        using var cancel = new CancellationTokenSource();
        var stdin = new FrameInputStream(frames);
        var pager = new RemotePager(frames);
        var terminal = new TerminalInfo(request.StdinIsTerminal, request.StdoutIsTerminal, request.StderrIsTerminal,
            environment.TryGetValue("TERM", out var term) ? term : null, request.Columns > 0 ? request.Columns : 80, request.Rows > 0 ? request.Rows : 24);
        var invocation = new CommandInvocation(arguments, environment, Encoding.UTF8.GetString(request.WorkingDirectory), stdin,
            new FrameOutputStream(frames, FrameType.Stdout), new FrameOutputStream(frames, FrameType.Stderr), terminal) { Pager = pager };
        bool clientGone = false;
        var reader = Task.Run(async () =>
        {
            try
            {
                while (await frames.ReadAsync(CancellationToken.None).ConfigureAwait(false) is { } frame)
                {
                    switch (frame.Type)
                    {
                        case FrameType.StdinChunk: stdin.Deliver(frame.Payload); break;
                        case FrameType.StdinEnd: stdin.End(); break;
                        case FrameType.Cancel: cancel.Cancel(); break;
                        case FrameType.ExecDone: pager.Done(frame.Payload is [1]); break;
                        case FrameType.Resize: break; // the size is read once per command; nothing redraws
                        default: throw new FrameException($"a {frame.Type} frame during a command");
                    }
                }
            }
            catch (Exception e) when (e is IOException or FrameException or SocketException or ObjectDisposedException)
            {
                // The client is gone or broke the protocol: same as leaving.
            }
            Volatile.Write(ref clientGone, true);
            try { cancel.Cancel(); } catch (ObjectDisposedException) { }
            stdin.End();
            pager.Done(false);
        });

        var started = Environment.TickCount64;
        _host.CommandStarted();
        int code;
        try
        {
            code = await _host.Engine.RunAsync(invocation, cancel.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            code = ExitCodes.Other; // its client left while it wrote
        }
        finally
        {
            _host.CommandEnded();
        }
        _host.Log.Write($"pid {peer.Pid}: {Describe(arguments)} exit {code} in {Environment.TickCount64 - started} ms" +
            (Volatile.Read(ref clientGone) ? " (client gone)" : "") + $"; env keys: {string.Join(',', environment.Keys.Order(StringComparer.Ordinal))}");
        if (Volatile.Read(ref clientGone)) return;
        await frames.WriteAsync(FrameType.Exit, SmallFrames.Int(code)).ConfigureAwait(false);
        // The client closes first, once it has read Exit: closing here with its late frames unread (a Resize, a second
        // Cancel) would reset the connection and could lose the Exit in flight.
        await Task.WhenAny(reader, Task.Delay(TimeSpan.FromSeconds(5))).ConfigureAwait(false);
    }

    private static async Task AnswerAsync(FrameConnection frames, string text)
    {
        await frames.WriteAsync(FrameType.Stdout, Encoding.UTF8.GetBytes(text)).ConfigureAwait(false);
        await frames.WriteAsync(FrameType.Exit, SmallFrames.Int(0)).ConfigureAwait(false);
    }

    /// <summary>As the in-process entry point reads its environment: NAME=VALUE, split at the first '='; entries without one are skipped.</summary>
    private static Dictionary<string, string> DecodeEnvironment(IReadOnlyList<byte[]> entries)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            int equals = Array.IndexOf(entry, (byte)'=');
            if (equals <= 0) continue;
            environment[Encoding.UTF8.GetString(entry, 0, equals)] = Encoding.UTF8.GetString(entry, equals + 1, entry.Length - equals - 1);
        }
        return environment;
    }

    /// <summary>The service and operation words, when they look like names; never argument values (they may be secrets).</summary>
    private static string Describe(List<string> arguments)
    {
        var words = arguments.TakeWhile(a => a.Length > 0 && a.Length < 64 && a.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')).Take(2);
        return $"[{string.Join(' ', words)}] ({arguments.Count} args)";
    }

    private static async Task<Frame?> ReadExpectedAsync(FrameConnection frames, FrameType expected, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        var frame = await frames.ReadAsync(deadline.Token).ConfigureAwait(false);
        if (frame is null) return null;
        if (frame.Value.Type != expected) throw new FrameException($"expected a {expected} frame, got {frame.Value.Type}");
        return frame;
    }

    private static async Task RejectAsync(FrameConnection frames, RejectReason reason, string message)
    {
        try
        {
            await frames.WriteAsync(FrameType.Rejected, new Rejected(reason, message).Encode()).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            // The peer is gone already.
        }
    }
}
