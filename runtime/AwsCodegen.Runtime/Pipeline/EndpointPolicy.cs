using System.Threading.Tasks;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime.Pipeline;

/// <summary>
/// Resolves the call's endpoint and puts it on the request: from the service's endpoint rules when it has them
/// (cached per client and parameter set), else the configured or model-derived endpoint. Adds the headers the
/// endpoint asks for; the signing policy reads the endpoint's signing name and region.
/// </summary>
internal sealed class EndpointPolicy : PipelinePolicy
{
    public override ValueTask<AwsHttpResponse> SendAsync(PipelineContext context, PipelineNext next)
    {
        Apply(context);
        return next.SendAsync(context);
    }

    /// <summary>Resolves and sets the endpoint (also used by presigning, which builds a request it does not send).</summary>
    internal static void Apply(PipelineContext context)
    {
        var request = context.Request;
        if (request.Endpoint is null)
        {
            if (context.Configuration.Endpoints is { } endpoints)
            {
                var target = endpoints.Resolve(context.OperationName, context.EndpointParameters);
                context.Endpoint = target;
                request.Endpoint = target.Url;
                foreach (var header in target.Headers) request.Headers.Add(header.Key, header.Value);
            }
            else
            {
                request.Endpoint = context.Configuration.Endpoint;
            }
        }
    }
}
