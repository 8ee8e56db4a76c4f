using System;
using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Threading;

namespace AwsCodegen.Runtime.Auth;

/// <summary>
/// The hashing steps of SigV4: SHA-256 hex digests, the HMAC chain that derives the signing key, and the signature.
/// Everything works on spans with stack or pooled buffers, because these run once or more per request.
/// A process's first few hundred hashes run in managed code (<see cref="ManagedSha256"/>), so that a command that signs
/// a request and never opens TLS never loads OpenSSL; the rest, and long inputs, run in the platform's library.
/// </summary>
public static class SigV4Crypto
{
    /// <summary>The size of a SHA-256 digest, and so of a signing key.</summary>
    public const int KeySize = 32;

    /// <summary>Above this many UTF-8 bytes a scratch buffer is rented instead of taken from the stack.</summary>
    private const int StackLimit = 1024;

    /// <summary>
    /// Up to this many bytes SHA-256 may run in managed code; above it, always in the platform's library, which is
    /// several times faster per byte (SHA extensions): see Sha256Benchmarks in tools/AwsCodegen.Benchmarks.
    /// </summary>
    internal const int ManagedHashLimit = 64 * 1024;

    /// <summary>
    /// How many hashes and HMACs this process still runs in managed code before it switches to the platform's. A
    /// process that signs one request (a command of the CLI) never loads OpenSSL, about 8 ms of its life; one that
    /// signs many pays that once and then hashes at the platform's speed. The two give the same bytes, so the switch
    /// changes only speed; a process that knows it will live long switches at once (<see cref="UsePlatformHashing"/>).
    /// </summary>
    private static int s_managedHashesLeft = 256;

    /// <summary>
    /// Switches this process to the platform's SHA-256 and HMAC now, loading OpenSSL on the calling thread rather
    /// than inside some later request: for a process that will sign many requests, such as a resident daemon.
    /// </summary>
    public static void UsePlatformHashing()
    {
        Span<byte> key = stackalloc byte[KeySize];
        Span<byte> mac = stackalloc byte[KeySize];
        key.Clear();
        HMACSHA256.HashData(key, "load"u8, mac);
        Volatile.Write(ref s_managedHashesLeft, 0);
    }

    /// <summary><see cref="HashesManaged"/>, counting the hash against the process's managed allowance.</summary>
    private static bool UseManaged(int length)
    {
        if (!HashesManaged(length)) return false;
        Interlocked.Decrement(ref s_managedHashesLeft);
        return true;
    }

    /// <summary>SHA-256 of <paramref name="data"/> into <paramref name="destination"/> (32 bytes).</summary>
    public static void Sha256(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        if (UseManaged(data.Length)) ManagedSha256.Hash(data, destination);
        else SHA256.HashData(data, destination);
    }

    /// <summary>HMAC-SHA256 of <paramref name="data"/> under <paramref name="key"/> into <paramref name="destination"/> (32 bytes).</summary>
    public static void HmacSha256(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data, Span<byte> destination)
    {
        if (UseManaged(data.Length)) ManagedHmacSha256.Hash(key, data, destination);
        else HMACSHA256.HashData(key, data, destination);
    }

    /// <summary>
    /// Whether a payload of <paramref name="length"/> bytes should be hashed in managed code now (a seekable stream
    /// body is then read into memory for it: see <see cref="SigV4PayloadHash"/>).
    /// </summary>
    internal static bool HashesManaged(long length) => length <= ManagedHashLimit && Volatile.Read(ref s_managedHashesLeft) > 0;

    /// <summary>Lowercase hex of SHA-256 over <paramref name="data"/>.</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> data)
    {
        Span<byte> hash = stackalloc byte[KeySize];
        Sha256(data, hash);
        return ToHexLower(hash);
    }

    /// <summary>Lowercase hex of SHA-256 over the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static string Sha256Hex(ReadOnlySpan<char> text)
    {
        Span<byte> hash = stackalloc byte[KeySize];
        Sha256Utf8(text, hash);
        return ToHexLower(hash);
    }

