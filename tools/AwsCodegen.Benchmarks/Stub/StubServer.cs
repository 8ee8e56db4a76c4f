using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace AwsCodegen.Benchmarks.Stub;

/// <summary>
/// The local server both SDKs and the raw HttpClient floor talk to: plain HTTP/1.1 with keep-alive on 127.0.0.1,
/// answering from <see cref="StubRoutes"/>. A TcpListener, not Kestrel or HttpListener, so that the server side is a
/// few hundred lines that do the least possible work per request.
/// </summary>
public sealed class StubServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<Socket, byte> _connections = new();
    private readonly Task _acceptLoop;

    private StubServer(TcpListener listener)
    {
        _listener = listener;
        _acceptLoop = AcceptLoopAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public Uri BaseUri => new($"http://127.0.0.1:{Port}/");

    /// <summary>Called with each request before it is answered (the smoke check prints what every client sent).</summary>
    public Action<StubRequest, CannedResponse>? Observer { get; set; }

    /// <summary>Starts listening on 127.0.0.1 (port 0: a free one).</summary>
    public static StubServer Start(int port = 0)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start(backlog: 128);
        return new StubServer(listener);
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            socket.NoDelay = true;
            _connections.TryAdd(socket, 0);
            _ = ServeAsync(socket);
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        try
        {
            await using var stream = new NetworkStream(socket, ownsSocket: true);
            var connection = new StubConnection(stream);
            while (await connection.ReadRequestAsync(_stop.Token) is { } request)
            {
                var response = StubRoutes.Find(request);
                Observer?.Invoke(request, response);
                await connection.WriteAsync(response.Bytes, _stop.Token);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away mid-request, or the stub is stopping: nothing to answer.
        }
        catch (InvalidDataException e)
        {
            Console.Error.WriteLine(e.Message);
        }
        finally
        {
            _connections.TryRemove(socket, out _);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        foreach (var socket in _connections.Keys) socket.Dispose();
        await _acceptLoop.ConfigureAwait(false);
        _stop.Dispose();
    }
}
