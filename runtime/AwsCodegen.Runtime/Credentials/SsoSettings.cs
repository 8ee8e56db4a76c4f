using System.Collections.Generic;

namespace AwsCodegen.Runtime.Credentials;

/// <summary>
/// An SSO profile's settings: sso_account_id and sso_role_name, with sso_start_url and sso_region from the profile
/// itself (legacy form) or from the [sso-session NAME] section its sso_session names.
/// </summary>
internal sealed record SsoSettings(string AccountId, string RoleName, string Region, string StartUrl, string? SessionName)
{
    public static SsoSettings FromProfile(SharedConfig profile)
    {
        string? sessionName = NonEmpty(profile.Get("sso_session"));
        string? region = NonEmpty(profile.Get("sso_region"));
        string? startUrl = NonEmpty(profile.Get("sso_start_url"));
        if (sessionName is not null)
        {
            var session = profile.GetSection("sso-session", sessionName)
                ?? throw new CredentialsException($"The profile '{profile.ProfileName}' has sso_session = {sessionName}, but {profile.ConfigPath} has no [sso-session {sessionName}] section.");
            region ??= Value(session, "sso_region");
            startUrl ??= Value(session, "sso_start_url");
            if (region is null) throw Missing(profile, $"sso_region (in [sso-session {sessionName}])");
            if (startUrl is null) throw Missing(profile, $"sso_start_url (in [sso-session {sessionName}])");
        }
        return new SsoSettings(
            NonEmpty(profile.Get("sso_account_id")) ?? throw Missing(profile, "sso_account_id"),
            NonEmpty(profile.Get("sso_role_name")) ?? throw Missing(profile, "sso_role_name"),
            region ?? throw Missing(profile, "sso_region"),
            startUrl ?? throw Missing(profile, "sso_start_url"),
            sessionName);
    }

    /// <summary>What `aws sso login` was run for: the session name, or the start URL of a legacy profile.</summary>
    public string LoginKey => SessionName ?? StartUrl;

    private static CredentialsException Missing(SharedConfig profile, string key) =>
        new($"The SSO profile '{profile.ProfileName}' ({profile.ConfigPath}) is missing {key}.");

    private static string? Value(IReadOnlyDictionary<string, string> section, string key) =>
        section.TryGetValue(key, out var value) ? NonEmpty(value) : null;

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
