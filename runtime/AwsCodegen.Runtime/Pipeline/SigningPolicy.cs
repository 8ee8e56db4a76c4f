using System;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime.Pipeline;

/// <summary>Signs each attempt afresh (SigV4 signatures carry the time, and a retry may come minutes later).</summary>
internal sealed class SigningPolicy : PipelinePolicy
{
    public override async ValueTask<AwsHttpResponse> SendAsync(PipelineContext context, PipelineNext next)
    {
        var config = context.Configuration;
        var credentials = await config.Credentials.GetCredentialsAsync(context.CancellationToken).ConfigureAwait(false);
        var scope = new SigningScope(config.SigningRegion, config.Service.SigningName);
        SigV4Signer.Sign(context.Request, credentials, scope, DateTimeOffset.UtcNow + context.ClockOffset, config.Service.SigningOptions);
        return await next.SendAsync(context).ConfigureAwait(false);
    }
}
