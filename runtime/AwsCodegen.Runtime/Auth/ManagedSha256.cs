using System;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace AwsCodegen.Runtime.Auth;

/// <summary>
/// SHA-256 (FIPS 180-4) in managed code, incremental. SigV4 hashes a few hundred bytes per request (the canonical
/// request, the string to sign, the key derivation), where this costs about what a call into OpenSSL does; what it
/// saves is loading OpenSSL at all: libssl, libcrypto and openssl.cnf cost a one-command process about 6 ms, which
/// a plain-HTTP command then never needs. Long inputs still go to the platform's hash (see <see cref="SigV4Crypto"/>),
/// whose SHA extensions are several times faster per byte.
/// </summary>
internal struct ManagedSha256
{
    public const int HashSize = 32;
    public const int BlockSize = 64;

    private State _state;
    private Block _pending;
    private int _pendingLength;
    private ulong _totalLength;

    public ManagedSha256()
    {
        _state[0] = 0x6a09e667; _state[1] = 0xbb67ae85; _state[2] = 0x3c6ef372; _state[3] = 0xa54ff53a;
        _state[4] = 0x510e527f; _state[5] = 0x9b05688c; _state[6] = 0x1f83d9ab; _state[7] = 0x5be0cd19;
    }

    /// <summary>SHA-256 of <paramref name="data"/>, written to the first 32 bytes of <paramref name="destination"/>.</summary>
    public static void Hash(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        var sha = new ManagedSha256();
        sha.Append(data);
        sha.Finish(destination);
    }

    public void Append(ReadOnlySpan<byte> data)
    {
        _totalLength += (ulong)data.Length;
        Span<byte> pending = _pending;
        if (_pendingLength > 0)
        {
            int take = Math.Min(BlockSize - _pendingLength, data.Length);
            data[..take].CopyTo(pending[_pendingLength..]);
            _pendingLength += take;
            data = data[take..];
            if (_pendingLength < BlockSize) return;
            Compress(ref _state, pending);
            _pendingLength = 0;
        }
        int whole = data.Length & ~(BlockSize - 1);
        if (whole > 0) Compress(ref _state, data[..whole]);
        data[whole..].CopyTo(pending);
        _pendingLength = data.Length - whole;
    }

    /// <summary>Pads, compresses the last block or two, and writes the digest. The instance is spent afterwards.</summary>
    public void Finish(Span<byte> destination)
    {
        if (destination.Length < HashSize) throw new ArgumentException("The destination must hold 32 bytes.", nameof(destination));
        ulong bits = _totalLength * 8;
        Span<byte> pending = _pending;
        pending[_pendingLength++] = 0x80;
        if (_pendingLength > BlockSize - 8)
        {
            pending[_pendingLength..].Clear();
            Compress(ref _state, pending);
            _pendingLength = 0;
        }
        pending[_pendingLength..(BlockSize - 8)].Clear();
        BinaryPrimitives.WriteUInt64BigEndian(pending[(BlockSize - 8)..], bits);
        Compress(ref _state, pending);
        for (int i = 0; i < 8; i++) BinaryPrimitives.WriteUInt32BigEndian(destination[(4 * i)..], _state[i]);
        pending.Clear();
    }

    private static void Compress(ref State state, ReadOnlySpan<byte> blocks)
    {
        ReadOnlySpan<uint> k = RoundConstants;
        Span<uint> w = stackalloc uint[64];
        uint h0 = state[0], h1 = state[1], h2 = state[2], h3 = state[3], h4 = state[4], h5 = state[5], h6 = state[6], h7 = state[7];
        for (int offset = 0; offset < blocks.Length; offset += BlockSize)
        {
            var block = blocks.Slice(offset, BlockSize);
            for (int t = 0; t < 16; t++) w[t] = BinaryPrimitives.ReadUInt32BigEndian(block[(4 * t)..]);
            for (int t = 16; t < 64; t++)
            {
                uint w15 = w[t - 15], w2 = w[t - 2];
                uint s0 = BitOperations.RotateRight(w15, 7) ^ BitOperations.RotateRight(w15, 18) ^ (w15 >> 3);
                uint s1 = BitOperations.RotateRight(w2, 17) ^ BitOperations.RotateRight(w2, 19) ^ (w2 >> 10);
                w[t] = w[t - 16] + s0 + w[t - 7] + s1;
            }
            uint a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7;
            for (int t = 0; t < 64; t++)
            {
                uint t1 = h + (BitOperations.RotateRight(e, 6) ^ BitOperations.RotateRight(e, 11) ^ BitOperations.RotateRight(e, 25))
                    + ((e & f) ^ (~e & g)) + k[t] + w[t];
                uint t2 = (BitOperations.RotateRight(a, 2) ^ BitOperations.RotateRight(a, 13) ^ BitOperations.RotateRight(a, 22))
                    + ((a & b) ^ (a & c) ^ (b & c));
                h = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
            }
            h0 += a; h1 += b; h2 += c; h3 += d; h4 += e; h5 += f; h6 += g; h7 += h;
        }
        state[0] = h0; state[1] = h1; state[2] = h2; state[3] = h3; state[4] = h4; state[5] = h5; state[6] = h6; state[7] = h7;
    }

    private static ReadOnlySpan<uint> RoundConstants =>
    [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ];

    [InlineArray(8)]
    private struct State { private uint _element; }

    [InlineArray(BlockSize)]
    private struct Block { private byte _element; }
}
