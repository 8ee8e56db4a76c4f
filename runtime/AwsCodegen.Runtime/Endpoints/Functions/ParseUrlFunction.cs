using System;
using System.Collections.Generic;
using AwsCodegen.Runtime.Endpoints.Expressions;

namespace AwsCodegen.Runtime.Endpoints.Functions;

/// <summary>
/// parseURL(url): splits a custom endpoint into a record {scheme, authority, path, normalizedPath, isIp}, or none when
/// it is not an http(s) URL with a host, has a query or fragment, or has a non-numeric port. Hand-written rather than
/// System.Uri: Uri canonicalizes (drops default ports, rewrites paths, lower-cases hosts), and the rules need the text as written.
/// </summary>
internal sealed class ParseUrlFunction(Expression value) : Expression
{
    public override EndpointValue Evaluate(EvaluationScope scope) =>
        value.EvaluateString(scope) is { } url ? Parse(url) : EndpointValue.None;

    public static EndpointValue Parse(string url)
    {
        int schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0) return EndpointValue.None;
        string scheme = url[..schemeEnd].ToLowerInvariant();
        if (scheme is not ("http" or "https")) return EndpointValue.None;

        int authorityStart = schemeEnd + 3;
        int authorityEnd = url.AsSpan(authorityStart).IndexOfAny('/', '?', '#');
        authorityEnd = authorityEnd < 0 ? url.Length : authorityStart + authorityEnd;
        if (authorityEnd < url.Length && url[authorityEnd] != '/') return EndpointValue.None; // a query or fragment
        string authority = url[authorityStart..authorityEnd];
        string path = url[authorityEnd..];
        if (path.AsSpan().IndexOfAny('?', '#') >= 0) return EndpointValue.None;

        if (!SplitHost(authority, out var host)) return EndpointValue.None;
        bool isIp = HostNames.IsIPv4Shaped(host) || HostNames.IsBracketedIPv6(host);

        // The path to append further segments to: always ending with "/", so that "{url#normalizedPath}{Bucket}" works.
        string normalizedPath = path.Length == 0 ? "/" : path.EndsWith('/') ? path : path + "/";

        return EndpointValue.FromRecord(new Dictionary<string, EndpointValue>(5, StringComparer.Ordinal)
        {
            ["scheme"] = EndpointValue.FromString(scheme),
            ["authority"] = EndpointValue.FromString(authority),
            ["path"] = EndpointValue.FromString(path),
            ["normalizedPath"] = EndpointValue.FromString(normalizedPath),
            ["isIp"] = EndpointValue.FromBoolean(isIp),
        });
    }

    /// <summary>The host of "[user@]host[:port]", checking the port; false for an empty host or a bad port.</summary>
    private static bool SplitHost(string authority, out ReadOnlySpan<char> host)
    {
        var rest = authority.AsSpan(authority.LastIndexOf('@') + 1);
        host = rest;
        ReadOnlySpan<char> port = default;
        if (rest.StartsWith("["))
        {
            int close = rest.IndexOf(']');
            if (close < 0) return false;
            host = rest[..(close + 1)];
            var after = rest[(close + 1)..];
            if (!after.IsEmpty)
            {
                if (after[0] != ':') return false;
                port = after[1..];
            }
        }
        else
        {
            int colon = rest.LastIndexOf(':');
            if (colon >= 0)
            {
                host = rest[..colon];
                port = rest[(colon + 1)..];
            }
        }
        return !host.IsEmpty && HostNames.IsValidPort(port);
    }
}
