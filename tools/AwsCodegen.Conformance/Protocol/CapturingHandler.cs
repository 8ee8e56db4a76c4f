using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace AwsCodegen.Conformance.Protocol;

/// <summary>A request as it would go on the wire: method, target, every header, and the body bytes.</summary>
public sealed class CapturedRequest
{
    public CapturedRequest(string method, Uri uri, string host, IReadOnlyList<KeyValuePair<string, string>> headers, byte[] body)
    {
        Method = method;
        Uri = uri;
        Host = host;
        Headers = headers;
        Body = body;
    }

    public string Method { get; }
    public Uri Uri { get; }

    /// <summary>The Host header if the client set one, else the URI's authority (what the transport sends).</summary>
    public string Host { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }
    public byte[] Body { get; }

    /// <summary>All values of a header joined with ", ", as HTTP folds repeated fields; null if absent.</summary>
    public string? Header(string name)
    {
        var values = Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).ToList();
        return values.Count == 0 ? null : string.Join(", ", values);
    }
}

/// <summary>
/// Stands in for the network: records the first request the client sends and answers it with a canned response.
/// Headers are read without validation, so the runner sees the values exactly as the client wrote them.
/// </summary>
public sealed class CapturingHandler : HttpMessageHandler
{
    private readonly Func<HttpResponseMessage> _respond;

    public CapturingHandler(Func<HttpResponseMessage> respond) => _respond = respond;

    public CapturedRequest? Captured { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Captured is null) Captured = await CaptureAsync(request, cancellationToken).ConfigureAwait(false);
        var response = _respond();
        response.RequestMessage = request;
        return response;
    }

    private static async Task<CapturedRequest> CaptureAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var header in request.Headers.NonValidated)
            foreach (string value in header.Value)
                headers.Add(new(header.Key, value));
        byte[] body = Array.Empty<byte>();
        if (request.Content is { } content)
        {
            body = await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            // Content-Length is computed by HttpContent on demand; asking for it is what the transport does too.
            long? length = content.Headers.ContentLength;
            foreach (var header in content.Headers.NonValidated)
                foreach (string value in header.Value)
                    headers.Add(new(header.Key, value));
            if (length is { } known && !headers.Any(h => string.Equals(h.Key, "Content-Length", StringComparison.OrdinalIgnoreCase)))
                headers.Add(new("Content-Length", known.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        else if (request.Method == HttpMethod.Post || request.Method == HttpMethod.Put || request.Method == HttpMethod.Patch)
        {
            // SocketsHttpHandler sends "Content-Length: 0" for these methods when there is no content.
            headers.Add(new("Content-Length", "0"));
        }
        var uri = request.RequestUri ?? throw new InvalidOperationException("the request has no URI");
        string host = request.Headers.Host ?? uri.Authority;
        return new CapturedRequest(request.Method.Method, uri, host, headers, body);
    }

    /// <summary>A response with the given status, headers and body. Content headers go on the content, as on the wire.</summary>
    public static HttpResponseMessage CreateResponse(int status, IEnumerable<KeyValuePair<string, string>> headers, byte[] body)
    {
        var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new ByteArrayContent(body) };
        foreach (var header in headers)
        {
            if (!response.Headers.TryAddWithoutValidation(header.Key, header.Value))
                response.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
        return response;
    }
}
