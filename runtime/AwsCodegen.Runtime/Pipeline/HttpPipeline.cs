using System.Threading.Tasks;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime.Pipeline;

/// <summary>
/// The one place where the order of policies is written: endpoint, then addressing (bucket in host or path), then compression, then retry, then (per attempt) sign, then send.
/// </summary>
public sealed class HttpPipeline
{
    private readonly PipelinePolicy[] _policies;

    public HttpPipeline(ClientConfiguration configuration)
    {
        _policies = new PipelinePolicy[]
        {
            new EndpointPolicy(),
            new AddressingPolicy(),
            new RequestCompressionPolicy(),
            new RetryPolicy(),
            new SigningPolicy(),
            new TransportPolicy(configuration.Transport),
        };
    }

    public ValueTask<AwsHttpResponse> SendAsync(PipelineContext context) =>
        new PipelineNext(_policies, 0).SendAsync(context);
}
