using System;
using System.Collections.Generic;
using System.Text;

namespace AwsCodegen.Runtime.Http;

/// <summary>
/// A request as the protocol serializers build it and the signer signs it. It is deliberately not an
/// HttpRequestMessage: System.Uri normalizes paths and escapes, and SigV4 must sign exactly what is sent.
/// </summary>
public sealed class AwsHttpRequest
{
    public AwsHttpRequest(string method = "POST", string path = "/")
    {
        Method = method;
        Path = path;
    }

    public string Method { get; set; }

    /// <summary>The path, already percent-encoded, starting with '/'. It is appended to the endpoint's base path.</summary>
    public string Path { get; set; }

    /// <summary>Query parameters, not yet encoded. A null value means a key with no '='.</summary>
    public List<KeyValuePair<string, string?>> Query { get; } = new();

    public HeaderList Headers { get; } = new();

    public RequestContent? Content { get; set; }

    /// <summary>scheme://host[:port][/base-path], set by endpoint resolution.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>A host prefix from the model's endpoint trait, already expanded (e.g. "data-").</summary>
    public string? HostPrefix { get; set; }

    /// <summary>Where idempotency tokens come from; the client sets it from its options.</summary>
    public Func<string>? IdempotencyTokenSource { get; set; }

    /// <summary>
    /// A token for an unset idempotency-token member. The generated writer stores it on the request object, so sending
    /// the same request object again reuses it, which is what makes the retry idempotent.
    /// </summary>
    public string NewIdempotencyToken() => IdempotencyTokenSource?.Invoke() ?? Guid.NewGuid().ToString();

    /// <summary>
    /// The operation's httpChecksum.requestAlgorithmMember, as the checksum policy needs it: the header the caller's
    /// algorithm is written to, and whether the operation requires a checksum. Null for operations without one.
    /// </summary>
    public FlexibleChecksumTrait? FlexibleChecksum { get; set; }

    /// <summary>
    /// The header of the operation's httpChecksum.requestValidationModeMember (S3 GetObject: x-amz-checksum-mode).
    /// The checksum policy sets it to ENABLED when the caller left it unset and the client validates when supported.
    /// </summary>
    public string? ChecksumModeHeader { get; set; }

    /// <summary>Validate the response's x-amz-checksum-* header: the validation mode header says ENABLED (set by the checksum policy).</summary>
    public bool ValidateResponseChecksum { get; set; }

    /// <summary>The operation accepts a gzip-compressed body; the compression policy decides by size and configuration.</summary>
    public bool GzipAllowed { get; set; }

    /// <summary>The host and port as sent in the Host header.</summary>
    public string Authority
    {
        get
        {
            var endpoint = Endpoint ?? throw new InvalidOperationException("The request has no endpoint yet.");
            // Asked for twice per attempt (the Host header, the URI); kept while the endpoint and prefix stay the same.
            if (_authority is not null && ReferenceEquals(_authorityEndpoint, endpoint) && ReferenceEquals(_authorityPrefix, HostPrefix))
                return _authority;
            string host = (HostPrefix ?? "") + endpoint.IdnHost;
            _authority = endpoint.IsDefaultPort ? host : host + ":" + endpoint.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _authorityEndpoint = endpoint;
            _authorityPrefix = HostPrefix;
            return _authority;
        }
    }

    private string? _authority;
    private Uri? _authorityEndpoint;
    private string? _authorityPrefix;

    /// <summary>The endpoint's base path joined with <see cref="Path"/>, still encoded.</summary>
    public string FullPath
    {
        get
        {
            string basePath = Endpoint?.AbsolutePath ?? "/";
            if (basePath.Length == 0 || basePath == "/") return Path.Length == 0 ? "/" : Path;
            return basePath.TrimEnd('/') + (Path.StartsWith("/", StringComparison.Ordinal) ? Path : "/" + Path);
        }
    }

    /// <summary>The query string as sent, without '?', encoded with the same rules SigV4 uses.</summary>
    public string EncodedQuery
    {
        get
        {
            if (Query.Count == 0) return "";
            var sb = new StringBuilder();
            foreach (var pair in Query)
            {
                if (sb.Length > 0) sb.Append('&');
                sb.Append(AwsUri.Encode(pair.Key));
                if (pair.Value is not null) sb.Append('=').Append(AwsUri.Encode(pair.Value));
            }
            return sb.ToString();
        }
    }

    public Uri BuildUri()
    {
        var endpoint = Endpoint ?? throw new InvalidOperationException("The request has no endpoint yet.");
        // A request for the endpoint itself (every json and query protocol call: POST /) is sent to that very Uri,
        // instead of building and parsing the same text again per call.
        if (HostPrefix is null && Query.Count == 0 && endpoint.Query.Length == 0 && endpoint.Fragment.Length == 0 && endpoint.UserInfo.Length == 0 &&
            string.Equals(FullPath, endpoint.AbsolutePath, StringComparison.Ordinal))
            return endpoint;
        string query = EncodedQuery;
        string text = endpoint.Scheme + "://" + Authority + FullPath + (query.Length > 0 ? "?" + query : "");
        return new Uri(text, UriKind.Absolute);
    }
}
