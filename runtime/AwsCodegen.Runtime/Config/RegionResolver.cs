using System;
using AwsCodegen.Runtime.Errors;

namespace AwsCodegen.Runtime;

/// <summary>Finds the region: options, AWS_REGION, AWS_DEFAULT_REGION, then the profile.</summary>
public static class RegionResolver
{
    public static string Resolve(AwsClientOptions options, Func<string, string?> env, SharedConfig? profile)
    {
        string? region = NonEmpty(options.Region) ?? NonEmpty(env("AWS_REGION")) ?? NonEmpty(env("AWS_DEFAULT_REGION")) ?? NonEmpty(profile?.Get("region"));
        return region ?? throw new AwsClientException(
            "No AWS region is configured. Set AwsClientOptions.Region, the AWS_REGION environment variable, or 'region' in the profile" +
            (profile is null ? "." : $" '{profile.ProfileName}' of {profile.ConfigPath}."));
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
