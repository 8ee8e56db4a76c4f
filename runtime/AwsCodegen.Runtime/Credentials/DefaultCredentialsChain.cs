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
    public static IAwsCredentialsProvider Create(string? profile, Func<string, string?> env) =>
        new CachingCredentialsProvider(new CredentialsChain(CreateSources(profile, env)));

    /// <summary>
    /// The sources, in order:
    /// <list type="number">
    /// <item>the environment: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN;</item>
    /// <item>the profile of the shared files: static keys, or through AWSSDK.Core credential_process, role_arn,
    /// sso_* and login_session.</item>
    /// </list>
    /// As in the AWS CLI, a profile named in code (<paramref name="profile"/> not null, like --profile) skips the
    /// environment's keys, while a profile named by AWS_PROFILE does not. Nothing here probes the network; container
    /// and instance-metadata sources, when they come, are appended to this list.
    /// </summary>
    public static IReadOnlyList<ICredentialsSource> CreateSources(string? profile, Func<string, string?> env)
    {
        ArgumentNullException.ThrowIfNull(env);
        var sources = new List<ICredentialsSource>(2);
        if (string.IsNullOrWhiteSpace(profile)) sources.Add(new EnvironmentCredentialsSource(env));
        sources.Add(new ProfileCredentialsSource(profile, env));
        return sources;
    }
}
