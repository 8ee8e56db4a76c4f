using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace AwsCodegen.Cli.Coprocess;

/// <summary>
/// Netstrings ("12:hello world!,"): a decimal byte count, a colon, the bytes, a comma. Frames longer than
/// <see cref="MaxLength"/>, a length that is not decimal, or a missing comma are errors: with a length-prefixed
/// stream there is no way to find the next frame after a bad one.
/// </summary>
public static class Netstring
{
    public const int MaxLength = 16 * 1024 * 1024;

    /// <summary>The next frame's payload; null at a clean end of stream (before any byte of a frame).</summary>
    public static async Task<byte[]?> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var one = new byte[1];
        long length = 0;
        int digits = 0;
        while (true)
        {
            if (await stream.ReadAsync(one, cancellationToken).ConfigureAwait(false) == 0)
                return digits == 0 ? null : throw new InvalidDataException("the stream ended inside a frame's length");
            byte b = one[0];
            if (b == ':') break;
            if (b is < (byte)'0' or > (byte)'9')
                throw new InvalidDataException($"a frame must start with its decimal length, not byte 0x{b:x2}");
            length = length * 10 + (b - '0');
            if (++digits > 9 || length > MaxLength) throw new InvalidDataException($"a frame is longer than {MaxLength} bytes");
        }
        if (digits == 0) throw new InvalidDataException("a frame's length is empty");
        var payload = new byte[length];
        await stream.ReadExactlyAsync(payload, cancellationToken).ConfigureAwait(false);
        if (await stream.ReadAsync(one, cancellationToken).ConfigureAwait(false) == 0 || one[0] != ',')
            throw new InvalidDataException("a frame does not end with ','");
        return payload;
    }

    public static async Task WriteAsync(Stream stream, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        var frame = new byte[payload.Length + 12];
        int head = Encoding.ASCII.GetBytes(payload.Length.ToString(CultureInfo.InvariantCulture) + ":", frame);
        payload.CopyTo(frame.AsMemory(head));
        frame[head + payload.Length] = (byte)',';
        await stream.WriteAsync(frame.AsMemory(0, head + payload.Length + 1), cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
