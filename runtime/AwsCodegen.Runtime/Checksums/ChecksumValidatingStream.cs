using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Errors;

namespace AwsCodegen.Runtime.Checksums;

/// <summary>
/// Hashes a streaming response body as the caller reads it and, when the end is reached, compares the digest with
/// the one the service sent; a mismatch throws <see cref="ChecksumMismatchException"/> from the final read.
/// </summary>
internal sealed class ChecksumValidatingStream : Stream
{
    private readonly Stream _inner;
    private readonly ChecksumHasher _hasher;
    private readonly string _expected;
    private bool _checked;

    public ChecksumValidatingStream(Stream inner, ChecksumAlgorithm algorithm, string expected)
    {
        _inner = inner;
        _hasher = algorithm.CreateHasher();
        _expected = expected;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => _inner.Length;
    public override long Position { get => _inner.Position; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n = _inner.Read(buffer);
        return Observe(buffer[..n], buffer.Length);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int n = await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Observe(buffer.Span[..n], buffer.Length);
    }

    private int Observe(ReadOnlySpan<byte> read, int requested)
    {
        if (read.Length > 0) _hasher.Append(read);
        else if (requested > 0 && !_checked)
        {
            _checked = true;
            string actual = _hasher.GetBase64();
            if (!string.Equals(actual, _expected, StringComparison.Ordinal))
                throw new ChecksumMismatchException(_hasher.Algorithm.Name, _expected, actual);
        }
        return read.Length;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
            _hasher.Dispose();
        }
        base.Dispose(disposing);
    }
}
