using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Cli.Engine;
using AwsCodegen.Resident;
using AwsCodegen.Resident.Unix;

namespace AwsCodegen.Cli.Daemon;

/// <summary>
/// The resident daemon: one engine (its clients, connections and credentials shared by every command), a Unix socket
/// in a directory only this user can write, and one session per connection, all at once. It ends when it has been
/// idle for its idle timeout, when its socket file is removed or replaced, or when it retires (<c>daemon stop</c>, or
/// a client of another build): it then stops accepting, removes its socket, and lets running commands finish.
/// </summary>
internal sealed class DaemonHost
{
    private static readonly TimeSpan WatchInterval = TimeSpan.FromMilliseconds(500);
    private readonly Socket _listener = new(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
    private readonly CancellationTokenSource _retire = new();
    private readonly DateTime _started = DateTime.UtcNow;
    private ulong _inode;
    private long _served;
    private int _running;
    private long _lastActivity = Environment.TickCount64;

    public DaemonHost(CommandEngine engine, ResidentPaths paths, string buildId, TimeSpan idleTimeout, DaemonLog log)
    {
        Engine = engine;
        Paths = paths;
        BuildId = buildId;
        IdleTimeout = idleTimeout;
        Log = log;
    }

    public CommandEngine Engine { get; }
    public ResidentPaths Paths { get; }
    public string BuildId { get; }
    public TimeSpan IdleTimeout { get; }
    public DaemonLog Log { get; }
    public TimeSpan Uptime => DateTime.UtcNow - _started;
    public long CommandsServed => Interlocked.Read(ref _served);
    public int CommandsRunning => Volatile.Read(ref _running);
    public bool Retiring => _retire.IsCancellationRequested;

    public async Task<int> RunAsync()
    {
        Paths.Prepare();
        if (!Bind()) return 0;
        Log.Write($"daemon {Environment.ProcessId} listening on {Paths.Socket} (build {BuildId}, idle timeout {IdleTimeout.TotalSeconds:0} s)");
        var watch = WatchAsync();
        var sessions = new List<Task>();
        while (!Retiring)
        {
            Socket connection;
            try
            {
                connection = await _listener.AcceptAsync(_retire.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                break;
            }
            Touch();
            sessions.RemoveAll(t => t.IsCompleted);
            sessions.Add(Task.Run(() => new DaemonSession(this, connection).RunAsync()));
        }
        _listener.Dispose();
        await Task.WhenAll(sessions).ConfigureAwait(false);
        await watch.ConfigureAwait(false);
        Log.Write($"daemon {Environment.ProcessId} exits after {CommandsServed} commands");
        return 0;
    }

    /// <summary>
    /// Binds the socket. An existing file is a live daemon's (then this one leaves) or a dead one's: only a refused
    /// connect makes it dead, and only then is it removed. Socket.Bind itself never removes a path.
    /// </summary>
    private bool Bind()
    {
        if (FileStatus.Of(Paths.Socket) is { } existing)
        {
            if (!existing.IsSocket) throw new ResidentException($"{Paths.Socket} exists and is not a socket");
            using (var probe = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified))
            {
                try
                {
                    probe.Connect(new UnixDomainSocketEndPoint(Paths.Socket));
                    Log.Write($"daemon {Environment.ProcessId}: another daemon already listens on {Paths.Socket}; leaving");
                    return false;
                }
                catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionRefused)
                {
                    File.Delete(Paths.Socket);
                }
            }
        }
        try
        {
            _listener.Bind(new UnixDomainSocketEndPoint(Paths.Socket));
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            Log.Write($"daemon {Environment.ProcessId}: {Paths.Socket} was taken while starting; leaving");
            return false;
        }
#pragma warning disable CA1416 // the daemon is Linux-only (Unix sockets)
        File.SetUnixFileMode(Paths.Socket, UnixFileMode.UserRead | UnixFileMode.UserWrite);
#pragma warning restore CA1416
        _inode = FileStatus.Of(Paths.Socket)?.Inode ?? 0;
        _listener.Listen(512);
        return true;
    }

    /// <summary>Every half second: is the socket file still ours, and has the daemon been idle too long?</summary>
    private async Task WatchAsync()
    {
        while (!Retiring)
        {
            try
            {
                await Task.Delay(WatchInterval, _retire.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            if (FileStatus.Of(Paths.Socket)?.Inode != _inode)
            {
                Log.Write($"daemon {Environment.ProcessId}: its socket {Paths.Socket} was removed or replaced");
                Retire(removeSocket: false);
            }
            else if (CommandsRunning == 0 && TimeSpan.FromMilliseconds(Environment.TickCount64 - Interlocked.Read(ref _lastActivity)) > IdleTimeout)
            {
                Log.Write($"daemon {Environment.ProcessId}: idle for {IdleTimeout.TotalSeconds:0} s");
                Retire(removeSocket: true);
            }
        }
    }

    /// <summary>Stops accepting and (if it is still ours) removes the socket at once, so the next client starts a new daemon; running commands finish.</summary>
    public void Retire(bool removeSocket = true)
    {
        lock (_retire)
        {
            if (Retiring) return;
            if (removeSocket && FileStatus.Of(Paths.Socket)?.Inode == _inode)
            {
                try
                {
                    File.Delete(Paths.Socket);
                }
                catch (IOException)
                {
                    // Gone already.
                }
            }
            _retire.Cancel();
        }
    }

    public void CommandStarted()
    {
        Interlocked.Increment(ref _running);
        Touch();
    }

    public void CommandEnded()
    {
        Interlocked.Increment(ref _served);
        Interlocked.Decrement(ref _running);
        Touch();
    }

    private void Touch() => Interlocked.Exchange(ref _lastActivity, Environment.TickCount64);
}
