using System;
using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Generic;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime.Auth;

/// <summary>
/// Task 1 of SigV4, one method per line of the canonical request:
/// <code>
/// METHOD
/// canonical URI
/// canonical query string
/// canonical headers (one "name:value" line each)
/// (empty line)
/// signed headers
/// payload hash
/// </code>
/// Each step has a string form for tests and diagnostics, and a Write form that the signer uses on a pooled buffer.
/// </summary>
public static class SigV4Canonicalizer
{
    /// <summary>
    /// Headers never signed. Hop-by-hop headers (RFC 9110 section 7.6.1) and these few others are added, dropped or
    /// rewritten by HttpClient, proxies and load balancers on the way, so signing them would break the signature.
    /// Authorization is here so that a canonical request recomputed from a signed request for diagnostics matches.
    /// </summary>
    private static readonly FrozenSet<string> UnsignedHeaders = new[]
    {
        "authorization",
        "connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade",
        "expect", "user-agent", "x-amzn-trace-id",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a header of this name goes into the signature.</summary>
    public static bool IsSigned(string headerName) => !UnsignedHeaders.Contains(headerName);

    /// <summary>The whole canonical request for <paramref name="request"/> as it stands (the signer adds its headers first).</summary>
    public static string CanonicalRequest(AwsHttpRequest request, string payloadHash, SigV4Options options)
    {
        var buffer = new PooledCharBuffer(1024);
        try
        {
            WriteCanonicalRequest(ref buffer, request, payloadHash, options, out _);
            return buffer.ToString();
        }
        finally
        {
            buffer.Dispose();
        }
    }

    internal static void WriteCanonicalRequest(ref PooledCharBuffer buffer, AwsHttpRequest request, string payloadHash, SigV4Options options, out string signedHeaders)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(payloadHash);
        ArgumentNullException.ThrowIfNull(options);
        // The method as sent: HTTP methods are case-sensitive, and the transport sends this string.
        buffer.Append(request.Method);
        buffer.Append('\n');
        WriteCanonicalUri(ref buffer, request.FullPath, options);
        buffer.Append('\n');
        WriteCanonicalQueryString(ref buffer, request.Query);
        buffer.Append('\n');
        signedHeaders = WriteCanonicalHeaders(ref buffer, request.Headers);
        buffer.Append('\n');
        buffer.Append(signedHeaders);
        buffer.Append('\n');
        buffer.Append(payloadHash);
    }

    // ---- canonical URI ----

    /// <summary>
    /// The canonical URI of an already-encoded path. With <see cref="SigV4Options.NormalizePath"/>, dot segments and
    /// empty segments are removed; with <see cref="SigV4Options.DoubleEncodePath"/>, the encoded path is encoded once
    /// more ("%20" becomes "%2520"). S3 turns both off and signs the path exactly as sent.
    /// </summary>
    public static string CanonicalUri(string encodedPath, SigV4Options options)
    {
        ArgumentNullException.ThrowIfNull(encodedPath);
        ArgumentNullException.ThrowIfNull(options);
        string path = encodedPath.Length == 0 ? "/" : encodedPath;
        if (options.NormalizePath) path = NormalizePath(path);
        if (options.DoubleEncodePath) path = AwsUri.Encode(path, keepSlash: true);
        return path;
    }

    internal static void WriteCanonicalUri(ref PooledCharBuffer buffer, string encodedPath, SigV4Options options) =>
        buffer.Append(CanonicalUri(encodedPath, options)); // both steps return their input when there is nothing to do

    /// <summary>
    /// Removes "." and ".." segments (RFC 3986 section 5.2.4) and empty segments ("//"), keeping a trailing slash.
    /// As in RFC 3986, a path ending in a dot segment ends in "/" ("/a/b/.." is "/a/"): that is also what
    /// System.Uri sends for such a path. Returns <paramref name="path"/> itself when it is already normal.
    /// </summary>
    public static string NormalizePath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (IsNormal(path)) return path;