    /// <summary>SHA-256 over the UTF-8 bytes of <paramref name="text"/>, written to <paramref name="destination"/> (32 bytes).</summary>
    public static void Sha256Utf8(ReadOnlySpan<char> text, Span<byte> destination)
    {
        int size = Utf8Size(text);
        byte[]? rented = size > StackLimit ? ArrayPool<byte>.Shared.Rent(size) : null;
        Span<byte> bytes = rented is null ? stackalloc byte[StackLimit] : rented;
        try
        {
            int n = Encoding.UTF8.GetBytes(text, bytes);
            Sha256(bytes[..n], destination);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request"),
    /// written to <paramref name="destination"/> (32 bytes). <paramref name="date"/> is yyyyMMdd.
    /// </summary>
    public static void DeriveSigningKey(string secretAccessKey, ReadOnlySpan<char> date, string region, string service, Span<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(secretAccessKey);
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(service);
        if (destination.Length < KeySize) throw new ArgumentException("The destination must hold 32 bytes.", nameof(destination));

        // The secret is the only input that may be long; everything else fits the stack.
        int secretMax = Encoding.UTF8.GetMaxByteCount(secretAccessKey.Length) + 4;
        byte[]? rented = secretMax > StackLimit ? ArrayPool<byte>.Shared.Rent(secretMax) : null;
        Span<byte> secret = rented is null ? stackalloc byte[StackLimit] : rented;
        // Two buffers used in turn, so that no HMAC writes over the key it is reading.
        Span<byte> kA = stackalloc byte[KeySize];
        Span<byte> kB = stackalloc byte[KeySize];
        try
        {
            "AWS4"u8.CopyTo(secret);
            int secretLength = 4 + Encoding.UTF8.GetBytes(secretAccessKey, secret[4..]);
            HmacUtf8(secret[..secretLength], date, kA);   // kDate
            HmacUtf8(kA, region, kB);                     // kRegion
            HmacUtf8(kB, service, kA);                    // kService
            HmacSha256(kA, "aws4_request"u8, destination);
        }
        finally
        {
            // The intermediate keys and the secret's bytes are key material; don't leave them in the pool or on the stack.
            CryptographicOperations.ZeroMemory(kA);
            CryptographicOperations.ZeroMemory(kB);
            CryptographicOperations.ZeroMemory(secret);
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The signing key as a new array; see the span overload.</summary>
    public static byte[] DeriveSigningKey(string secretAccessKey, string date, string region, string service)
    {
        var key = new byte[KeySize];
        DeriveSigningKey(secretAccessKey, date.AsSpan(), region, service, key);
        return key;
    }

    /// <summary>The signature: lowercase hex of HMAC(signing key, string to sign).</summary>
    public static string ComputeSignature(ReadOnlySpan<byte> signingKey, ReadOnlySpan<char> stringToSign)
    {
        Span<byte> mac = stackalloc byte[KeySize];
        HmacUtf8(signingKey, stringToSign, mac);
        return ToHexLower(mac);
    }

    /// <summary>
    /// Bytes needed for <paramref name="text"/> in UTF-8: the cheap upper bound when it fits the stack, else the exact
    /// count (one vectorized pass), so that a mostly-ASCII canonical request of a few hundred chars stays on the stack.
    /// </summary>
    private static int Utf8Size(ReadOnlySpan<char> text)
    {
        int max = Encoding.UTF8.GetMaxByteCount(text.Length);
        return max <= StackLimit ? max : Encoding.UTF8.GetByteCount(text);
    }

    /// <summary>Lowercase hex (Convert.ToHexStringLower is .NET 9+, and the runtime targets .NET 8).</summary>
    public static string ToHexLower(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > 1024) return Convert.ToHexString(bytes).ToLowerInvariant();
        Span<char> chars = stackalloc char[bytes.Length * 2];
        WriteHexLower(bytes, chars);
        return new string(chars);
    }

    internal static void WriteHexLower(ReadOnlySpan<byte> bytes, Span<char> destination)
    {
        const string Digits = "0123456789abcdef";
        for (int i = 0; i < bytes.Length; i++)
        {
            destination[2 * i] = Digits[bytes[i] >> 4];
            destination[2 * i + 1] = Digits[bytes[i] & 0xF];
        }
    }

    /// <summary>HMAC-SHA256 of the UTF-8 bytes of <paramref name="text"/>; <paramref name="destination"/> must not overlap <paramref name="key"/>.</summary>
    private static void HmacUtf8(ReadOnlySpan<byte> key, ReadOnlySpan<char> text, Span<byte> destination)
    {
        int size = Utf8Size(text);
        byte[]? rented = size > StackLimit ? ArrayPool<byte>.Shared.Rent(size) : null;
        Span<byte> bytes = rented is null ? stackalloc byte[StackLimit] : rented;
        try
        {
            int n = Encoding.UTF8.GetBytes(text, bytes);
            HmacSha256(key, bytes[..n], destination);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
