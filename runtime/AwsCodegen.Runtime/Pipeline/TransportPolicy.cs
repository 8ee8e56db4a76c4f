using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime.Pipeline;

/// <summary>The last policy: turns the request into an HttpRequestMessage and sends it on the client's pooled handler.</summary>
internal sealed class TransportPolicy : PipelinePolicy
{
    private readonly HttpMessageInvoker _invoker;

    public TransportPolicy(HttpMessageInvoker invoker) => _invoker = invoker;

    public override async ValueTask<AwsHttpResponse> SendAsync(PipelineContext context, PipelineNext next)
    {
        using var message = ToMessage(context.Request);
        var response = await _invoker.SendAsync(message, context.CancellationToken).ConfigureAwait(false);
        try
        {
            // NonValidated: the values as received, without parsing each header into its typed form and back.
            var headers = new HeaderList();
            foreach (var h in response.Headers.NonValidated)
                foreach (var v in h.Value) headers.Add(h.Key, v);
            foreach (var h in response.Content.Headers.NonValidated)
                foreach (var v in h.Value) headers.Add(h.Key, v);
            var stream = await response.Content.ReadAsStreamAsync(context.CancellationToken).ConfigureAwait(false);
            return new AwsHttpResponse((int)response.StatusCode, headers, stream, response);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>The shared HttpMethod instances for the methods AWS uses, so a call allocates none.</summary>
    private static HttpMethod Method(string method) => method switch
    {
        "GET" => HttpMethod.Get,
        "POST" => HttpMethod.Post,
        "PUT" => HttpMethod.Put,
        "DELETE" => HttpMethod.Delete,
        "HEAD" => HttpMethod.Head,
        "PATCH" => HttpMethod.Patch,
        _ => new HttpMethod(method),
    };

    internal static HttpRequestMessage ToMessage(AwsHttpRequest request)
    {
        var message = new HttpRequestMessage(Method(request.Method), request.BuildUri());
        HttpContent? content = request.Content switch
        {
            BytesRequestContent bytes => new ReadOnlyMemoryContent(bytes.Bytes),
            StreamRequestContent stream => new StreamContent(new NonDisposingStream(stream.Stream)),
            _ => null,
        };
        foreach (var header in request.Headers)
        {
            if (string.Equals(header.Key, "Host", StringComparison.OrdinalIgnoreCase))
            {
                message.Headers.Host = header.Value;
                continue;
            }
            if (!message.Headers.TryAddWithoutValidation(header.Key, header.Value))
            {
                content ??= new ByteArrayContent(Array.Empty<byte>());
                content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }
        if (content is not null)
        {
            // HttpContent computes Content-Length itself; a stream of unknown length goes out chunked.
            if (content.Headers.ContentType is null && request.Content?.ContentType is { } type)
                content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
            message.Content = content;
        }
        return message;
    }
}
