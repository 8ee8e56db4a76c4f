using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Errors;

namespace AwsCodegen.Runtime.Credentials;

/// <summary>
/// The profile kinds that AWSSDK.Core implements (credential_process, assume role, SSO, login), adapted to
/// <see cref="IAwsCredentialsProvider"/>. This is the only type of the credentials chain that names AWSSDK.Core,
/// so AWSSDK.Core is loaded only when a profile of one of these kinds is used.
/// </summary>
/// <remarks>
/// The profile is handed over as a <see cref="CredentialProfile"/> built from our own reading of the files (so the
/// environment delegate decides which files and profile, not the process environment), and other profiles
/// (source_profile) are looked up through the same files. What AWSSDK.Core then does is its own: the command of
/// credential_process runs with the process environment; assume role needs the AWSSDK.SecurityToken assembly and SSO
/// the AWSSDK.SSO and AWSSDK.SSOOIDC assemblies at run time, which this runtime does not reference.
/// </remarks>
internal sealed class AwsSdkProfileCredentials : IAwsCredentialsProvider
{
    private readonly SharedConfig _profile;
    private readonly ProfileCredentialsKind _kind;
    private readonly Func<string, string?> _env;
    private readonly object _lock = new();
    private AWSCredentials? _sdkCredentials;

    public AwsSdkProfileCredentials(SharedConfig profile, ProfileCredentialsKind kind, Func<string, string?> env)
    {
        _profile = profile;
        _kind = kind;
        _env = env;
    }

    private string What => $"profile '{_profile.ProfileName}' ({ProfileCredentialsKinds.SettingNames(_kind)}, in {_profile.CredentialsPath} and {_profile.ConfigPath})";

