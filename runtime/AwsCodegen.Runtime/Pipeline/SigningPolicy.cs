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
        // Operations that take no signature (authtype "none") are called by clients given anonymous credentials.
        if (config.Credentials is Credentials.AnonymousCredentialsProvider) return await next.SendAsync(context).ConfigureAwait(false);
        var credentials = await config.Credentials.GetCredentialsAsync(context.CancellationToken).ConfigureAwait(false);
        var scope = new SigningScope(config.SigningRegion, config.Service.SigningName);
        var options = config.Service.SigningOptions;
        // A stream body over TLS is not hashed (which would read it twice): TLS already protects it, as botocore does for S3.
        if (options.AddContentSha256Header && !options.UnsignedPayload && context.Request.Content is StreamRequestContent &&
            string.Equals(context.Request.Endpoint?.Scheme, "https", StringComparison.OrdinalIgnoreCase))
            options = options with { UnsignedPayload = true };
        SigV4Signer.Sign(context.Request, credentials, scope, DateTimeOffset.UtcNow + context.ClockOffset, options);
        return await next.SendAsync(context).ConfigureAwait(false);
    }
}
