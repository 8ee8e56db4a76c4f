using System;
using System.Security.Cryptography;

namespace AwsCodegen.Runtime.Http;

/// <summary>
/// Request and response checksums from the model: Content-MD5 where an operation requires a checksum
/// (httpChecksumRequired, httpChecksum.requestChecksumRequired), flexible checksums (x-amz-checksum-*) where the caller
/// chose an algorithm (httpChecksum.requestAlgorithmMember), and validation of a response's checksum where the caller
/// opted in (httpChecksum.requestValidationModeMember).
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
    /// Adds the flexible checksum <paramref name="algorithm"/> of the body (x-amz-checksum-&lt;alg&gt; and
    /// x-amz-sdk-checksum-algorithm), unless the caller already set that checksum header. Without an algorithm, a
    /// <paramref name="required"/> checksum is Content-MD5. A stream body is hashed only when it can be rewound.
    /// </summary>
    public static void AddRequestChecksum(AwsHttpRequest request, string? algorithm, bool required)
    {
        if (string.IsNullOrEmpty(algorithm))
        {
            if (required) AddContentMd5(request);
            return;
        }
        var chosen = Runtime.Checksums.ChecksumAlgorithm.Find(algorithm!)
            ?? throw new Errors.AwsClientException($"The checksum algorithm '{algorithm}' is not supported; use CRC32, CRC32C, SHA1 or SHA256.");
        request.Headers.Set("x-amz-sdk-checksum-algorithm", chosen.Name);
        if (request.Headers.Contains(chosen.HeaderName)) return;
        using var hasher = chosen.CreateHasher();
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
            case StreamRequestContent:
                throw new Errors.AwsClientException($"A {chosen.Name} checksum of a stream body needs a seekable stream (or set the {chosen.HeaderName} header yourself).");
        }
        request.Headers.Set(chosen.HeaderName, hasher.GetBase64());
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
