using System.Threading.Tasks;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime.Pipeline;

/// <summary>
/// The one place where the order of policies is written: endpoint (rules: host, path, signing name and region), then compression, then retry, then (per attempt) sign, then send.
/// The retry policy owns the attempt loop: per-attempt timeout, classification, retry quota, adaptive rate limiting and backoff
/// (the client's <see cref="Retry.RetryStrategy"/>); everything below it runs once per attempt.
/// </summary>
public sealed class HttpPipeline
{
    private readonly PipelinePolicy[] _policies;

    public HttpPipeline(ClientConfiguration configuration)
    {
        _policies = new PipelinePolicy[]
        {
            new EndpointPolicy(),
            new RequestCompressionPolicy(),
            new RetryPolicy(),
            new SigningPolicy(),
            new TransportPolicy(configuration.Transport),
        };
    }

    public ValueTask<AwsHttpResponse> SendAsync(PipelineContext context) =>
        new PipelineNext(_policies, 0).SendAsync(context);
}
