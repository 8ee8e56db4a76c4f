using System.Threading.Tasks;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime.Pipeline;

/// <summary>
/// The one place where the order of policies is written: endpoint (rules: host, path, signing name and region), then compression, then flexible checksums, then retry, then (per attempt) sign, then log (only with a request log: --debug), then send.
/// The retry policy owns the attempt loop: per-attempt timeout, classification, retry quota, adaptive rate limiting and backoff
/// (the client's <see cref="Retry.RetryStrategy"/>); everything below it runs once per attempt.
/// </summary>
public sealed class HttpPipeline
{
    private readonly PipelinePolicy[] _policies;

    public HttpPipeline(ClientConfiguration configuration)
    {
        var policies = new System.Collections.Generic.List<PipelinePolicy>(7)
        {
            new EndpointPolicy(),
            new RequestCompressionPolicy(),
            new ChecksumPolicy(),
            new RetryPolicy(),
            new SigningPolicy(),
        };
        if (configuration.RequestLog is { } log) policies.Add(new LoggingPolicy(log));
        policies.Add(new TransportPolicy(configuration.Transport));
        _policies = policies.ToArray();
    }

    public ValueTask<AwsHttpResponse> SendAsync(PipelineContext context) =>
        new PipelineNext(_policies, 0).SendAsync(context);
}
