using System;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace AwsCodegen.Runtime.Http;

/// <summary>
/// A response as the protocol parsers see it. The body is either still a stream (streaming outputs hand it to
/// the caller) or buffered once into <see cref="Body"/> (everything else is parsed from memory).
/// </summary>
public sealed class AwsHttpResponse : IDisposable
{
    private IDisposable? _owner;

    public AwsHttpResponse(int statusCode, HeaderList headers, Stream? bodyStream, IDisposable? owner = null)
    {
        StatusCode = statusCode;
        Headers = headers;
        BodyStream = bodyStream;
        _owner = owner;
    }

    public AwsHttpResponse(int statusCode, HeaderList headers, ReadOnlyMemory<byte> body)
    {
        StatusCode = statusCode;
        Headers = headers;
        Body = body;
        IsBuffered = true;
    }

    public int StatusCode { get; }
    public HeaderList Headers { get; }

    /// <summary>The unread body; null once buffered or handed over.</summary>
    public Stream? BodyStream { get; private set; }

    /// <summary>The whole body, after <see cref="BufferAsync"/>.</summary>
    public ReadOnlyMemory<byte> Body { get; private set; }

    public bool IsBuffered { get; private set; }

    public string? RequestId =>
        Headers.Get("x-amzn-RequestId") ?? Headers.Get("x-amz-request-id") ?? Headers.Get("x-amzn-request-id");

    public async ValueTask BufferAsync(CancellationToken cancellationToken)
    {
        if (IsBuffered) return;
        if (BodyStream is { } stream)
        {
            using var copy = new MemoryStream(DeclaredLength());
            await stream.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
            Body = copy.GetBuffer().AsMemory(0, (int)copy.Length);
            stream.Dispose();
            BodyStream = null;
        }
        IsBuffered = true;
        _owner?.Dispose();
        _owner = null;
    }

    /// <summary>
    /// Content-Length, as the buffer's first size: a MemoryStream that grows by doubling allocates about twice the body
    /// (a 50 KB DynamoDB Query page cost 128 KB). Capped, so a wrong or huge value only means growing past it; 0 when absent.
    /// </summary>
    private int DeclaredLength()
    {
        const long Cap = 16 * 1024 * 1024;
        return Headers.Get("Content-Length") is { } text
            && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long length)
            ? (int)Math.Min(length, Cap) : 0;
    }

    /// <summary>Wraps the unread body stream (checksum validation); no-op once buffered.</summary>
    internal void WrapBodyStream(Func<Stream, Stream> wrap)
    {
        if (BodyStream is { } stream) BodyStream = wrap(stream);
    }

    /// <summary>Gives the body stream to the caller, who disposes it. The response no longer owns it.</summary>
    public Stream TakeBodyStream()
    {
        if (BodyStream is { } stream)
        {
            BodyStream = null;
            var owner = _owner;
            _owner = null;
            return owner is null ? stream : new OwnedStream(stream, owner);
        }
        return new MemoryStream(Body.ToArray(), writable: false);
    }

    public void Dispose()
    {
        BodyStream?.Dispose();
        BodyStream = null;
        _owner?.Dispose();
        _owner = null;
    }
}
