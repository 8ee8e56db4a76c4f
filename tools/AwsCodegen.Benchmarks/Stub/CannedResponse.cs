using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AwsCodegen.Benchmarks.Stub;

/// <summary>
/// A complete HTTP/1.1 response (status line, headers, body) encoded once, so that serving it is one socket write and
/// the stub adds no per-request work of its own. There is no Date header on purpose: it would have to be formatted
/// per request, and neither client needs it on a success.
/// </summary>
public sealed class CannedResponse
{
    private CannedResponse(string name, byte[] bytes)
    {
        Name = name;
        Bytes = bytes;
    }

    public string Name { get; }
    public ReadOnlyMemory<byte> Bytes { get; }

    public static CannedResponse Create(string name, int status, string reason, IEnumerable<(string Name, string Value)> headers, ReadOnlySpan<byte> body)
    {
        var head = new StringBuilder();
        head.Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {status} {reason}\r\n");
        foreach (var (headerName, value) in headers) head.Append(headerName).Append(": ").Append(value).Append("\r\n");
        head.Append(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n\r\n");
        var bytes = new byte[Encoding.ASCII.GetByteCount(head.ToString()) + body.Length];
        int written = Encoding.ASCII.GetBytes(head.ToString(), bytes);
        body.CopyTo(bytes.AsSpan(written));
        return new CannedResponse(name, bytes);
    }
}
