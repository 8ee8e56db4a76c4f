using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Errors;

namespace AwsCodegen.Runtime.Credentials;

/// <summary>
/// Asks its sources in order and uses the first that has credentials. Once one has answered, later calls (refreshes)
/// go to that source only. It does not cache; wrap it in a <see cref="CachingCredentialsProvider"/>.
/// </summary>
public sealed class CredentialsChain : IAwsCredentialsProvider
{
    private readonly ICredentialsSource[] _sources;
    private volatile ICredentialsSource? _chosen;

    public CredentialsChain(IEnumerable<ICredentialsSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        _sources = new List<ICredentialsSource>(sources).ToArray();
    }

    public IReadOnlyList<ICredentialsSource> Sources => _sources;

    /// <summary>The source that gave credentials, once one has.</summary>
    public ICredentialsSource? ChosenSource => _chosen;

    public async ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default)
    {
        if (_chosen is { } chosen)
        {
            return await chosen.TryGetCredentialsAsync(cancellationToken).ConfigureAwait(false)
                ?? throw new AwsClientException($"The credentials source that was in use no longer has credentials: {chosen.Description}.");
        }

        foreach (var source in _sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await source.TryGetCredentialsAsync(cancellationToken).ConfigureAwait(false) is { } credentials)
            {
                _chosen = source;
                return credentials;
            }
        }

        var message = new StringBuilder("No AWS credentials were found. Tried, in order:");
        for (int i = 0; i < _sources.Length; i++)
            message.Append('\n').Append("  ").Append(i + 1).Append(". ").Append(_sources[i].Description);
        if (_sources.Length == 0) message.Append(" nothing (the chain is empty)");
        throw new CredentialsException(message.ToString()) { NoneFound = true };
    }
}
