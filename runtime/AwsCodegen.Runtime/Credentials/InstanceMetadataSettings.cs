using System;

namespace AwsCodegen.Runtime.Credentials;

/// <summary>Where the instance metadata service is and whether IMDSv1 may be used, from the environment or the profile.</summary>
internal sealed record InstanceMetadataSettings(Uri Endpoint, bool V1Disabled)
{
    private static readonly Uri IPv4 = new("http://169.254.169.254/");
    private static readonly Uri IPv6 = new("http://[fd00:ec2::254]/");

    public static InstanceMetadataSettings Resolve(string? profileName, Func<string, string?> env)
    {
        var profile = SharedConfig.Load(profileName, env);
        return new InstanceMetadataSettings(ResolveEndpoint(profile, env), IsTrue(env(InstanceMetadataCredentialsSource.V1DisabledVariable) ?? profile?.Get("ec2_metadata_v1_disabled")));
    }

    private static Uri ResolveEndpoint(SharedConfig? profile, Func<string, string?> env)
    {
        string? configured = NonEmpty(env(InstanceMetadataCredentialsSource.EndpointVariable));
        string source = InstanceMetadataCredentialsSource.EndpointVariable;
        if (configured is null && NonEmpty(profile?.Get("ec2_metadata_service_endpoint")) is { } fromProfile)
        {
            configured = fromProfile;
            source = $"ec2_metadata_service_endpoint in profile '{profile!.ProfileName}' ({profile.FileOf("ec2_metadata_service_endpoint")})";
        }
        if (configured is not null)
        {
            if (!Uri.TryCreate(configured.TrimEnd('/') + "/", UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                throw new CredentialsException($"{source} is '{configured}', which is not an absolute http or https URL.");
            return uri;
        }

        string? mode = NonEmpty(env(InstanceMetadataCredentialsSource.EndpointModeVariable)) ?? NonEmpty(profile?.Get("ec2_metadata_service_endpoint_mode"));
        return mode switch
        {
            null => IPv4,
            _ when mode.Equals("IPv4", StringComparison.OrdinalIgnoreCase) => IPv4,
            _ when mode.Equals("IPv6", StringComparison.OrdinalIgnoreCase) => IPv6,
            _ => throw new CredentialsException(
                $"The EC2 metadata endpoint mode ({InstanceMetadataCredentialsSource.EndpointModeVariable} or ec2_metadata_service_endpoint_mode) is '{mode}'; it must be IPv4 or IPv6."),
        };
    }

    private static bool IsTrue(string? value) => string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
