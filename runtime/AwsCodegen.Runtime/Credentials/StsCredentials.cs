using System;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Credentials.Sts;
using AwsCodegen.Runtime.Errors;

namespace AwsCodegen.Runtime.Credentials;

/// <summary>One STS AssumeRole* call of the chain, through the runtime's own STS client, and its answer as <see cref="AwsCredentials"/>.</summary>
internal static class StsCredentials
{
    /// <param name="options">The STS client's options (credentials, region, endpoint).</param>
    /// <param name="call">The call; returns the response's Credentials element.</param>
    /// <param name="what">What is asked, for errors: "AssumeRole of arn:... for profile 'dev' (/home/u/.aws/config)".</param>
    public static async Task<AwsCredentials> AssumeAsync(AwsClientOptions options, Func<STSClient, Task<Sts.Credentials?>> call, string what)
    {
        Sts.Credentials? credentials;
        try
        {
            using var sts = new STSClient(options);
            credentials = await call(sts).ConfigureAwait(false);
        }
        catch (AwsServiceException e)
        {
            throw new CredentialsException($"STS refused {what}: {e.ErrorCode}: {e.ErrorMessage}", e);
        }
        catch (AwsClientException e) when (e is not CredentialsException)
        {
            throw new CredentialsException($"{what} failed: {e.Message}", e);
        }
        if (credentials is not { AccessKeyId: { Length: > 0 } accessKeyId, SecretAccessKey: { Length: > 0 } secretAccessKey })
            throw new CredentialsException($"STS answered {what} without credentials.");
        return new AwsCredentials(accessKeyId, secretAccessKey,
            string.IsNullOrEmpty(credentials.SessionToken) ? null : credentials.SessionToken, credentials.Expiration);
    }
}
