using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Credentials.Sso;
using AwsCodegen.Runtime.Errors;

namespace AwsCodegen.Runtime.Credentials;

/// <summary>
/// IAM Identity Center (SSO) role credentials: the access token cached by `aws sso login` (read through AWSSDK.Core),
/// traded for the role's credentials with SSO GetRoleCredentials through the runtime's own generated SSO client.
/// </summary>
internal sealed class SsoCredentialsProvider : IAwsCredentialsProvider
{
    private readonly SsoSettings _settings;
    private readonly CredentialsClientSettings _client;
    private readonly string _cacheFolder;
    private readonly string _profileName;

    public SsoCredentialsProvider(SsoSettings settings, CredentialsClientSettings client, string profileName)
    {
        _settings = settings;
        _client = client.InRegion(settings.Region);
        _profileName = profileName;
        _cacheFolder = Path.Combine(SharedConfigPaths.HomeDirectory(client.Env), ".aws", "sso", "cache");
    }

    public async ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default)
    {
        var token = await AwsSdkSsoTokenCache.ReadAsync(_settings, _cacheFolder, cancellationToken).ConfigureAwait(false);
        string login = $"run `aws sso login --profile {_profileName}`";
        if (token is null)
            throw new CredentialsException($"The SSO profile '{_profileName}' has no cached token for {_settings.LoginKey} in {_cacheFolder}: {login}.");
        if (token.ExpiresAt <= DateTimeOffset.UtcNow)
            throw new CredentialsException($"The cached SSO token for {_settings.LoginKey} (profile '{_profileName}') expired at {token.ExpiresAt:u}: {login}.");

        GetRoleCredentialsResponse response;
        try
        {
            // GetRoleCredentials takes no AWS signature: the bearer token is the proof.
            using var sso = new SSOClient(_client.ClientOptions(AnonymousCredentialsProvider.Instance));
            response = await sso.GetRoleCredentialsAsync(new GetRoleCredentialsRequest
            {
                AccessToken = token.AccessToken,
                AccountId = _settings.AccountId,
                RoleName = _settings.RoleName,
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (AwsServiceException e)
        {
            throw new CredentialsException(
                $"SSO refused role {_settings.RoleName} in account {_settings.AccountId} for profile '{_profileName}': {e.ErrorCode}: {e.ErrorMessage}" +
                (e.StatusCode == 401 ? $" ({login})" : ""), e);
        }
        catch (AwsClientException e) when (e is not CredentialsException)
        {
            throw new CredentialsException($"Could not get SSO role credentials for profile '{_profileName}': {e.Message}", e);
        }

        if (response.RoleCredentials is not { AccessKeyId: { Length: > 0 } accessKeyId, SecretAccessKey: { Length: > 0 } secretAccessKey } role)
            throw new CredentialsException($"SSO answered GetRoleCredentials for profile '{_profileName}' without credentials.");
        return new AwsCredentials(accessKeyId, secretAccessKey, string.IsNullOrEmpty(role.SessionToken) ? null : role.SessionToken,
            role.Expiration is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null);
    }
}
