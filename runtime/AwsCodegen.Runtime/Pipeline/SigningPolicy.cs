using System;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime.Pipeline;

/// <summary>
/// Signs each attempt afresh (SigV4 signatures carry the time, and a retry may come minutes later), with the signing
/// name and region the resolved endpoint asks for, else the service's and the client's.
/// </summary>
internal sealed class SigningPolicy : PipelinePolicy
{
    public override async ValueTask<AwsHttpResponse> SendAsync(PipelineContext context, PipelineNext next)
    {
        if (context.Unsigned) return await next.SendAsync(context).ConfigureAwait(false);
        var config = context.Configuration;
        // Anonymous credentials: the caller asks for unsigned requests (a public S3 bucket).
        if (config.Credentials is Credentials.AnonymousCredentialsProvider) return await next.SendAsync(context).ConfigureAwait(false);
        var credentials = await config.Credentials.GetCredentialsAsync(context.CancellationToken).ConfigureAwait(false);
        var (scope, options) = SigningFor(context);
        // A stream body over TLS is not hashed (which would read it twice): TLS already protects it, as botocore does for S3.
        if (options.AddContentSha256Header && !options.UnsignedPayload && context.Request.Content is StreamRequestContent &&
            string.Equals(context.Request.Endpoint?.Scheme, "https", StringComparison.OrdinalIgnoreCase))
            options = options with { UnsignedPayload = true };
        SigV4Signer.Sign(context.Request, credentials, scope, DateTimeOffset.UtcNow + context.ClockOffset, options);
        return await next.SendAsync(context).ConfigureAwait(false);
    }

    /// <summary>The scope and options to sign the call with: the endpoint's auth scheme over the service's defaults.</summary>
    internal static (SigningScope Scope, SigV4Options Options) SigningFor(PipelineContext context)
    {
        var config = context.Configuration;
        var endpoint = context.Endpoint;
        var scope = new SigningScope(endpoint?.SigningRegion ?? config.SigningRegion, endpoint?.SigningName ?? config.Service.SigningName);
        var options = config.Service.SigningOptions;
        // An endpoint of S3's family signs the path as sent; the service's own options say so already for S3 itself.
        if (endpoint?.DisableDoubleEncoding == true && options.DoubleEncodePath) options = options with { DoubleEncodePath = false };
        return (scope, options);
    }
}
