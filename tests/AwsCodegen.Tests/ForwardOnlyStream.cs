using System;
using System.IO;

namespace AwsCodegen.Tests;

/// <summary>A body that can be read once and never rewound, like a network stream.</summary>
internal sealed class ForwardOnlyStream : Stream
{
    private readonly MemoryStream _inner;
    public ForwardOnlyStream(byte[] bytes) => _inner = new MemoryStream(bytes);

    /// <summary>How much has been read, so a test can show a body was (or was not) consumed.</summary>
    public int BytesRead { get; private set; }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count)
    {
        int n = _inner.Read(buffer, offset, count);
        BytesRead += n;
        return n;
    }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
