using System;
using System.IO;
using System.Net;
using System.Net.Security;
using System.Security.Authentication;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;

namespace AwsCodegen.Cli.Tests.Infrastructure;

/// <summary>
/// A TLS terminator on 127.0.0.1 in front of a plain-HTTP server (moto), with a fresh self-signed certificate for
/// 127.0.0.1: what a CA bundle option must make trusted, and what the system roots must refuse.
/// </summary>
public sealed class TlsFront : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly X509Certificate2 _certificate;
    private readonly Uri _backend;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    private TlsFront(Uri backend)
    {
        _backend = backend;
        _certificate = CreateCertificate();
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public static TlsFront Start(Uri backend) => new(backend);

    public Uri Endpoint => new($"https://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");

    /// <summary>The certificate as PEM, the contents of a CA bundle that trusts this front.</summary>
    public string CertificatePem => _certificate.ExportCertificatePem();

    private static X509Certificate2 CreateCertificate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=awscg test front", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        // A certificate with an ephemeral key cannot serve TLS on Linux until it is round-tripped through PKCS#12.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (Exception) when (_stop.IsCancellationRequested) { return; }
            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                await using var tls = new SslStream(client.GetStream());
                await tls.AuthenticateAsServerAsync(_certificate, false, false);
                using var backend = new TcpClient();
                await backend.ConnectAsync(_backend.Host, _backend.Port, _stop.Token);
                var plain = backend.GetStream();
                var up = tls.CopyToAsync(plain, _stop.Token);
                var down = plain.CopyToAsync(tls, _stop.Token);
                await Task.WhenAny(up, down);
            }
            catch (Exception e) when (e is IOException or AuthenticationException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // A client that refuses our certificate ends its handshake: that is the point of some tests.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        try { await _accepting; } catch (OperationCanceledException) { }
        _certificate.Dispose();
        _stop.Dispose();
    }
}
