using System;
using AwsCodegen.Runtime.Auth;

namespace AwsCodegen.Runtime.Credentials;

/// <summary>
/// A profile's credential_source: where the credentials that assume its role come from, instead of a source_profile.
/// The names are the AWS CLI's, case-sensitive as there.
/// </summary>
internal static class CredentialSourceSetting
{
    public const string Environment = "Environment";
    public const string Ec2InstanceMetadata = "Ec2InstanceMetadata";
    public const string EcsContainer = "EcsContainer";

    public static IAwsCredentialsProvider Create(SharedConfig profile, string value, Func<string, string?> env)
    {
        string requiredBy = $"credential_source = {value} of profile '{profile.ProfileName}' ({profile.FileOf("credential_source")})";
        ICredentialsSource source = value switch
        {
            Environment => new EnvironmentCredentialsSource(env),
            Ec2InstanceMetadata => new InstanceMetadataCredentialsSource(profile.ProfileName, env),
            EcsContainer => new ContainerCredentialsSource(env),
            _ => throw new CredentialsException(
                $"The profile '{profile.ProfileName}' has credential_source = {value} ({profile.FileOf("credential_source")}), which is not one of {Environment}, {Ec2InstanceMetadata} or {EcsContainer}."),
        };
        return new RequiredSourceProvider(source, requiredBy);
    }
}
