using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace AwsCodegen.Benchmarks.Stub;

/// <summary>
/// One keep-alive HTTP/1.1 connection as the stub serves it: reads a request head, answers "100 Continue" when asked,
/// reads past the body (Content-Length or chunked, so aws-chunked uploads work too) and writes canned bytes. It parses
/// only what routing needs, so the stub costs the client side as little CPU as possible on a 2-core machine.
/// </summary>
internal sealed class StubConnection
{
    private static readonly byte[] ContinueResponse = "HTTP/1.1 100 Continue\r\n\r\n"u8.ToArray();
    private const int MaxHeadBytes = 64 * 1024;

    private readonly Stream _stream;
    private byte[] _buffer = new byte[16 * 1024];
    private int _start;
    private int _end;

    public StubConnection(Stream stream) => _stream = stream;

    /// <summary>The next request with its body consumed, or null when the client closed the connection.</summary>
    public async Task<StubRequest?> ReadRequestAsync(CancellationToken cancellationToken)
    {
        int headEnd;
        while ((headEnd = IndexOf("\r\n\r\n"u8)) < 0)
        {
            if (_end - _start > MaxHeadBytes) throw new InvalidDataException("stub: request head too large");
            if (!await FillAsync(cancellationToken)) return null;
        }
        var request = ParseHead(Encoding.ASCII.GetString(_buffer, _start, headEnd - _start));
        _start = headEnd + 4;

        if (string.Equals(request.Header("Expect"), "100-continue", StringComparison.OrdinalIgnoreCase))
            await _stream.WriteAsync(ContinueResponse, cancellationToken);

        if (request.Header("Transfer-Encoding") is { } encoding && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
            request.BodyLength = await SkipChunkedBodyAsync(cancellationToken);
        else if (request.Header("Content-Length") is { } length)
            request.BodyLength = await SkipAsync(long.Parse(length, CultureInfo.InvariantCulture), cancellationToken);
        return request;
    }

    public ValueTask WriteAsync(ReadOnlyMemory<byte> response, CancellationToken cancellationToken) =>
        _stream.WriteAsync(response, cancellationToken);

    private static StubRequest ParseHead(string head)
    {
        var lines = head.Split("\r\n");
        var requestLine = lines[0].Split(' ');
        if (requestLine.Length < 3) throw new InvalidDataException("stub: bad request line: " + lines[0]);
        var headers = new List<KeyValuePair<string, string>>(lines.Length - 1);
        for (int i = 1; i < lines.Length; i++)
        {
            int colon = lines[i].IndexOf(':');
            if (colon > 0) headers.Add(new(lines[i][..colon].Trim(), lines[i][(colon + 1)..].Trim()));
        }
        return new StubRequest(requestLine[0], requestLine[1], headers);
    }

    private async Task<long> SkipAsync(long count, CancellationToken cancellationToken)
    {
        long left = count;
        while (left > 0)
        {
            if (_start == _end && !await FillAsync(cancellationToken)) throw new EndOfStreamException("stub: body cut short");
            int take = (int)Math.Min(left, _end - _start);
            _start += take;
            left -= take;
        }
        return count;
    }

    /// <summary>Chunk-size lines (hex, maybe with extensions), data and CRLF, until the last chunk and its trailers.</summary>
    private async Task<long> SkipChunkedBodyAsync(CancellationToken cancellationToken)
    {
        long total = 0;
        while (true)
        {
            string sizeLine = await ReadLineAsync(cancellationToken);
            int semicolon = sizeLine.IndexOf(';');
            long size = long.Parse(semicolon < 0 ? sizeLine : sizeLine[..semicolon], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0) break;
            total += await SkipAsync(size, cancellationToken);
            await ReadLineAsync(cancellationToken);
        }
        while ((await ReadLineAsync(cancellationToken)).Length > 0)
        {
            // Trailers (aws-chunked uploads put their checksum here): read and ignored.
        }
        return total;
    }

    private async Task<string> ReadLineAsync(CancellationToken cancellationToken)
    {
        int lineEnd;
        while ((lineEnd = IndexOf("\r\n"u8)) < 0)
            if (!await FillAsync(cancellationToken)) throw new EndOfStreamException("stub: chunked body cut short");
        string line = Encoding.ASCII.GetString(_buffer, _start, lineEnd - _start).Trim();
        _start = lineEnd + 2;
        return line;
    }

    private int IndexOf(ReadOnlySpan<byte> value)
    {
        int at = _buffer.AsSpan(_start, _end - _start).IndexOf(value);
        return at < 0 ? -1 : _start + at;
    }

    /// <summary>Reads more bytes after the unread ones, compacting or growing the buffer first; false at end of stream.</summary>
    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
        int read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
        _end += read;
        return read > 0;
    }
}