        // Kept segments as (start, length) pairs; a path has few segments, so the stack usually suffices.
        int maxSegments = path.Length / 2 + 2;
        int[]? rented = maxSegments > 64 ? ArrayPool<int>.Shared.Rent(maxSegments * 2) : null;
        Span<int> kept = rented is null ? stackalloc int[128] : rented;
        try
        {
            int count = 0;
            bool trailingSlash = false;
            int start = 0;
            while (start <= path.Length)
            {
                int slash = path.IndexOf('/', start);
                int end = slash < 0 ? path.Length : slash;
                var segment = path.AsSpan(start, end - start);
                bool last = slash < 0;
                if (segment.Length == 0 || segment is ".")
                {
                    if (last) trailingSlash = true;
                }
                else if (segment is "..")
                {
                    if (count > 0) count--;
                    if (last) trailingSlash = true;
                }
                else
                {
                    kept[2 * count] = start;
                    kept[2 * count + 1] = segment.Length;
                    count++;
                }
                if (last) break;
                start = slash + 1;
            }

            if (count == 0) return "/";
            var output = new PooledCharBuffer(path.Length + 1);
            try
            {
                for (int i = 0; i < count; i++)
                {
                    output.Append('/');
                    output.Append(path.AsSpan(kept[2 * i], kept[2 * i + 1]));
                }
                if (trailingSlash) output.Append('/');
                return output.ToString();
            }
            finally
            {
                output.Dispose();
            }
        }
        finally
        {
            if (rented is not null) ArrayPool<int>.Shared.Return(rented);
        }
    }

    /// <summary>True when the path starts with '/' and has no empty or dot segment (other than a final empty one).</summary>
    private static bool IsNormal(string path)
    {
        if (path.Length == 0 || path[0] != '/') return false;
        int start = 1;
        while (start < path.Length)
        {
            int slash = path.IndexOf('/', start);
            int end = slash < 0 ? path.Length : slash;
            var segment = path.AsSpan(start, end - start);
            if ((segment.Length == 0 && slash >= 0) || segment is "." or "..") return false;
            if (slash < 0) break;
            start = slash + 1;
        }
        return true;
    }

    // ---- canonical query string ----

    /// <summary>
    /// Each name and value percent-encoded (RFC 3986 unreserved set), sorted by encoded name and then encoded value,
    /// joined as name=value with '&amp;'. A key without a value signs as "name=".
    /// </summary>
    public static string CanonicalQueryString(IReadOnlyList<KeyValuePair<string, string?>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var buffer = new PooledCharBuffer(256);
        try
        {
            WriteCanonicalQueryString(ref buffer, query);
            return buffer.ToString();
        }
        finally
        {
            buffer.Dispose();
        }
    }

    internal static void WriteCanonicalQueryString(ref PooledCharBuffer buffer, IReadOnlyList<KeyValuePair<string, string?>> query)
    {
        int n = query.Count;
        if (n == 0) return;
        var pairs = ArrayPool<KeyValuePair<string, string>>.Shared.Rent(n);
        try
        {
            for (int i = 0; i < n; i++)
            {
                var pair = query[i];
                pairs[i] = new(AwsUri.Encode(pair.Key), pair.Value is null ? "" : AwsUri.Encode(pair.Value));
            }
            var span = pairs.AsSpan(0, n);
            if (n > 1) span.Sort(CompareEncodedPairs);
            for (int i = 0; i < n; i++)
            {
                if (i > 0) buffer.Append('&');
                buffer.Append(span[i].Key);
                buffer.Append('=');
                buffer.Append(span[i].Value);
            }
        }
        finally
        {
            Array.Clear(pairs, 0, n);
            ArrayPool<KeyValuePair<string, string>>.Shared.Return(pairs);
        }
    }

    // Encoded text is ASCII, so ordinal order is the byte order the spec asks for.
    private static int CompareEncodedPairs(KeyValuePair<string, string> a, KeyValuePair<string, string> b)
    {
        int byName = string.CompareOrdinal(a.Key, b.Key);
        return byName != 0 ? byName : string.CompareOrdinal(a.Value, b.Value);
    }

    // ---- canonical headers and signed headers ----

    /// <summary>
    /// One "name:value\n" line per signed header name: names lowercased and sorted; each value trimmed, with runs of
    /// whitespace (folded line breaks included) made one space; several fields of one name joined by ',' in the
    /// order sent. <paramref name="signedHeaders"/> gets the names joined by ';'.
    /// </summary>
    public static string CanonicalHeaders(HeaderList headers, out string signedHeaders)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var buffer = new PooledCharBuffer(512);
        try
        {
            signedHeaders = WriteCanonicalHeaders(ref buffer, headers);
            return buffer.ToString();
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <summary>The lowercase names of the signed headers, sorted and joined by ';'.</summary>
    public static string SignedHeaders(HeaderList headers)
    {
        CanonicalHeaders(headers, out string signed);
        return signed;
    }

    /// <summary>Writes the canonical header lines and returns the signed-headers list.</summary>
    internal static string WriteCanonicalHeaders(ref PooledCharBuffer buffer, HeaderList headers)
    {
        int n = headers.Count;
        var entries = ArrayPool<HeaderEntry>.Shared.Rent(Math.Max(n, 1));
        var signed = new PooledCharBuffer(128);
        try
        {
            int m = 0;
            for (int i = 0; i < n; i++)
            {
                string name = headers[i].Key;
                if (IsSigned(name)) entries[m++] = new HeaderEntry(name, i);
            }
            var span = entries.AsSpan(0, m);
            // Sorting on (lowercase name, position) keeps the values of one name in the order they are sent.
            span.Sort(CompareHeaderEntries);

            for (int i = 0; i < m;)
            {
                string name = span[i].Name;
                if (signed.Length > 0) signed.Append(';');
                signed.AppendLower(name);
                buffer.AppendLower(name);
                buffer.Append(':');
                int j = i;
                for (; j < m && CompareLowerInvariant(span[j].Name, name) == 0; j++)
                {
                    if (j > i) buffer.Append(',');
                    AppendTrimmedValue(ref buffer, headers[span[j].Index].Value);
                }
                buffer.Append('\n');
                i = j;
            }
            return signed.ToString();
        }
        finally
        {
            signed.Dispose();
            Array.Clear(entries, 0, n);
            ArrayPool<HeaderEntry>.Shared.Return(entries);
        }
    }

    /// <summary>A header value as signed: outer whitespace removed, inner whitespace runs (including folds) made one space.</summary>
    public static string TrimHeaderValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var buffer = new PooledCharBuffer(value.Length);
        try
        {
            AppendTrimmedValue(ref buffer, value);
            return buffer.Length == value.Length ? value : buffer.ToString();
        }
        finally
        {
            buffer.Dispose();
        }
    }

    private static void AppendTrimmedValue(ref PooledCharBuffer buffer, string value)
    {
        var text = value.AsSpan();
        int start = 0;
        int end = text.Length;
        while (start < end && IsWhitespace(text[start])) start++;
        while (end > start && IsWhitespace(text[end - 1])) end--;

        // Copy runs of non-space text at once; a run of whitespace between them becomes one space.
        int run = start;
        for (int i = start; i < end; i++)
        {
            if (!IsWhitespace(text[i])) continue;
            buffer.Append(text[run..i]);
            buffer.Append(' ');
            while (i + 1 < end && IsWhitespace(text[i + 1])) i++;
            run = i + 1;
        }
        buffer.Append(text[run..end]);
    }

    // ASCII whitespace: space, tab, and the CR/LF of folded (obs-fold) lines, plus VT and FF.
    private static bool IsWhitespace(char c) => c == ' ' || (c >= '\t' && c <= '\r');

    private readonly struct HeaderEntry
    {
        public HeaderEntry(string name, int index)
        {
            Name = name;
            Index = index;
        }

        public string Name { get; }
        public int Index { get; }
    }

    private static int CompareHeaderEntries(HeaderEntry a, HeaderEntry b)
    {
        int byName = CompareLowerInvariant(a.Name, b.Name);
        return byName != 0 ? byName : a.Index.CompareTo(b.Index);
    }

    /// <summary>Ordinal comparison of the lowercased names, without lowercasing them into new strings.</summary>
    private static int CompareLowerInvariant(string a, string b)
    {
        if (ReferenceEquals(a, b)) return 0;
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            int diff = char.ToLowerInvariant(a[i]) - char.ToLowerInvariant(b[i]);
            if (diff != 0) return diff;
        }
        return a.Length - b.Length;
    }
}
