using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using AwsCodegen.Runtime;

namespace AwsCodegen.Cli.Engine;

/// <summary>
/// One pooled handler per set of settings that make connections differ (TLS verification, CA bundle, connect timeout),
/// shared by every client the engine makes: the connections, and their TLS sessions, outlive a command.
/// </summary>
public sealed class TransportCache : IDisposable
{
    private readonly ConcurrentDictionary<TransportKey, Lazy<SocketsHttpHandler>> _handlers = new();

    public readonly record struct TransportKey(bool VerifySsl, string? CaBundle, DateTime CaBundleWritten, int ConnectTimeoutSeconds);

    public static TransportKey KeyFor(bool verifySsl, string? caBundle, int? connectTimeoutSeconds)
    {
        DateTime written = default;
        if (caBundle is not null)
        {
            if (!File.Exists(caBundle)) throw CliException.Configuration($"The CA bundle '{caBundle}' does not exist.");
            written = File.GetLastWriteTimeUtc(caBundle);
        }
        // aws-cli: 0 means no timeout; unset is 60 s.
        return new TransportKey(verifySsl, caBundle, written, connectTimeoutSeconds ?? 60);
    }

    public HttpMessageHandler Get(TransportKey key) =>
        _handlers.GetOrAdd(key, k => new Lazy<SocketsHttpHandler>(() => Create(k))).Value;

    private static SocketsHttpHandler Create(TransportKey key)
    {
        var handler = SharedHandlers.CreatePooledHandler();
        handler.ConnectTimeout = key.ConnectTimeoutSeconds == 0 ? System.Threading.Timeout.InfiniteTimeSpan : TimeSpan.FromSeconds(key.ConnectTimeoutSeconds);
        if (!key.VerifySsl)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = static (_, _, _, _) => true;
        }
        else if (key.CaBundle is { } bundle)
        {
            // Read on the first TLS handshake, not here: AWS_CA_BUNDLE is often set machine-wide, and parsing a few
            // hundred PEM certificates (and loading OpenSSL for it) costs a plain-HTTP command ~40 ms for nothing.
            // The Lazy caches a failure too, so a bad bundle fails every handshake with the same message.
            var trusted = new Lazy<X509Certificate2Collection>(() => ReadBundle(bundle));
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
            {
                if (certificate is null) return false;
                if ((errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != 0) return false;
                using var chain = new X509Chain();
                chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                chain.ChainPolicy.CustomTrustStore.AddRange(trusted.Value);
                chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                return chain.Build(new X509Certificate2(certificate));
            };
        }
        return handler;
    }

    private static X509Certificate2Collection ReadBundle(string bundle)
    {
        var trusted = new X509Certificate2Collection();
        try
        {
            trusted.ImportFromPemFile(bundle);
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or IOException)
        {
            throw CliException.Configuration($"The CA bundle '{bundle}' could not be read: {e.Message}", e);
        }
        // ImportFromPemFile skips what it cannot parse; a bundle that trusts nothing is a mistake to name, not a
        // handshake failure to puzzle over.
        if (trusted.Count == 0) throw CliException.Configuration($"The CA bundle '{bundle}' could not be read: it holds no PEM certificate.");
        return trusted;
    }

    public void Dispose()
    {
        foreach (var handler in _handlers.Values)
            if (handler.IsValueCreated) handler.Value.Dispose();
        _handlers.Clear();
    }
}
