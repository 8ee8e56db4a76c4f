using System;
using System.IO;
using System.Security.Cryptography;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime.Auth;

/// <summary>The last line of the canonical request: the hex SHA-256 of the body, or the unsigned marker.</summary>
public static class SigV4PayloadHash
{
    /// <summary>Signed in place of a hash when the body is not signed (streams that can't be read twice, or by choice).</summary>
    public const string UnsignedPayload = "UNSIGNED-PAYLOAD";

    /// <summary>SHA-256 of no bytes, the hash of a request without a body.</summary>
    public const string EmptySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    /// <summary>
    /// True when the body can't be hashed before sending: a stream that can't seek would be used up by hashing.
    /// </summary>
    public static bool MustBeUnsigned(RequestContent? content) => content is StreamRequestContent { Stream.CanSeek: false };

    /// <summary>
    /// The payload hash of <paramref name="content"/>: bytes are hashed; a seekable stream is hashed from its current
    /// position to its end and then put back where it was (the transport sends from there); a stream that can't
    /// seek gives <see cref="UnsignedPayload"/>; no content hashes as empty.
    /// </summary>
    public static string Compute(RequestContent? content)
    {
        switch (content)
        {
            case null:
                return EmptySha256;
            case BytesRequestContent bytes:
                return bytes.Bytes.Length == 0 ? EmptySha256 : SigV4Crypto.Sha256Hex(bytes.Bytes.Span);
            case StreamRequestContent { Stream: { CanSeek: true } stream }:
                return HashAndRewind(stream);
            case StreamRequestContent:
                return UnsignedPayload;
            default:
                throw new NotSupportedException($"SigV4 can't hash request content of type {content.GetType().Name}.");
        }
    }

    private static string HashAndRewind(Stream stream)
    {
        long position = stream.Position;
        Span<byte> hash = stackalloc byte[SigV4Crypto.KeySize];
        try
        {
            long remaining = stream.Length - position;
            if (SigV4Crypto.HashesManaged(remaining)) HashShort(stream, (int)Math.Max(remaining, 0), hash);
            else SHA256.HashData(stream, hash);
        }
        finally
        {
            stream.Position = position;
        }
        return SigV4Crypto.ToHexLower(hash);
    }

    /// <summary>A short stream (a small file given as a body) hashed in managed code, as bytes are (see SigV4Crypto).</summary>
    private static void HashShort(Stream stream, int length, Span<byte> hash)
    {
        byte[] buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Min(Math.Max(length, 1), 16 * 1024));
        try
        {
            // To the stream's end, whatever its Length said: the transport sends all of it.
            var sha = new ManagedSha256();
            for (int n; (n = stream.Read(buffer)) > 0;) sha.Append(buffer.AsSpan(0, n));
            sha.Finish(hash);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
