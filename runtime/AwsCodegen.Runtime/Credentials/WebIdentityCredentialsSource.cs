using System;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Auth;

namespace AwsCodegen.Runtime.Credentials;

/// <summary>
/// Web identity from the environment (AWS_WEB_IDENTITY_TOKEN_FILE, AWS_ROLE_ARN, AWS_ROLE_SESSION_NAME), as EKS
/// service accounts set it. Not configured without a token file; a token file without a role is an error.
/// </summary>
public sealed class WebIdentityCredentialsSource : ICredentialsSource
{
    private readonly Func<string, string?> _env;
    private readonly string? _clientRegion;
    private WebIdentityCredentialsProvider? _provider;

    /// <param name="env">Reads environment variables.</param>
    /// <param name="clientRegion">The region of the client whose chain this is, for STS when the environment names none.</param>
    public WebIdentityCredentialsSource(Func<string, string?> env, string? clientRegion = null)
    {
        _env = env ?? throw new ArgumentNullException(nameof(env));
        _clientRegion = clientRegion;
    }

    public string Description =>
        $"web identity ({WebIdentitySettings.TokenFileVariable} and {WebIdentitySettings.RoleArnVariable}){(_provider is null ? ": not set" : "")}";

    public async ValueTask<AwsCredentials?> TryGetCredentialsAsync(CancellationToken cancellationToken = default)
    {
        var provider = _provider;
        if (provider is null)
        {
            if (WebIdentitySettings.FromEnvironment(_env) is not { } settings) return null;
            provider = _provider = new WebIdentityCredentialsProvider(settings, CredentialsClientSettings.For(null, _clientRegion, _env));
        }
        return await provider.GetCredentialsAsync(cancellationToken).ConfigureAwait(false);
    }
}
