using System;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace AwsCodegen.Runtime.Credentials;

/// <summary>
/// HTTP for the metadata endpoints (the ECS container endpoint and EC2 instance metadata): a one-second budget per
/// attempt (connect, send and read together) and at most one retry, so that a machine without such a service finds
/// out in about a second instead of stalling.
/// </summary>
/// <remarks>
/// These calls are ours rather than AWSSDK.Core's: its EC2InstanceMetadata is a static class configured from the
/// process environment, and GenericContainerCredentials has only a parameterless constructor that reads the process
/// environment, so neither can take a client's own environment (the resident CLI host runs each command with its
/// own), a timeout or a retry count, nor be pointed at a local fake for tests.
/// The handler never uses a proxy: metadata addresses are link-local or loopback, and a proxy would leak the
/// request (and the container authorization token) off the machine.
/// </remarks>
internal sealed class MetadataHttp
{
    public static readonly TimeSpan DefaultAttemptTimeout = TimeSpan.FromSeconds(1);

    private static readonly Lazy<HttpMessageInvoker> s_shared = new(CreateInvoker, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Metadata documents are a few hundred bytes; anything far larger is not a metadata service.</summary>
    private const int MaxBodyBytes = 64 * 1024;

    private readonly HttpMessageInvoker _http;

    public MetadataHttp(TimeSpan? attemptTimeout = null, HttpMessageInvoker? http = null)
    {
        AttemptTimeout = attemptTimeout ?? DefaultAttemptTimeout;
        _http = http ?? s_shared.Value;
    }

    public TimeSpan AttemptTimeout { get; }

    public static MetadataHttp Default { get; } = new();

    private static HttpMessageInvoker CreateInvoker() => new(new SocketsHttpHandler
    {
        ConnectTimeout = DefaultAttemptTimeout,
        UseProxy = false,
        AllowAutoRedirect = false,
        UseCookies = false,
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
    }, disposeHandler: true);

    /// <summary>
    /// Sends the request made by <paramref name="createRequest"/> (a new one per attempt) and returns the status and
    /// body of the first answer that is not a server error. A timeout or a 5xx is tried again while attempts are left;
    /// a refused connection is not (nothing is listening).
    /// </summary>
    /// <exception cref="MetadataUnreachableException">No usable answer: timed out, refused, or server errors only.</exception>
    public async Task<MetadataResponse> SendAsync(Func<HttpRequestMessage> createRequest, int maxAttempts, CancellationToken cancellationToken)
    {
        string problem = "no attempt was made";
        for (int attempt = 1; attempt <= maxAttempts; attempt++)
        {
            using var request = createRequest();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(AttemptTimeout);
            try
            {
                using var response = await _http.SendAsync(request, timeout.Token).ConfigureAwait(false);
                string body = await ReadBodyAsync(response, timeout.Token).ConfigureAwait(false);
                int status = (int)response.StatusCode;
                if (status < 500) return new MetadataResponse(status, body);
                problem = $"it answered {status}";
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                problem = $"no answer within {AttemptTimeout.TotalSeconds:0.#} s";
            }
            catch (HttpRequestException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
            {
                throw new MetadataUnreachableException("the connection was refused", e);
            }
            catch (HttpRequestException e)
            {
                problem = e.Message;
            }
        }
        throw new MetadataUnreachableException(maxAttempts == 1 ? problem : $"{problem} ({maxAttempts} attempts)");
    }

    private static async Task<string> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength > MaxBodyBytes)
            throw new HttpRequestException($"the answer is {response.Content.Headers.ContentLength} bytes, more than a metadata document");
        byte[] body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (body.Length > MaxBodyBytes)
            throw new HttpRequestException($"the answer is {body.Length} bytes, more than a metadata document");
        return System.Text.Encoding.UTF8.GetString(body);
    }
}

/// <summary>An answer from a metadata endpoint: any status below 500, and the body as text.</summary>
internal readonly record struct MetadataResponse(int StatusCode, string Body)
{
    public bool IsSuccess => StatusCode is >= 200 and < 300;
}

/// <summary>A metadata endpoint gave no usable answer; the message says how it failed, for the chain's error.</summary>
internal sealed class MetadataUnreachableException : Exception
{
    public MetadataUnreachableException(string message, Exception? innerException = null) : base(message, innerException) { }
}
