using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Errors;

namespace AwsCodegen.Runtime.Credentials;

/// <summary>
/// The credentials of a shared-config profile. Static keys are read here. The other kinds (credential_process,
/// assume role, SSO, login) are handed to AWSSDK.Core through <see cref="AwsSdkProfileCredentials"/>, which is only
/// loaded, with AWSSDK.Core, when a profile needs it: the static-key path never touches AWSSDK.Core.
/// </summary>
public sealed class ProfileCredentialsSource : ICredentialsSource
{
    private readonly string? _profileName;
    private readonly Func<string, string?> _env;
    private readonly object _lock = new();
    private volatile AwsCredentials? _staticCredentials;
    private volatile IAwsCredentialsProvider? _delegated;
    private volatile string _description;

    /// <param name="profileName">The profile asked for in code, or null for AWS_PROFILE / AWS_DEFAULT_PROFILE / "default".</param>
    /// <param name="env">Reads environment variables.</param>
    public ProfileCredentialsSource(string? profileName, Func<string, string?> env)
    {
        _profileName = profileName;
        _env = env ?? throw new ArgumentNullException(nameof(env));
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
                _description = where + ": " + ProfileCredentialsKinds.SettingNames(kind) + " (through AWSSDK.Core)";
                lock (_lock)
                {
                    return _delegated ??= CreateAwsSdkProvider(profile, kind, _env);
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

    // Kept out of line so that compiling TryGetCredentialsAsync/Resolve never loads the adapter or AWSSDK.Core.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IAwsCredentialsProvider CreateAwsSdkProvider(SharedConfig profile, ProfileCredentialsKind kind, Func<string, string?> env) =>
        new AwsSdkProfileCredentials(profile, kind, env);

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
