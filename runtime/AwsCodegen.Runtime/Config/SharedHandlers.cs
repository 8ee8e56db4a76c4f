using System;
using System.Net.Http;

namespace AwsCodegen.Runtime;

/// <summary>Creates the pooled handler that carries a client's connections.</summary>
public static class SharedHandlers
{
    /// <summary>
    /// A SocketsHttpHandler that keeps connections alive for reuse, and recycles them every few minutes so DNS changes are seen.
    /// Pass one to several clients (AwsClientOptions.HttpHandler) and they share connections.
    /// </summary>
    public static SocketsHttpHandler CreatePooledHandler() => new()
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(2),
        ConnectTimeout = TimeSpan.FromSeconds(10),
        AutomaticDecompression = System.Net.DecompressionMethods.None,
        UseCookies = false,
        AllowAutoRedirect = false,
        MaxConnectionsPerServer = 64,
    };
}
