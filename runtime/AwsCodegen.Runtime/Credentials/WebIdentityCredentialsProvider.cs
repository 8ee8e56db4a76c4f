using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Credentials.Sts;

namespace AwsCodegen.Runtime.Credentials;

/// <summary>
/// Trades a web identity token for role credentials with STS AssumeRoleWithWebIdentity, through the runtime's own
/// STS client. The call is unsigned (the token is the proof), and the token file is read on every call, since the
/// platform rotates it.
/// </summary>
internal sealed class WebIdentityCredentialsProvider : IAwsCredentialsProvider
{
    private readonly WebIdentitySettings _settings;
    private readonly CredentialsClientSettings _client;

    public WebIdentityCredentialsProvider(WebIdentitySettings settings, CredentialsClientSettings client)
    {
        _settings = settings;
        _client = client;
    }

    public async ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default)
    {
        string token = await ReadTokenAsync(cancellationToken).ConfigureAwait(false);
        var request = new AssumeRoleWithWebIdentityRequest
        {
            RoleArn = _settings.RoleArn,
            RoleSessionName = _settings.SessionName,
            WebIdentityToken = token,
            DurationSeconds = _settings.DurationSeconds,
        };
        return await StsCredentials.AssumeAsync(_client.StsOptions(AnonymousCredentialsProvider.Instance),
            async sts => (await sts.AssumeRoleWithWebIdentityAsync(request, cancellationToken).ConfigureAwait(false)).Credentials,
            $"AssumeRoleWithWebIdentity of {_settings.RoleArn} with the token of {_settings.TokenFile} ({_settings.Origin})").ConfigureAwait(false);
    }

    private async Task<string> ReadTokenAsync(CancellationToken cancellationToken)
    {
        string token;
        try
        {
            token = (await File.ReadAllTextAsync(_settings.TokenFile, cancellationToken).ConfigureAwait(false)).Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CredentialsException($"Cannot read the web identity token file {_settings.TokenFile} ({_settings.Origin}): {e.Message}", e);
        }
        return token.Length > 0 ? token : throw new CredentialsException($"The web identity token file {_settings.TokenFile} ({_settings.Origin}) is empty.");
    }
}
