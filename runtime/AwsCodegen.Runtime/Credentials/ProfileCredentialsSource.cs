using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Errors;

namespace AwsCodegen.Runtime.Credentials;

/// <summary>
/// The credentials of a shared-config profile. Static keys are read here; the other kinds are built by
/// <see cref="ProfileCredentialsResolver"/> (assume role and web identity through our STS client, SSO through our
/// SSO client, credential_process run here, login_session through AWSSDK.Core). AWSSDK.Core is loaded only by the kinds
/// that need it: the static-key path never touches it.
/// </summary>
public sealed class ProfileCredentialsSource : ICredentialsSource
{
    private readonly string? _profileName;
    private readonly Func<string, string?> _env;
    private readonly string? _clientRegion;
    private readonly System.Collections.Generic.IReadOnlyDictionary<string, string>? _processEnvironment;
    private readonly string? _processWorkingDirectory;
    private readonly object _lock = new();
    private volatile AwsCredentials? _staticCredentials;
    private volatile IAwsCredentialsProvider? _delegated;
    private volatile string _description;

    /// <param name="profileName">The profile asked for in code, or null for AWS_PROFILE / AWS_DEFAULT_PROFILE / "default".</param>
    /// <param name="env">Reads environment variables.</param>
    /// <param name="clientRegion">The region of the client whose chain this is: STS's region when the profile names none.</param>
    /// <param name="processEnvironment">The environment a credential_process runs with; null: this process's.</param>
    /// <param name="processWorkingDirectory">The directory a credential_process runs in; null: this process's.</param>
    public ProfileCredentialsSource(string? profileName, Func<string, string?> env, string? clientRegion = null,
        System.Collections.Generic.IReadOnlyDictionary<string, string>? processEnvironment = null, string? processWorkingDirectory = null)
    {
        _processEnvironment = processEnvironment;
        _processWorkingDirectory = processWorkingDirectory;
        _profileName = profileName;
        _env = env ?? throw new ArgumentNullException(nameof(env));
        _clientRegion = clientRegion;
        _description = "the shared config and credentials files (not read yet)";
    }

    public string Description => _description;

    public async ValueTask<AwsCredentials?> TryGetCredentialsAsync(CancellationToken cancellationToken = default)
    {
        if (_staticCredentials is { } fixedCredentials) return fixedCredentials;
        var delegated = _delegated ?? Resolve();
        if (delegated is null) return _staticCredentials;
        return await delegated.GetCredentialsAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the profile; sets the static credentials or the delegated provider, or neither when there is nothing.</summary>
    private IAwsCredentialsProvider? Resolve()
    {
        var profile = SharedConfig.Load(_profileName, _env);
        if (profile is null)
        {
            string name = SharedConfigPaths.ResolveProfileName(_profileName, _env, out _);
            var paths = SharedConfigPaths.Resolve(_env);
            bool anyFile = File.Exists(paths.ConfigPath) || File.Exists(paths.CredentialsPath);
            _description = $"profile '{name}' in {paths.CredentialsPath} and {paths.ConfigPath}: " +
                (anyFile ? "no such profile" : "neither file exists");
            return null;
        }

        string where = $"profile '{profile.ProfileName}' in {profile.CredentialsPath} and {profile.ConfigPath}";
        var kind = ProfileCredentialsKinds.Detect(profile);
        switch (kind)
        {
            case ProfileCredentialsKind.None:
                _description = where + ": the profile has no credentials (no aws_access_key_id, credential_process, role_arn, sso_* or login_session)";
                return null;

            case ProfileCredentialsKind.StaticKeys:
                _description = where + ": static keys";
                _staticCredentials = StaticKeys(profile, where);
                return null;

            default:
                _description = where + ": " + ProfileCredentialsKinds.SettingNames(kind);
                lock (_lock)
                {
                    return _delegated ??= new ProfileCredentialsResolver(_env, _clientRegion, _processEnvironment, _processWorkingDirectory).Resolve(profile);
                }
        }
    }

    internal static AwsCredentials StaticKeys(SharedConfig profile, string where)
    {
        string? accessKeyId = NonEmpty(profile.Get("aws_access_key_id"));
        string? secretAccessKey = NonEmpty(profile.Get("aws_secret_access_key"));
        if (accessKeyId is null)
            throw new AwsClientException($"The {where} sets aws_secret_access_key but not aws_access_key_id.");
        if (secretAccessKey is null)
            throw new AwsClientException($"The {where} sets aws_access_key_id but not aws_secret_access_key.");
        return new AwsCredentials(accessKeyId, secretAccessKey, NonEmpty(profile.Get("aws_session_token")));
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
