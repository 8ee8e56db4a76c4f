using System;
using System.Collections.Generic;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Credentials;

namespace AwsCodegen.Runtime;

/// <summary>
/// The credentials a client uses when none are given: the first of <see cref="CreateSources"/> that has some,
/// looked up on the first request (not when the client is created) and then cached, refreshed five minutes before
/// they expire.
/// </summary>
public static class DefaultCredentialsChain
{
    /// <param name="profile">The profile asked for in code or on the command line (--profile), or null.</param>
    /// <param name="env">Reads environment variables; the resident CLI host passes each command's own.</param>
    /// <param name="region">The client's region: where STS is called when the profile names no region.</param>
    /// <param name="processEnvironment">The whole environment a credential_process runs with (the resident CLI host
    /// passes each command's own); null: this process's.</param>
    /// <param name="processWorkingDirectory">The directory a credential_process runs in, and against which a relative
    /// command path is found (the resident CLI host passes each command's own); null: this process's.</param>
    public static IAwsCredentialsProvider Create(string? profile, Func<string, string?> env, string? region = null,
        IReadOnlyDictionary<string, string>? processEnvironment = null, string? processWorkingDirectory = null) =>
        new CachingCredentialsProvider(new CredentialsChain(CreateSources(profile, env, region, processEnvironment, processWorkingDirectory)));

    /// <summary>
    /// The sources, in order:
    /// <list type="number">
    /// <item>the environment: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN;</item>
    /// <item>the profile of the shared files: static keys; role_arn with source_profile, credential_source or
    /// web_identity_token_file (through our STS client); sso_* (our SSO client with AWSSDK.Core's token cache);
    /// credential_process (run here, with processEnvironment); login_session (through AWSSDK.Core);</item>
    /// <item>web identity from the environment: AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN (our STS client);</item>
    /// <item>the container endpoint: AWS_CONTAINER_CREDENTIALS_RELATIVE_URI or _FULL_URI;</item>
    /// <item>EC2 instance metadata, unless AWS_EC2_METADATA_DISABLED=true.</item>
    /// </list>
    /// As in the AWS CLI, a profile named in code (<paramref name="profile"/> not null, like --profile) skips the
    /// environment's keys, while a profile named by AWS_PROFILE does not. Only the last source probes the network
    /// unasked, with a short timeout; the others act only when their settings are present.
    /// </summary>
    public static IReadOnlyList<ICredentialsSource> CreateSources(string? profile, Func<string, string?> env, string? region = null,
        IReadOnlyDictionary<string, string>? processEnvironment = null, string? processWorkingDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(env);
        var sources = new List<ICredentialsSource>(5);
        if (string.IsNullOrWhiteSpace(profile)) sources.Add(new EnvironmentCredentialsSource(env));
        sources.Add(new ProfileCredentialsSource(profile, env, region, processEnvironment, processWorkingDirectory));
        sources.Add(new WebIdentityCredentialsSource(env, region));
        sources.Add(new ContainerCredentialsSource(env));
        sources.Add(new InstanceMetadataCredentialsSource(profile, env));
        return sources;
    }
}