    public async ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default)
    {
        var sdkCredentials = GetSdkCredentials();
        ImmutableCredentials immutable;
        try
        {
            immutable = await sdkCredentials.GetCredentialsAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException && e is not AwsClientException)
        {
            throw new AwsClientException($"AWSSDK.Core could not get credentials for the {What}: {e.Message}", e);
        }
        if (immutable is null || string.IsNullOrEmpty(immutable.AccessKey) || string.IsNullOrEmpty(immutable.SecretKey))
            throw new AwsClientException($"AWSSDK.Core returned no credentials for the {What}.");

        return new AwsCredentials(immutable.AccessKey, immutable.SecretKey,
            string.IsNullOrEmpty(immutable.Token) ? null : immutable.Token,
            ToExpiration(sdkCredentials.Expiration));
    }

    private AWSCredentials GetSdkCredentials()
    {
        lock (_lock)
        {
            if (_sdkCredentials is { } existing) return existing;
            try
            {
                var source = new ProfileSource(this);
                return _sdkCredentials = AWSCredentialsFactory.GetAWSCredentials(ToSdkProfile(_profile, _kind), source);
            }
            catch (Exception e) when (e is not AwsClientException)
            {
                throw new AwsClientException($"AWSSDK.Core cannot use the {What}: {e.Message}", e);
            }
        }
    }

    /// <summary>AWSSDK.Core says "no expiration" as a date near DateTime.MaxValue.</summary>
    internal static DateTimeOffset? ToExpiration(DateTime? expiration)
    {
        if (expiration is not { } value) return null;
        if (value >= DateTime.MaxValue.AddDays(-2)) return null;
        var utc = value.Kind switch
        {
            DateTimeKind.Local => value.ToUniversalTime(),
            _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        };
        return new DateTimeOffset(utc, TimeSpan.Zero);
    }

    /// <summary>
    /// The options for one kind only: AWSSDK.Core rejects a profile whose properties mix kinds, and our files may
    /// (static keys beside a role_arn, say), so the precedence is decided by <see cref="ProfileCredentialsKinds.Detect"/>.
    /// </summary>
    private CredentialProfile ToSdkProfile(SharedConfig profile, ProfileCredentialsKind kind)
    {
        var options = new CredentialProfileOptions();
        switch (kind)
        {
            case ProfileCredentialsKind.StaticKeys:
                options.AccessKey = profile.Get("aws_access_key_id");
                options.SecretKey = profile.Get("aws_secret_access_key");
                options.Token = NonEmpty(profile.Get("aws_session_token"));
                break;
            case ProfileCredentialsKind.AssumeRole:
                options.RoleArn = profile.Get("role_arn");
                options.SourceProfile = NonEmpty(profile.Get("source_profile"));
                options.CredentialSource = NonEmpty(profile.Get("credential_source"));
                options.WebIdentityTokenFile = NonEmpty(profile.Get("web_identity_token_file"));
                options.ExternalID = NonEmpty(profile.Get("external_id"));
                options.MfaSerial = NonEmpty(profile.Get("mfa_serial"));
                options.RoleSessionName = NonEmpty(profile.Get("role_session_name"));
                break;
            case ProfileCredentialsKind.Sso:
                options.SsoAccountId = NonEmpty(profile.Get("sso_account_id"));
                options.SsoRoleName = NonEmpty(profile.Get("sso_role_name"));
                options.SsoRegion = NonEmpty(profile.Get("sso_region"));
                options.SsoStartUrl = NonEmpty(profile.Get("sso_start_url"));
                options.SsoRegistrationScopes = NonEmpty(profile.Get("sso_registration_scopes"));
                if (NonEmpty(profile.Get("sso_session")) is { } sessionName)
                {
                    // As the SDKs do: the [sso-session name] section supplies the start URL, region and scopes.
                    options.SsoSession = sessionName;
                    var session = profile.GetSection("sso-session", sessionName)
                        ?? throw new AwsClientException($"The profile '{profile.ProfileName}' names sso_session '{sessionName}', but {profile.ConfigPath} has no [sso-session {sessionName}] section.");
                    options.SsoRegion ??= Value(session, "sso_region");
                    options.SsoStartUrl ??= Value(session, "sso_start_url");
                    options.SsoRegistrationScopes ??= Value(session, "sso_registration_scopes");
                }
                break;
            case ProfileCredentialsKind.Process:
                options.CredentialProcess = profile.Get("credential_process");
                break;
            case ProfileCredentialsKind.Login:
                options.LoginSession = profile.Get("login_session");
                break;
            default:
                throw new AwsClientException($"The profile '{profile.ProfileName}' has no credentials.");
        }

        var sdkProfile = new CredentialProfile(profile.ProfileName, options);
        // Assume role calls STS in some region. Without one AWSSDK.Core would look for it itself, and its fallback
        // ends at the EC2 instance metadata service: give it the profile's or environment's region, else us-east-1.
        if (kind is ProfileCredentialsKind.AssumeRole or ProfileCredentialsKind.Sso or ProfileCredentialsKind.Login)
        {
            string region = NonEmpty(profile.Get("region")) ?? NonEmpty(_env("AWS_REGION")) ?? NonEmpty(_env("AWS_DEFAULT_REGION")) ?? "us-east-1";
            sdkProfile.Region = RegionEndpoint.GetBySystemName(region);
        }
        return sdkProfile;
    }

    private static string? Value(IReadOnlyDictionary<string, string> section, string key) =>
        section.TryGetValue(key, out var value) ? NonEmpty(value) : null;

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>Lets AWSSDK.Core find source profiles in the same files we read.</summary>
    private sealed class ProfileSource : ICredentialProfileSource
    {
        private readonly AwsSdkProfileCredentials _owner;

        public ProfileSource(AwsSdkProfileCredentials owner) => _owner = owner;

        public bool TryGetProfile(string profileName, out CredentialProfile profile)
        {
            profile = null!;
            var found = _owner._profile.GetProfile(profileName);
            if (found is null) return false;
            var kind = ProfileCredentialsKinds.Detect(found);
            // A role profile whose source_profile is itself takes the source credentials from its own static keys.
            if (kind == ProfileCredentialsKind.AssumeRole && string.Equals(NonEmpty(found.Get("source_profile")), found.ProfileName, StringComparison.Ordinal))
                kind = ProfileCredentialsKind.StaticKeys;
            if (kind == ProfileCredentialsKind.None) return false;
            profile = _owner.ToSdkProfile(found, kind);
            return true;
        }
    }
}
