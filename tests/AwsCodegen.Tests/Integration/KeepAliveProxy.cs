using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace AwsCodegen.Tests.Integration;

/// <summary>
/// A forwarding proxy on 127.0.0.1 that keeps client connections alive. moto's server (Werkzeug) answers every
/// request with "Connection: close", so a client talking to it directly must open a connection per call; through
/// this proxy the client's own connection reuse can be observed while moto still serves (and checks the signature
/// of) every request. The Host header is forwarded unchanged, so the client's signature still verifies.
/// </summary>
internal sealed class KeepAliveProxy : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly HttpClient _upstream;
    private readonly Uri _target;
    private readonly Task _loop;

    private KeepAliveProxy(Uri target, int port)
    {
        _target = target;
        Endpoint = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Endpoint.ToString());
        _listener.Start();
        _upstream = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false, UseCookies = false, AutomaticDecompression = DecompressionMethods.None });
        _loop = Task.Run(AcceptLoopAsync);
    }

    /// <summary>Where clients connect.</summary>
    public Uri Endpoint { get; }

    public static KeepAliveProxy Start(Uri target)
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new KeepAliveProxy(target, port);
    }

    private async Task AcceptLoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => ForwardAsync(context));
        }
    }

    private async Task ForwardAsync(HttpListenerContext context)
    {
        var inbound = context.Request;
        var outbound = context.Response;
        try
        {
            using var body = new MemoryStream();
            await inbound.InputStream.CopyToAsync(body).ConfigureAwait(false);
            using var request = new HttpRequestMessage(new HttpMethod(inbound.HttpMethod), new Uri(_target, inbound.RawUrl));
            if (body.Length > 0 || inbound.HasEntityBody) request.Content = new ByteArrayContent(body.ToArray());
            foreach (string? name in inbound.Headers.AllKeys)
            {
                if (name is null || IsHopByHop(name)) continue;
                string? value = inbound.Headers[name];
                if (name.Equals("Host", StringComparison.OrdinalIgnoreCase))
                    request.Headers.Host = value;
                else if (name.StartsWith("Content-", StringComparison.OrdinalIgnoreCase))
                    request.Content?.Headers.TryAddWithoutValidation(name, value);
                else
                    request.Headers.TryAddWithoutValidation(name, value);
            }

            using var response = await _upstream.SendAsync(request).ConfigureAwait(false);
            byte[] payload = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            outbound.StatusCode = (int)response.StatusCode;
            foreach (var header in response.Headers)
                CopyHeader(outbound, header.Key, string.Join(",", header.Value));
            foreach (var header in response.Content.Headers)
                CopyHeader(outbound, header.Key, string.Join(",", header.Value));
            outbound.KeepAlive = true;
            outbound.ContentLength64 = payload.Length;
            await outbound.OutputStream.WriteAsync(payload).ConfigureAwait(false);
            outbound.Close();
        }
        catch (Exception e)
        {
            try
            {
                outbound.StatusCode = 502;
                byte[] text = System.Text.Encoding.UTF8.GetBytes("proxy error: " + e.Message);
                outbound.ContentLength64 = text.Length;
                outbound.OutputStream.Write(text);
                outbound.Close();
            }
            catch (Exception)
            {
                outbound.Abort();
            }
        }
    }

    private static bool IsHopByHop(string name) =>
        name.Equals("Connection", StringComparison.OrdinalIgnoreCase) || name.Equals("Keep-Alive", StringComparison.OrdinalIgnoreCase) ||
        name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase) || name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) ||
        name.Equals("Expect", StringComparison.OrdinalIgnoreCase) || name.Equals("Proxy-Connection", StringComparison.OrdinalIgnoreCase);

    private static void CopyHeader(HttpListenerResponse outbound, string name, string value)
    {
        if (IsHopByHop(name) || name.Equals("Server", StringComparison.OrdinalIgnoreCase) || name.Equals("Date", StringComparison.OrdinalIgnoreCase))
            return;
        try
        {
            outbound.Headers[name] = value;
        }
        catch (ArgumentException)
        {
            // A header HttpListener sets itself.
        }
    }

    public void Dispose()
    {
        try { _listener.Stop(); }
        catch (ObjectDisposedException) { }
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); }
        catch (AggregateException) { }
        _upstream.Dispose();
    }
}
