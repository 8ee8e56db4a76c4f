using System;
using System.Security.Cryptography;

namespace AwsCodegen.Runtime.Http;

/// <summary>Request checksums that operations require (httpChecksumRequired: Content-MD5).</summary>
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
}
