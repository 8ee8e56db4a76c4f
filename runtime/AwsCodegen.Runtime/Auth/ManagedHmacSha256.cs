using System;
using System.Security.Cryptography;

namespace AwsCodegen.Runtime.Auth;

/// <summary>HMAC-SHA256 (RFC 2104) on <see cref="ManagedSha256"/>: SigV4's key chain and signature, without OpenSSL.</summary>
internal static class ManagedHmacSha256
{
    public static void Hash(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data, Span<byte> destination)
    {
        if (destination.Length < ManagedSha256.HashSize) throw new ArgumentException("The destination must hold 32 bytes.", nameof(destination));
        Span<byte> paddedKey = stackalloc byte[ManagedSha256.BlockSize];
        Span<byte> pad = stackalloc byte[ManagedSha256.BlockSize];
        Span<byte> innerHash = stackalloc byte[ManagedSha256.HashSize];
        try
        {
            paddedKey.Clear();
            // A key longer than a block is replaced by its hash; a shorter one is padded with zeros.
            if (key.Length > ManagedSha256.BlockSize) ManagedSha256.Hash(key, paddedKey);
            else key.CopyTo(paddedKey);

            for (int i = 0; i < pad.Length; i++) pad[i] = (byte)(paddedKey[i] ^ 0x36);
            var inner = new ManagedSha256();
            inner.Append(pad);
            inner.Append(data);
            inner.Finish(innerHash);

            for (int i = 0; i < pad.Length; i++) pad[i] = (byte)(paddedKey[i] ^ 0x5c);
            var outer = new ManagedSha256();
            outer.Append(pad);
            outer.Append(innerHash);
            outer.Finish(destination);
        }
        finally
        {
            // Everything here is derived from the key.
            CryptographicOperations.ZeroMemory(paddedKey);
            CryptographicOperations.ZeroMemory(pad);
            CryptographicOperations.ZeroMemory(innerHash);
        }
    }
}
