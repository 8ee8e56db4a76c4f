using System;

namespace AwsCodegen.Runtime.Credentials;

/// <summary>
/// What STS AssumeRoleWithWebIdentity needs: the file holding the token (an OIDC token a platform such as EKS writes
/// and rotates), the role, a session name, and where the settings came from (for error messages).
/// </summary>
internal sealed record WebIdentitySettings(string TokenFile, string RoleArn, string SessionName, int? DurationSeconds, string Origin)
{
    public const string TokenFileVariable = "AWS_WEB_IDENTITY_TOKEN_FILE";
    public const string RoleArnVariable = "AWS_ROLE_ARN";
    public const string SessionNameVariable = "AWS_ROLE_SESSION_NAME";

    /// <summary>
    /// From AWS_WEB_IDENTITY_TOKEN_FILE, AWS_ROLE_ARN and AWS_ROLE_SESSION_NAME; null without a token file. As in
    /// botocore, AWS_ROLE_ARN alone is not web identity (other tools set it for their own use), but a token file
    /// without a role is a mistake to report.
    /// </summary>
    public static WebIdentitySettings? FromEnvironment(Func<string, string?> env)
    {
        string? tokenFile = NonEmpty(env(TokenFileVariable));
        string? roleArn = NonEmpty(env(RoleArnVariable));
        if (tokenFile is null) return null;
        if (roleArn is null)
            throw new CredentialsException($"The environment variable {TokenFileVariable} is set but {RoleArnVariable} is not. Set both for web identity, or neither.");
        return new WebIdentitySettings(tokenFile, roleArn, NonEmpty(env(SessionNameVariable)) ?? AssumeRoleSettings.DefaultSessionName(), null,
            $"environment variables {TokenFileVariable} and {RoleArnVariable}");
    }

    /// <summary>From a profile's web_identity_token_file, role_arn, role_session_name and duration_seconds.</summary>
    public static WebIdentitySettings FromProfile(SharedConfig profile)
    {
        string tokenFile = NonEmpty(profile.Get("web_identity_token_file"))
            ?? throw new CredentialsException($"The profile '{profile.ProfileName}' ({profile.ConfigPath}) has no web_identity_token_file.");
        string roleArn = NonEmpty(profile.Get("role_arn"))
            ?? throw new CredentialsException($"The profile '{profile.ProfileName}' sets web_identity_token_file ({profile.FileOf("web_identity_token_file")}) but no role_arn.");
        return new WebIdentitySettings(tokenFile, roleArn, AssumeRoleSettings.SessionNameOf(profile), AssumeRoleSettings.Duration(profile),
            $"web_identity_token_file of profile '{profile.ProfileName}' ({profile.FileOf("web_identity_token_file")})");
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
