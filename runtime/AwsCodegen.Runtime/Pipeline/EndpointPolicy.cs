using System.Threading.Tasks;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime.Pipeline;

/// <summary>Puts the resolved endpoint on the request. The endpoint is resolved once per client, not per call.</summary>
internal sealed class EndpointPolicy : PipelinePolicy
{
    public override ValueTask<AwsHttpResponse> SendAsync(PipelineContext context, PipelineNext next)
    {
        context.Request.Endpoint ??= context.Configuration.Endpoint;
        return next.SendAsync(context);
    }
}
