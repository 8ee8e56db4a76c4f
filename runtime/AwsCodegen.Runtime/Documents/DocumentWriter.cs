using System;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Protocols;

namespace AwsCodegen.Runtime.Documents;

/// <summary>Writes typed values as JSON for the generated document bindings.</summary>
public static class DocumentWriter
{
    public static void WriteBlob(Utf8JsonWriter writer, byte[] value, DocumentOptions options)
    {
        if (options.Blobs == BlobEncoding.Utf8Text) writer.WriteStringValue(Encoding.UTF8.GetString(value));
        else writer.WriteBase64StringValue(value);
    }

    /// <summary>Writes a stream's content as a blob. The stream must be buffered first (see <see cref="BufferAsync"/>).</summary>
    public static void WriteStream(Utf8JsonWriter writer, Stream value, DocumentOptions options)
    {
        if (value is not MemoryStream memory) throw new InvalidOperationException("Streams are buffered before they are written as JSON.");
        WriteBlob(writer, memory.ToArray(), options);
    }

    public static void WriteTimestamp(Utf8JsonWriter writer, DateTimeOffset value, DocumentOptions options)
    {
        if (options.Timestamps == TimestampStyle.EpochSeconds)
            writer.WriteRawValue(Timestamps.FormatEpochSeconds(value), skipInputValidation: true);
        else
            writer.WriteStringValue(Timestamps.Format(value, TimestampFormat.Iso8601));
    }

    /// <summary>Reads a response stream into memory so that it can be written as JSON, and disposes the original.</summary>
    public static async Task<Stream?> BufferAsync(Stream? stream, CancellationToken cancellationToken)
    {
        if (stream is null or MemoryStream) return stream;
        var memory = new MemoryStream();
        await using (stream.ConfigureAwait(false))
        {
            await stream.CopyToAsync(memory, cancellationToken).ConfigureAwait(false);
        }
        memory.Position = 0;
        return memory;
    }
}
