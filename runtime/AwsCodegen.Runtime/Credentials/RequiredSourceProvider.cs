using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Auth;

namespace AwsCodegen.Runtime.Credentials;

/// <summary>
/// A source that a profile's credential_source names, used as a provider: it must have credentials, so "not
/// configured" becomes an error naming the profile and what the source found.
/// </summary>
internal sealed class RequiredSourceProvider : IAwsCredentialsProvider
{
    private readonly ICredentialsSource _source;
    private readonly string _requiredBy;

    /// <param name="source">The source.</param>
    /// <param name="requiredBy">Who names it: "credential_source = Environment in profile 'dev' (/home/u/.aws/config)".</param>
    public RequiredSourceProvider(ICredentialsSource source, string requiredBy)
    {
        _source = source;
        _requiredBy = requiredBy;
    }

    public async ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default) =>
        await _source.TryGetCredentialsAsync(cancellationToken).ConfigureAwait(false)
        ?? throw new CredentialsException($"The {_requiredBy} has no credentials: {_source.Description}.");
}
