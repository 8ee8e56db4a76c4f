using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Errors;

namespace AwsCodegen.Runtime.Credentials;

/// <summary>
/// The profile kind left to AWSSDK.Core, login_session, adapted to
/// <see cref="IAwsCredentialsProvider"/>. Apart from <see cref="AwsSdkSsoTokenCache"/>, the only type of the chain
/// that names AWSSDK.Core, so AWSSDK.Core is loaded only when a profile of one of these kinds is used.
/// </summary>
/// <remarks>
/// The profile is handed over as a <see cref="CredentialProfile"/> built from our own reading of the files (so the
/// environment delegate decides which files and profile, not the process environment). What AWSSDK.Core then does
/// is its own. Assume role, web identity and SSO go through the runtime's own STS and SSO clients, and
/// credential_process is run by <see cref="ProcessCredentialsProvider"/>, with the caller's environment.
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
        if (kind is not ProfileCredentialsKind.Login)
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only login_session profiles go to AWSSDK.Core.");
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
            throw new CredentialsException($"AWSSDK.Core could not get credentials for the {What}: {e.Message}", e);
        }
        if (immutable is null || string.IsNullOrEmpty(immutable.AccessKey) || string.IsNullOrEmpty(immutable.SecretKey))
            throw new CredentialsException($"AWSSDK.Core returned no credentials for the {What}.");

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
                return _sdkCredentials = AWSCredentialsFactory.GetAWSCredentials(ToSdkProfile(), NoOtherProfiles.Instance);
            }
            catch (Exception e) when (e is not AwsClientException)
            {
                throw new CredentialsException($"AWSSDK.Core cannot use the {What}: {e.Message}", e);
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
    /// The options of this kind only: AWSSDK.Core rejects a profile whose properties mix kinds, and our files may,
    /// so the precedence is decided by <see cref="ProfileCredentialsKinds.Detect"/>.
    /// </summary>
    private CredentialProfile ToSdkProfile()
    {
        var options = new CredentialProfileOptions { LoginSession = _profile.Get("login_session") };
        // Login calls a regional service. Without a region AWSSDK.Core would look for one itself, and its fallback
        // ends at the EC2 instance metadata service: give it the profile's or environment's region, else us-east-1.
        string region = NonEmpty(_profile.Get("region")) ?? NonEmpty(_env("AWS_REGION")) ?? NonEmpty(_env("AWS_DEFAULT_REGION")) ?? "us-east-1";
        return new CredentialProfile(_profile.ProfileName, options) { Region = RegionEndpoint.GetBySystemName(region) };
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>These kinds never refer to another profile.</summary>
    private sealed class NoOtherProfiles : ICredentialProfileSource
    {
        public static readonly NoOtherProfiles Instance = new();

        public bool TryGetProfile(string profileName, out CredentialProfile profile)
        {
            profile = null!;
            return false;
        }
    }
}
