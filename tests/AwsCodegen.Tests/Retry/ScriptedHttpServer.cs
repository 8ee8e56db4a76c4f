using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace AwsCodegen.Tests.Retry;

/// <summary>One request as the scripted server received it.</summary>
internal sealed record ReceivedRequest(string Method, string Target, Dictionary<string, string> Headers, byte[] Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;
}

/// <summary>What the server does with one request.</summary>
internal abstract record ServerAction
{
    /// <summary>A complete response; the connection stays open for the next request.</summary>
    public sealed record Respond(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null) : ServerAction;

    /// <summary>Closes the connection with a TCP reset, without a response.</summary>
    public sealed record Reset : ServerAction;

    /// <summary>Sends nothing until the server is disposed.</summary>
    public sealed record Stall : ServerAction;

    /// <summary>Headers promising <c>Content-Length</c> of the whole body, then only its first half, then close.</summary>
    public sealed record Truncate(int Status, string Body) : ServerAction;

    /// <summary>A response with no Content-Length, closed after the given body (a body that looks complete to HTTP).</summary>
    public sealed record CloseDelimited(int Status, string Body) : ServerAction;

    public static ServerAction Ok(string body = "{}") => new Respond(200, body);

    public static ServerAction Error(int status, string code, string message = "scripted", IReadOnlyDictionary<string, string>? headers = null) =>
        new Respond(status, $"{{\"__type\":\"com.amazonaws.dynamodb.v20120810#{code}\",\"message\":\"{message}\"}}", headers);
}

