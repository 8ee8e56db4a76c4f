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
            var trusted = new X509Certificate2Collection();
            try
            {
                trusted.ImportFromPemFile(bundle);
            }
            catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or IOException)
            {
                throw CliException.Configuration($"The CA bundle '{bundle}' could not be read: {e.Message}", e);
            }
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
            {
                if (certificate is null) return false;
                if ((errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != 0) return false;
                using var chain = new X509Chain();
                chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                chain.ChainPolicy.CustomTrustStore.AddRange(trusted);
                chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                return chain.Build(new X509Certificate2(certificate));
            };
        }
        return handler;
    }

    public void Dispose()
    {
        foreach (var handler in _handlers.Values)
            if (handler.IsValueCreated) handler.Value.Dispose();
        _handlers.Clear();
    }
}
