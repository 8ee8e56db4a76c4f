using System;
using System.IO;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using AwsCodegen.Resident.Protocol;

namespace AwsCodegen.Cli.Daemon;

/// <summary>A command's stdout or stderr in the daemon: every write goes to the client as Stdout or Stderr frames.</summary>
internal sealed class FrameOutputStream : Stream
{
    private readonly FrameConnection _frames;
    private readonly FrameType _type;

    public FrameOutputStream(FrameConnection frames, FrameType type)
    {
        _frames = frames;
        _type = type;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        for (int start = 0; start < buffer.Length; start += FrameLimits.ChunkSize)
            _frames.Write(_type, buffer.Slice(start, Math.Min(FrameLimits.ChunkSize, buffer.Length - start)));
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        for (int start = 0; start < buffer.Length; start += FrameLimits.ChunkSize)
            await _frames.WriteAsync(_type, buffer.Slice(start, Math.Min(FrameLimits.ChunkSize, buffer.Length - start)), cancellationToken).ConfigureAwait(false);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush() { }
    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}

/// <summary>
/// A command's stdin in the daemon. Nothing is read from the client until the command reads: then a StdinRequest
/// goes out and the read waits for the chunk (or the end) the session's read loop hands over.
/// </summary>
internal sealed class FrameInputStream : Stream
{
    private readonly FrameConnection _frames;
    private readonly Channel<byte[]> _chunks = Channel.CreateUnbounded<byte[]>(new UnboundedChannelOptions { SingleReader = true });
    private byte[] _current = Array.Empty<byte>();
    private int _offset;
    private bool _ended;
    private bool _requested;

    public FrameInputStream(FrameConnection frames) => _frames = frames;

    /// <summary>From the session's read loop: a StdinChunk.</summary>
    public void Deliver(byte[] chunk) => _chunks.Writer.TryWrite(chunk);

    /// <summary>From the session's read loop: StdinEnd, or the connection ended.</summary>
    public void End() => _chunks.Writer.TryComplete();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.Length == 0) return 0;
        while (_offset == _current.Length)
        {
            if (_ended) return 0;
            if (!_requested)
            {
                _requested = true;
                await _frames.WriteAsync(FrameType.StdinRequest, SmallFrames.Int(Math.Min(buffer.Length < 4096 ? 64 * 1024 : buffer.Length, FrameLimits.ChunkSize)), cancellationToken).ConfigureAwait(false);
            }
            if (!await _chunks.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                _ended = true;
                return 0;
            }
            _chunks.Reader.TryRead(out var chunk);
            _requested = false;
            _current = chunk!;
            _offset = 0;
        }
        int count = Math.Min(buffer.Length, _current.Length - _offset);
        _current.AsMemory(_offset, count).CopyTo(buffer);
        _offset += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override void Flush() { }
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
