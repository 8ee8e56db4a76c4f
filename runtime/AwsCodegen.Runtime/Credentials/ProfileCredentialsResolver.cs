using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using AwsCodegen.Runtime.Auth;

namespace AwsCodegen.Runtime.Credentials;

/// <summary>
/// Turns a profile into the provider of its credentials, following source_profile chains: static keys;
/// role_arn (assume role through our STS client, from a source_profile, a credential_source, or a
/// web_identity_token_file); SSO (our SSO client, AWSSDK.Core's token cache); credential_process (run here, with
/// the caller's environment); login_session (AWSSDK.Core). Problems are <see cref="CredentialsException"/>s naming the profile, file and setting.
/// </summary>
internal sealed class ProfileCredentialsResolver
{
    private readonly Func<string, string?> _env;
    private readonly string? _clientRegion;
    private readonly IReadOnlyDictionary<string, string>? _processEnvironment;
    private readonly string? _processWorkingDirectory;

    /// <param name="env">Reads environment variables.</param>
    /// <param name="clientRegion">The region of the client whose chain this is, for STS when the profile names none.</param>
    /// <param name="processEnvironment">The environment a credential_process runs with; null: this process's.</param>
    /// <param name="processWorkingDirectory">The directory a credential_process runs in; null: this process's.</param>
    public ProfileCredentialsResolver(Func<string, string?> env, string? clientRegion, IReadOnlyDictionary<string, string>? processEnvironment = null,
        string? processWorkingDirectory = null)
    {
        _processEnvironment = processEnvironment;
        _processWorkingDirectory = processWorkingDirectory;
        _env = env;
        _clientRegion = clientRegion;
    }

    public IAwsCredentialsProvider Resolve(SharedConfig profile) => Resolve(profile, Array.Empty<string>());

    /// <param name="profile">The profile.</param>
    /// <param name="referrers">The profiles whose source_profile led here, outermost first.</param>
    private IAwsCredentialsProvider Resolve(SharedConfig profile, IReadOnlyList<string> referrers)
    {
        var kind = ProfileCredentialsKinds.Detect(profile);
        return kind switch
        {
            ProfileCredentialsKind.StaticKeys => new StaticCredentialsProvider(ProfileCredentialsSource.StaticKeys(profile, Where(profile))),
            ProfileCredentialsKind.AssumeRole => AssumeRole(profile, referrers),
            ProfileCredentialsKind.Sso => new SsoCredentialsProvider(SsoSettings.FromProfile(profile), ClientSettings(profile), profile.ProfileName),
            ProfileCredentialsKind.Process => new ProcessCredentialsProvider(profile, _processEnvironment, _processWorkingDirectory),
            ProfileCredentialsKind.Login => CreateAwsSdkProvider(profile, kind, _env),
            _ => throw new CredentialsException(
                $"The profile '{profile.ProfileName}' ({profile.ConfigPath}){(referrers.Count > 0 ? $", the source_profile of '{referrers[^1]}'," : "")} has no credentials " +
                "(no aws_access_key_id, role_arn, sso_*, credential_process or login_session)."),
        };
    }

    /// <summary>
    /// A role profile. As in the AWS CLI, source_profile or credential_source (exactly one) supplies the credentials
    /// that call AssumeRole; with neither, web_identity_token_file makes it AssumeRoleWithWebIdentity.
    /// </summary>
    private IAwsCredentialsProvider AssumeRole(SharedConfig profile, IReadOnlyList<string> referrers)
    {
        string? sourceProfile = NonEmpty(profile.Get("source_profile"));
        string? credentialSource = NonEmpty(profile.Get("credential_source"));
        if (sourceProfile is not null && credentialSource is not null)
        {
            throw new CredentialsException(
                $"The profile '{profile.ProfileName}' sets both source_profile ({profile.FileOf("source_profile")}) and credential_source ({profile.FileOf("credential_source")}); set one.");
        }

        IAwsCredentialsProvider source;
        if (sourceProfile is not null) source = SourceProfile(profile, sourceProfile, referrers);
        else if (credentialSource is not null) source = CredentialSourceSetting.Create(profile, credentialSource, _env);
        else if (NonEmpty(profile.Get("web_identity_token_file")) is not null)
            return new WebIdentityCredentialsProvider(WebIdentitySettings.FromProfile(profile), ClientSettings(profile));
        else
        {
            throw new CredentialsException(
                $"The profile '{profile.ProfileName}' sets role_arn ({profile.FileOf("role_arn")}) but none of source_profile, credential_source or web_identity_token_file, so there is nothing to assume the role with.");
        }

        // The source is cached on its own: an expiring source (SSO, a chained role) is not fetched again at every refresh.
        return new AssumeRoleCredentialsProvider(AssumeRoleSettings.FromProfile(profile), new CachingCredentialsProvider(source),
            ClientSettings(profile), $"profile '{profile.ProfileName}' ({profile.FileOf("role_arn")})");
    }

    private IAwsCredentialsProvider SourceProfile(SharedConfig profile, string sourceName, IReadOnlyList<string> referrers)
    {
        // A role profile may name itself: its own static keys assume its role.
        if (string.Equals(sourceName, profile.ProfileName, StringComparison.Ordinal))
        {
            if (profile.Get("aws_access_key_id") is null && profile.Get("aws_secret_access_key") is null)
                throw new CredentialsException($"The profile '{profile.ProfileName}' is its own source_profile ({profile.FileOf("source_profile")}) but has no aws_access_key_id.");
            return new StaticCredentialsProvider(ProfileCredentialsSource.StaticKeys(profile, Where(profile)));
        }

        var path = new List<string>(referrers) { profile.ProfileName };
        if (path.Contains(sourceName))
        {
            path.Add(sourceName);
            throw new CredentialsException(
                $"The profiles' source_profile settings form a cycle: {string.Join(" -> ", path)} (in {profile.ConfigPath} and {profile.CredentialsPath}).");
        }
        var source = profile.GetProfile(sourceName)
            ?? throw new CredentialsException(
                $"The profile '{profile.ProfileName}' has source_profile = {sourceName} ({profile.FileOf("source_profile")}), but there is no profile '{sourceName}' in {profile.ConfigPath} or {profile.CredentialsPath}.");
        return Resolve(source, path);
    }

    private CredentialsClientSettings ClientSettings(SharedConfig profile) => CredentialsClientSettings.For(profile, _clientRegion, _env);

    private static string Where(SharedConfig profile) => $"profile '{profile.ProfileName}' in {profile.CredentialsPath} and {profile.ConfigPath}";

    // Kept out of line so that resolving other kinds never loads the adapter or AWSSDK.Core.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IAwsCredentialsProvider CreateAwsSdkProvider(SharedConfig profile, ProfileCredentialsKind kind, Func<string, string?> env) =>
        new AwsSdkProfileCredentials(profile, kind, env);

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
