using System;
using System.Security.Cryptography;

namespace AwsCodegen.Runtime.Http;

/// <summary>
/// Request and response checksums from the model: Content-MD5 where an operation has the httpChecksumRequired trait
/// alone (as Smithy specifies it), flexible checksums (x-amz-checksum-*) for httpChecksum operations (when and which:
/// <see cref="Pipeline.ChecksumPolicy"/>), and validation of a response's checksum.
/// </summary>
public static class Checksums
{
    /// <summary>Adds Content-MD5 of the body, unless the caller already set one. A seekable stream is hashed and rewound.</summary>
    public static void AddContentMd5(AwsHttpRequest request)
    {
        if (request.Headers.Contains("Content-MD5")) return;
        byte[] hash;
        switch (request.Content)
        {
            case BytesRequestContent bytes:
                hash = MD5.HashData(bytes.Bytes.Span);
                break;
            case StreamRequestContent { Stream.CanSeek: true } stream:
                long start = stream.Stream.Position;
                hash = MD5.HashData(stream.Stream);
                stream.Stream.Position = start;
                break;
            case StreamRequestContent:
                throw new Errors.AwsClientException("This operation requires a Content-MD5 checksum, which needs a seekable stream body (or set Content-MD5 yourself).");
            default:
                hash = MD5.HashData(ReadOnlySpan<byte>.Empty);
                break;
        }
        request.Headers.Set("Content-MD5", Convert.ToBase64String(hash));
    }

    /// <summary>
    /// Adds x-amz-checksum-&lt;alg&gt; of the body, unless the caller already set that header. A stream body is hashed
    /// (and rewound) only when it can be rewound; otherwise an <paramref name="optional"/> checksum is left out (false)
    /// and a chosen or required one is an error.
    /// </summary>
    public static bool AddFlexibleChecksum(AwsHttpRequest request, Runtime.Checksums.ChecksumAlgorithm algorithm, bool optional)
    {
        if (request.Headers.Contains(algorithm.HeaderName)) return true;
        using var hasher = algorithm.CreateHasher();
        switch (request.Content)
        {
            case BytesRequestContent bytes:
                hasher.Append(bytes.Bytes.Span);
                break;
            case StreamRequestContent { Stream.CanSeek: true } stream:
                long start = stream.Stream.Position;
                byte[] buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(81920);
                try
                {
                    int n;
                    while ((n = stream.Stream.Read(buffer, 0, buffer.Length)) > 0) hasher.Append(buffer.AsSpan(0, n));
                }
                finally
                {
                    System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
                    stream.Stream.Position = start;
                }
                break;
            case StreamRequestContent when optional:
                return false;
            case StreamRequestContent:
                throw new Errors.AwsClientException($"A {algorithm.Name} checksum of a stream body needs a seekable stream (or set the {algorithm.HeaderName} header yourself).");
        }
        request.Headers.Set(algorithm.HeaderName, hasher.GetBase64());
        return true;
    }

    /// <summary>
    /// The caller sent a checksum of their own: an x-amz-checksum-&lt;alg&gt; header (not -mode, -algorithm or -type,
    /// which say how checksums are used, not what one is).
    /// </summary>
    public static bool HasChecksumHeader(HeaderList headers)
    {
        foreach (var header in headers)
        {
            if (!header.Key.StartsWith("x-amz-checksum-", StringComparison.OrdinalIgnoreCase)) continue;
            string kind = header.Key.Substring("x-amz-checksum-".Length);
            if (!kind.Equals("mode", StringComparison.OrdinalIgnoreCase) && !kind.Equals("algorithm", StringComparison.OrdinalIgnoreCase) &&
                !kind.Equals("type", StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The checksum a response carries that can be validated: the first of CRC32C, CRC32, SHA1, SHA256 present.
    /// A composite checksum of a multipart object ("...-3") is a checksum of checksums, not of the body: skipped.
    /// </summary>
    public static (Runtime.Checksums.ChecksumAlgorithm Algorithm, string Expected)? FindResponseChecksum(AwsHttpResponse response)
    {
        if (string.Equals(response.Headers.Get("x-amz-checksum-type"), "COMPOSITE", StringComparison.OrdinalIgnoreCase)) return null;
        foreach (var algorithm in Runtime.Checksums.ChecksumAlgorithm.ValidationOrder)
            if (response.Headers.Get(algorithm.HeaderName) is { Length: > 0 } value && value.IndexOf('-') < 0)
                return (algorithm, value.Trim());
        return null;
    }

    /// <summary>Validates a buffered response body against its checksum header, if any.</summary>
    public static void ValidateBuffered(AwsHttpResponse response)
    {
        if (FindResponseChecksum(response) is not { } found) return;
        using var hasher = found.Algorithm.CreateHasher();
        hasher.Append(response.Body.Span);
        string actual = hasher.GetBase64();
        if (!string.Equals(actual, found.Expected, StringComparison.Ordinal))
            throw new Errors.ChecksumMismatchException(found.Algorithm.Name, found.Expected, actual);
    }
}
