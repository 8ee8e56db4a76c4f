using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Credentials.Sts;

namespace AwsCodegen.Runtime.Credentials;

/// <summary>
/// Assumes a role with STS AssumeRole through the runtime's own generated STS client, signed with the source
/// credentials (a source_profile, or a credential_source). Each call asks STS anew: caching and refreshing ahead of
/// the expiration is the chain's <see cref="CachingCredentialsProvider"/>'s job.
/// </summary>
internal sealed class AssumeRoleCredentialsProvider : IAwsCredentialsProvider
{
    private readonly AssumeRoleSettings _role;
    private readonly IAwsCredentialsProvider _source;
    private readonly CredentialsClientSettings _client;
    private readonly string _what;

    /// <param name="role">The role and how to assume it.</param>
    /// <param name="source">The credentials that sign AssumeRole.</param>
    /// <param name="client">Region, profile and environment of the STS client.</param>
    /// <param name="what">Whose role this is, for errors: "profile 'dev' (/home/u/.aws/config)".</param>
    public AssumeRoleCredentialsProvider(AssumeRoleSettings role, IAwsCredentialsProvider source, CredentialsClientSettings client, string what)
    {
        _role = role;
        _source = source;
        _client = client;
        _what = what;
    }

    public async ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default)
    {
        var request = new AssumeRoleRequest
        {
            RoleArn = _role.RoleArn,
            RoleSessionName = _role.SessionName,
            ExternalId = _role.ExternalId,
            DurationSeconds = _role.DurationSeconds,
        };
        return await StsCredentials.AssumeAsync(_client.StsOptions(_source),
            async sts => (await sts.AssumeRoleAsync(request, cancellationToken).ConfigureAwait(false)).Credentials,
            $"AssumeRole of {_role.RoleArn} for the {_what}").ConfigureAwait(false);
    }
}
