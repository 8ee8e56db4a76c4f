using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace AwsCodegen.Benchmarks.Fixtures;

/// <summary>Reads a response body to its end, the same way for every client, without keeping it.</summary>
public static class Drain
{
    public static async Task<long> ToEndAsync(Stream body)
    {
        var counting = new CountingStream();
        await body.CopyToAsync(counting).ConfigureAwait(false);
        return counting.Length;
    }

    /// <summary>Stream.Null that counts, so a caller can check the whole body arrived.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return default;
        }
    }
}
