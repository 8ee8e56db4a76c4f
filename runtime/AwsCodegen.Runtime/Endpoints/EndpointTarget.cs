using System;
using System.Collections.Generic;
using AwsCodegen.Runtime.Errors;

namespace AwsCodegen.Runtime.Endpoints;

/// <summary>
/// A resolved endpoint as a request uses it: the URL parsed once, the headers to add, and how to sign for it (the
/// first auth scheme we implement from the endpoint's authSchemes: its signing name and region override the
/// service's). Cached per client and parameter set, so it is immutable.
/// </summary>
public sealed class EndpointTarget
{
    private EndpointTarget(Uri url, IReadOnlyList<KeyValuePair<string, string>> headers, string? signingName, string? signingRegion, bool? disableDoubleEncoding)
    {
        Url = url;
        Headers = headers;
        SigningName = signingName;
        SigningRegion = signingRegion;
        DisableDoubleEncoding = disableDoubleEncoding;
    }

    public Uri Url { get; }
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    /// <summary>The auth scheme's signingName; null: the service's.</summary>
    public string? SigningName { get; }

    /// <summary>The auth scheme's signingRegion; null: the client's region.</summary>
    public string? SigningRegion { get; }

    /// <summary>The auth scheme's disableDoubleEncoding (S3 and its relatives sign the path as sent).</summary>
    public bool? DisableDoubleEncoding { get; }

    /// <summary>A custom or fallback endpoint that no rule set produced: sign as the service says.</summary>
    public static EndpointTarget ForUrl(Uri url) => new(url, Array.Empty<KeyValuePair<string, string>>(), null, null, null);

    /// <summary>Turns a rule set's result into a target; an endpoint we cannot sign for is a clear error, not a bad request.</summary>
    public static EndpointTarget From(ResolvedEndpoint endpoint, string serviceId)
    {
        if (!Uri.TryCreate(endpoint.Url, UriKind.Absolute, out var url) || (url.Scheme != "https" && url.Scheme != "http"))
            throw new EndpointResolutionException($"{serviceId}: the endpoint rules produced '{endpoint.Url}', which is not an absolute http or https URL.");
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var header in endpoint.Headers)
        {
            foreach (var value in header.Value) headers.Add(new(header.Key, value));
        }
        var schemes = endpoint.AuthSchemes;
        if (schemes.Count == 0) return new EndpointTarget(url, headers, null, null, null);
        foreach (var scheme in schemes)
        {
            // SigV4 is what we sign with; sigv4a (multi-region access points) and S3 Express sessions are not implemented.
            if (scheme.Name == "sigv4")
                return new EndpointTarget(url, headers, scheme.SigningName, scheme.SigningRegion, scheme.DisableDoubleEncoding);
        }
        var names = new List<string>();
        foreach (var scheme in schemes) names.Add(scheme.Name);
        throw new AwsClientException(
            $"{serviceId}: the endpoint {endpoint.Url} must be signed with {string.Join(" or ", names)}; AwsCodegen signs with SigV4 only " +
            "(SigV4a for multi-region access points and S3 Express session auth are not supported).");
    }
}
