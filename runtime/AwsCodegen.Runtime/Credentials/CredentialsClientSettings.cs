using System;
using AwsCodegen.Runtime.Auth;

namespace AwsCodegen.Runtime.Credentials;

/// <summary>
/// How the chain's own STS and SSO clients are set up: the region, the profile whose settings apply to them
/// (endpoint_url, max_attempts, retry_mode) and the caller's environment delegate, so that AWS_ENDPOINT_URL_STS,
/// AWS_ENDPOINT_URL_SSO and AWS_ENDPOINT_URL work for them as for any other client.
/// </summary>
internal sealed record CredentialsClientSettings(string Region, string? ProfileName, Func<string, string?> Env)
{
    /// <summary>STS's region when nothing names one, as in the AWS SDKs.</summary>
    public const string FallbackRegion = "us-east-1";

    /// <summary>
    /// The region: the profile's own, else the region of the client whose chain this is, else AWS_REGION or
    /// AWS_DEFAULT_REGION, else us-east-1.
    /// </summary>
    public static CredentialsClientSettings For(SharedConfig? profile, string? clientRegion, Func<string, string?> env)
    {
        string region = NonEmpty(profile?.Get("region")) ?? NonEmpty(clientRegion) ?? NonEmpty(env("AWS_REGION")) ??
            NonEmpty(env("AWS_DEFAULT_REGION")) ?? FallbackRegion;
        return new CredentialsClientSettings(region, profile?.ProfileName, env);
    }

    /// <summary>These settings with another region (SSO calls the portal in the profile's sso_region).</summary>
    public CredentialsClientSettings InRegion(string region) => this with { Region = region };

    public AwsClientOptions ClientOptions(IAwsCredentialsProvider credentials) => new()
    {
        Region = Region,
        Profile = ProfileName,
        EnvironmentVariables = Env,
        Credentials = credentials,
        // The call that needs these credentials waits for them: a service that stops answering must not hold it forever.
        AttemptTimeout = AttemptTimeout,
        OperationTimeout = OperationTimeout,
    };

    /// <summary>One attempt of an STS or SSO call made for credentials.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The whole STS or SSO call made for credentials, retries included.</summary>
    public static readonly TimeSpan OperationTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Options for STS: as <see cref="ClientOptions"/>. STS's endpoint rules give the region's own endpoint
    /// (sts.REGION.amazonaws.com), as the AWS SDKs and CLI use, unless AWS_STS_REGIONAL_ENDPOINTS=legacy.
    /// </summary>
    public AwsClientOptions StsOptions(IAwsCredentialsProvider credentials) => ClientOptions(credentials);

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