/// <summary>
/// A tiny HTTP/1.1 server on 127.0.0.1 that plays a script: each request takes the next action (then the fallback).
/// It can answer, reset the connection, stall, truncate a body, and send any Date header. Enough of HTTP/1.1 for
/// the SDK's requests: Content-Length and chunked bodies, keep-alive.
/// </summary>
internal sealed class ScriptedHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly ConcurrentQueue<ServerAction> _script = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;
    private readonly ConcurrentBag<TcpClient> _clients = new();

    public ScriptedHttpServer(params ServerAction[] script)
    {
        foreach (var action in script) _script.Enqueue(action);
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Endpoint = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _acceptLoop = Task.Run(AcceptLoopAsync);
    }

    public Uri Endpoint { get; }

    /// <summary>What to do once the script is used up.</summary>
    public ServerAction Fallback { get; set; } = ServerAction.Ok();

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    public int RequestCount => Requests.Count;

    public void Enqueue(params ServerAction[] actions)
    {
        foreach (var action in actions) _script.Enqueue(action);
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception)
            {
                return;
            }
            _clients.Add(client);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        try
        {
            var stream = client.GetStream();
            var reader = new BufferedReader(stream);
            while (!_stop.IsCancellationRequested)
            {
                var request = await ReadRequestAsync(reader).ConfigureAwait(false);
                if (request is null) break;
                Requests.Enqueue(request);
                var action = _script.TryDequeue(out var next) ? next : Fallback;
                if (!await PlayAsync(client, stream, action).ConfigureAwait(false)) break;
            }
        }
        catch (Exception)
        {
            // The client went away or the server is stopping.
        }
        finally
        {
            client.Dispose();
        }
    }

    /// <summary>Plays one action; returns whether the connection stays open.</summary>
    private async Task<bool> PlayAsync(TcpClient client, NetworkStream stream, ServerAction action)
    {
        switch (action)
        {
            case ServerAction.Respond r:
            {
                var body = Encoding.UTF8.GetBytes(r.Body);
                var head = Head(r.Status, r.Headers, body.Length);
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head)).ConfigureAwait(false);
                await stream.WriteAsync(body).ConfigureAwait(false);
                return true;
            }
            case ServerAction.Reset:
                client.Client.LingerState = new LingerOption(true, 0);
                client.Client.Close();
                return false;
            case ServerAction.Stall:
                try { await Task.Delay(Timeout.Infinite, _stop.Token).ConfigureAwait(false); } catch (OperationCanceledException) { }
                return false;
            case ServerAction.Truncate t:
            {
                var body = Encoding.UTF8.GetBytes(t.Body);
                await stream.WriteAsync(Encoding.ASCII.GetBytes(Head(t.Status, null, body.Length))).ConfigureAwait(false);
                await stream.WriteAsync(body.AsMemory(0, body.Length / 2)).ConfigureAwait(false);
                await stream.FlushAsync().ConfigureAwait(false);
                client.Client.Shutdown(SocketShutdown.Both);
                return false;
            }
            case ServerAction.CloseDelimited c:
            {
                string head = $"HTTP/1.1 {c.Status} Scripted\r\nContent-Type: application/x-amz-json-1.0\r\nConnection: close\r\nDate: {DateTimeOffset.UtcNow.ToString("r", CultureInfo.InvariantCulture)}\r\n\r\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head)).ConfigureAwait(false);
                await stream.WriteAsync(Encoding.UTF8.GetBytes(c.Body)).ConfigureAwait(false);
                await stream.FlushAsync().ConfigureAwait(false);
                client.Client.Shutdown(SocketShutdown.Both);
                return false;
            }
            default:
                throw new InvalidOperationException(action.ToString());
        }
    }

    private static string Head(int status, IReadOnlyDictionary<string, string>? headers, int length)
    {
        var sb = new StringBuilder();
        sb.Append("HTTP/1.1 ").Append(status.ToString(CultureInfo.InvariantCulture)).Append(" Scripted\r\n");
        sb.Append("Content-Type: application/x-amz-json-1.0\r\n");
        sb.Append("Content-Length: ").Append(length.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
        sb.Append("x-amzn-RequestId: scripted-").Append(Guid.NewGuid().ToString("N")).Append("\r\n");
        bool hasDate = false;
        if (headers is not null)
            foreach (var h in headers)
            {
                sb.Append(h.Key).Append(": ").Append(h.Value).Append("\r\n");
                hasDate |= string.Equals(h.Key, "Date", StringComparison.OrdinalIgnoreCase);
            }
        if (!hasDate) sb.Append("Date: ").Append(DateTimeOffset.UtcNow.ToString("r", CultureInfo.InvariantCulture)).Append("\r\n");
        sb.Append("\r\n");
        return sb.ToString();
    }

    private static async Task<ReceivedRequest?> ReadRequestAsync(BufferedReader reader)
    {
        string? requestLine = await reader.ReadLineAsync().ConfigureAwait(false);
        if (string.IsNullOrEmpty(requestLine)) return null;
        var parts = requestLine.Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (true)
        {
            string? line = await reader.ReadLineAsync().ConfigureAwait(false);
            if (line is null) return null;
            if (line.Length == 0) break;
            int colon = line.IndexOf(':');
            if (colon > 0) headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        byte[] body;
        if (headers.TryGetValue("Content-Length", out var len))
            body = await reader.ReadBytesAsync(int.Parse(len, CultureInfo.InvariantCulture)).ConfigureAwait(false);
        else if (headers.TryGetValue("Transfer-Encoding", out var te) && te.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            using var all = new MemoryStream();
            while (true)
            {
                string sizeLine = await reader.ReadLineAsync().ConfigureAwait(false) ?? throw new EndOfStreamException();
                int size = int.Parse(sizeLine.Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (size == 0)
                {
                    while (!string.IsNullOrEmpty(await reader.ReadLineAsync().ConfigureAwait(false))) { }
                    break;
                }
                all.Write(await reader.ReadBytesAsync(size).ConfigureAwait(false));
                await reader.ReadLineAsync().ConfigureAwait(false);
            }
            body = all.ToArray();
        }
        else body = Array.Empty<byte>();
        return new ReceivedRequest(parts[0], parts.Length > 1 ? parts[1] : "/", headers, body);
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        foreach (var c in _clients) c.Dispose();
        try { await _acceptLoop.ConfigureAwait(false); } catch (Exception) { }
        _stop.Dispose();
    }

    /// <summary>Reads lines and exact byte counts from a network stream.</summary>
    private sealed class BufferedReader
    {
        private readonly Stream _stream;
        private readonly byte[] _buffer = new byte[16384];
        private int _start;
        private int _end;

        public BufferedReader(Stream stream) => _stream = stream;

        private async Task<bool> FillAsync()
        {
            if (_start == _end) _start = _end = 0;
            if (_end == _buffer.Length)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }
            int n = await _stream.ReadAsync(_buffer.AsMemory(_end)).ConfigureAwait(false);
            _end += n;
            return n > 0;
        }

        public async Task<string?> ReadLineAsync()
        {
            var line = new StringBuilder();
            while (true)
            {
                for (; _start < _end; _start++)
                {
                    byte b = _buffer[_start];
                    if (b == (byte)'\n')
                    {
                        _start++;
                        if (line.Length > 0 && line[^1] == '\r') line.Length--;
                        return line.ToString();
                    }
                    line.Append((char)b);
                }
                if (!await FillAsync().ConfigureAwait(false)) return line.Length == 0 ? null : line.ToString();
            }
        }

        public async Task<byte[]> ReadBytesAsync(int count)
        {
            var result = new byte[count];
            int got = 0;
            while (got < count)
            {
                if (_start == _end && !await FillAsync().ConfigureAwait(false)) throw new EndOfStreamException();
                int take = Math.Min(count - got, _end - _start);
                Buffer.BlockCopy(_buffer, _start, result, got, take);
                _start += take;
                got += take;
            }
            return result;
        }
    }
}
