using System;
using System.Globalization;

namespace AwsCodegen.Runtime.Credentials;

/// <summary>What to ask STS AssumeRole for, from a profile's role_arn, role_session_name, external_id and duration_seconds.</summary>
internal sealed record AssumeRoleSettings(string RoleArn, string SessionName, string? ExternalId, int? DurationSeconds)
{
    /// <summary>Reads the settings; mfa_serial is an error (there is nobody to type the code), as is a bad duration.</summary>
    public static AssumeRoleSettings FromProfile(SharedConfig profile)
    {
        string roleArn = NonEmpty(profile.Get("role_arn"))
            ?? throw new CredentialsException($"The profile '{profile.ProfileName}' ({profile.ConfigPath}) has no role_arn.");
        if (NonEmpty(profile.Get("mfa_serial")) is not null)
        {
            throw new CredentialsException(
                $"The profile '{profile.ProfileName}' sets mfa_serial ({profile.FileOf("mfa_serial")}): assuming its role needs an MFA code, " +
                "and AwsCodegen does not prompt for one (it runs non-interactively). Get credentials with the code yourself " +
                "(aws sts get-session-token or assume-role with --token-code) and put them in a profile, or remove mfa_serial.");
        }
        return new AssumeRoleSettings(roleArn, SessionNameOf(profile), NonEmpty(profile.Get("external_id")), Duration(profile));
    }

    /// <summary>role_session_name, else a name of our own with the time, as the SDKs make one.</summary>
    public static string SessionNameOf(SharedConfig? profile) =>
        NonEmpty(profile?.Get("role_session_name")) ?? DefaultSessionName();

    public static string DefaultSessionName() =>
        "awscodegen-" + DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>duration_seconds: a whole number of seconds, or null to let STS decide (one hour).</summary>
    public static int? Duration(SharedConfig profile)
    {
        if (NonEmpty(profile.Get("duration_seconds")) is not { } text) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int seconds) && seconds > 0) return seconds;
        throw new CredentialsException(
            $"The profile '{profile.ProfileName}' has duration_seconds = '{text}' ({profile.FileOf("duration_seconds")}); it must be a whole number of seconds (900 to 43200).");
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
