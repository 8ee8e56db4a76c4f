namespace AwsCodegen.Runtime.Credentials;

/// <summary>How a shared-config profile gets its credentials.</summary>
public enum ProfileCredentialsKind
{
    /// <summary>The profile has no credential settings.</summary>
    None,

    /// <summary>aws_access_key_id and aws_secret_access_key (and aws_session_token).</summary>
    StaticKeys,

    /// <summary>role_arn with source_profile, credential_source or web_identity_token_file (assume role).</summary>
    AssumeRole,

    /// <summary>sso_session, or the legacy sso_start_url / sso_account_id / sso_role_name settings.</summary>
    Sso,

    /// <summary>credential_process: a command that prints the credentials as JSON.</summary>
    Process,

    /// <summary>login_session: credentials from "aws login".</summary>
    Login,
}

/// <summary>Decides a profile's <see cref="ProfileCredentialsKind"/>, in the AWS CLI's order of precedence.</summary>
public static class ProfileCredentialsKinds
{
    /// <summary>
    /// role_arn first, then SSO, then static keys, then credential_process, then login_session: the order in which
    /// the AWS CLI's resolvers look at one profile.
    /// </summary>
    public static ProfileCredentialsKind Detect(SharedConfig profile)
    {
        if (Has(profile, "role_arn")) return ProfileCredentialsKind.AssumeRole;
        if (Has(profile, "sso_session") || Has(profile, "sso_start_url") || Has(profile, "sso_account_id") || Has(profile, "sso_role_name"))
            return ProfileCredentialsKind.Sso;
        if (Has(profile, "aws_access_key_id") || Has(profile, "aws_secret_access_key")) return ProfileCredentialsKind.StaticKeys;
        if (Has(profile, "credential_process")) return ProfileCredentialsKind.Process;
        if (Has(profile, "login_session")) return ProfileCredentialsKind.Login;
        return ProfileCredentialsKind.None;
    }

    /// <summary>The profile's setting names for a kind, as they appear in the files.</summary>
    public static string SettingNames(ProfileCredentialsKind kind) => kind switch
    {
        ProfileCredentialsKind.StaticKeys => "aws_access_key_id/aws_secret_access_key",
        ProfileCredentialsKind.AssumeRole => "role_arn",
        ProfileCredentialsKind.Sso => "sso_*",
        ProfileCredentialsKind.Process => "credential_process",
        ProfileCredentialsKind.Login => "login_session",
        _ => "none",
    };

    private static bool Has(SharedConfig profile, string key) => !string.IsNullOrWhiteSpace(profile.Get(key));
}
