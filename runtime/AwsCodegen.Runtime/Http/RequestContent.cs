using System;
using System.IO;

namespace AwsCodegen.Runtime.Http;

/// <summary>The body of a request: bytes already in memory, or a stream the caller owns.</summary>
public abstract class RequestContent
{
    public string? ContentType { get; init; }

    /// <summary>The body length when known before sending.</summary>
    public abstract long? Length { get; }

    public static RequestContent FromBytes(ReadOnlyMemory<byte> bytes, string? contentType = null) =>
        new BytesRequestContent(bytes) { ContentType = contentType };

    public static RequestContent FromStream(Stream stream, string? contentType = null) =>
        new StreamRequestContent(stream) { ContentType = contentType };
}

public sealed class BytesRequestContent : RequestContent
{
    public BytesRequestContent(ReadOnlyMemory<byte> bytes) => Bytes = bytes;
    public ReadOnlyMemory<byte> Bytes { get; }
    public override long? Length => Bytes.Length;
}

public sealed class StreamRequestContent : RequestContent
{
    public StreamRequestContent(Stream stream)
    {
        Stream = stream;
        StartPosition = stream.CanSeek ? stream.Position : null;
    }

    public Stream Stream { get; }

    /// <summary>Where the body starts, so that a retry can rewind a seekable stream.</summary>
    public long? StartPosition { get; }

    public override long? Length => Stream.CanSeek ? Stream.Length - Stream.Position : null;
}
