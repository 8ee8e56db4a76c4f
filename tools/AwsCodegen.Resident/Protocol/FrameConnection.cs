using System;
using System.Buffers.Binary;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace AwsCodegen.Resident.Protocol;

/// <summary>
/// Frames over a stream: a 4-byte little-endian length (of the type byte and the payload), the type, the payload.
/// Reads come from one loop; writes may come from several threads (stdout, stderr, stdin requests) and are serialized.
/// The size cap is checked on both sides: a sender never makes an oversized frame, a reader refuses one before
/// allocating it.
/// </summary>
public sealed class FrameConnection : IAsyncDisposable, IDisposable
{
    private readonly Stream _stream;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly byte[] _header = new byte[5];

    public FrameConnection(Stream stream) => _stream = stream;

    /// <summary>The next frame, or null at a clean end of stream (between frames).</summary>
    public async ValueTask<Frame?> ReadAsync(CancellationToken cancellationToken)
    {
        var lengthBytes = new byte[4];
        int got = await ReadFullyAsync(lengthBytes, cancellationToken).ConfigureAwait(false);
        if (BodyFor(lengthBytes, got) is not { } body) return null;
        got = await ReadFullyAsync(body, cancellationToken).ConfigureAwait(false);
        return FrameOf(body, got);
    }

    /// <summary>
    /// The synchronous read, for the thin client: it waits on its one thread instead of starting a thread pool for
    /// one request (a socket's receive timeout, if set, ends it with an IOException).
    /// </summary>
    public Frame? Read()
    {
        Span<byte> lengthBytes = stackalloc byte[4];
        int got = ReadFully(lengthBytes);
        if (BodyFor(lengthBytes, got) is not { } body) return null;
        got = ReadFully(body);
        return FrameOf(body, got);
    }

    /// <summary>The buffer for the frame whose length was read, null at a clean end; refuses a bad length before allocating.</summary>
    private static byte[]? BodyFor(ReadOnlySpan<byte> lengthBytes, int got)
    {
        if (got == 0) return null;
        if (got < 4) throw new FrameException($"the connection ended inside a frame's length ({got} of 4 bytes)");
        uint length = BinaryPrimitives.ReadUInt32LittleEndian(lengthBytes);
        if (length == 0) throw new FrameException("a frame of length 0 (no type byte)");
        if (length > FrameLimits.MaxFrameSize)
            throw new FrameException($"a frame of {length} bytes is over the {FrameLimits.MaxFrameSize}-byte limit", tooLarge: true);
        return new byte[length];
    }

    private static Frame FrameOf(byte[] body, int got)
    {
        if (got < body.Length) throw new FrameException($"the connection ended inside a frame ({got} of {body.Length} bytes)");
        var type = (FrameType)body[0];
        if (!Enum.IsDefined(type)) throw new FrameException($"unknown frame type {body[0]}");
        return new Frame(type, body.AsSpan(1).ToArray());
    }

    public ValueTask WriteAsync(FrameType type, CancellationToken cancellationToken = default) =>
        WriteAsync(type, ReadOnlyMemory<byte>.Empty, cancellationToken);

    public async ValueTask WriteAsync(FrameType type, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default)
    {
        if (payload.Length + 1 > FrameLimits.MaxFrameSize)
            throw new FrameException($"a {type} frame of {payload.Length + 1} bytes is over the {FrameLimits.MaxFrameSize}-byte limit", tooLarge: true);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            BinaryPrimitives.WriteUInt32LittleEndian(_header, (uint)(payload.Length + 1));
            _header[4] = (byte)type;
            await _stream.WriteAsync(_header, cancellationToken).ConfigureAwait(false);
            if (!payload.IsEmpty) await _stream.WriteAsync(payload, cancellationToken).ConfigureAwait(false);
            await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>The synchronous write, for a caller on a synchronous path (a StreamWriter's Flush).</summary>
    public void Write(FrameType type, ReadOnlySpan<byte> payload)
    {
        if (payload.Length + 1 > FrameLimits.MaxFrameSize)
            throw new FrameException($"a {type} frame of {payload.Length + 1} bytes is over the {FrameLimits.MaxFrameSize}-byte limit", tooLarge: true);
        _writeLock.Wait();
        try
        {
            BinaryPrimitives.WriteUInt32LittleEndian(_header, (uint)(payload.Length + 1));
            _header[4] = (byte)type;
            _stream.Write(_header);
            _stream.Write(payload);
            _stream.Flush();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private int ReadFully(Span<byte> buffer)
    {
        int total = 0;
        while (total < buffer.Length)
        {
            int read = _stream.Read(buffer[total..]);
            if (read == 0) break;
            total += read;
        }
        return total;
    }

    private async ValueTask<int> ReadFullyAsync(byte[] buffer, CancellationToken cancellationToken)
    {
        int total = 0;
        while (total < buffer.Length)
        {
            int read = await _stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false);
            if (read == 0) break;
            total += read;
        }
        return total;
    }

    public void Dispose()
    {
        _stream.Dispose();
        _writeLock.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync().ConfigureAwait(false);
        _writeLock.Dispose();
    }
}
