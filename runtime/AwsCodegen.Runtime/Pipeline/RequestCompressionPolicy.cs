using System;
using System.IO;
using System.IO.Compression;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime.Pipeline;

/// <summary>
/// Gzips the body of operations that accept it, once per call (before retries), when it is at least the configured
/// size. The encoding is appended to any Content-Encoding the request already carries.
/// </summary>
internal sealed class RequestCompressionPolicy : PipelinePolicy
{
    public override ValueTask<AwsHttpResponse> SendAsync(PipelineContext context, PipelineNext next)
    {
        var request = context.Request;
        var config = context.Configuration;
        if (request.GzipAllowed && !config.DisableRequestCompression &&
            request.Content is BytesRequestContent bytes && bytes.Bytes.Length >= config.RequestMinCompressionSizeBytes)
        {
            using var compressed = new MemoryStream();
            using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
                gzip.Write(bytes.Bytes.Span);
            request.Content = RequestContent.FromBytes(compressed.ToArray(), bytes.ContentType);
            string? existing = request.Headers.Get("Content-Encoding");
            request.Headers.Set("Content-Encoding", string.IsNullOrEmpty(existing) ? "gzip" : existing + ", gzip");
        }
        return next.SendAsync(context);
    }
}
