using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Auth;

namespace AwsCodegen.Runtime.Credentials;

/// <summary>One link of a <see cref="CredentialsChain"/>: a place that may or may not be configured with credentials.</summary>
public interface ICredentialsSource
{
    /// <summary>
    /// The credentials, or null when this source is not configured (so the chain tries the next one).
    /// Throws when the source is configured but broken, which stops the chain: a half-set key is a mistake to report,
    /// not a reason to quietly use some other identity.
    /// </summary>
    ValueTask<AwsCredentials?> TryGetCredentialsAsync(CancellationToken cancellationToken = default);

    /// <summary>What this source looked at and, after a null result, why it had nothing, for the chain's error message.</summary>
    string Description { get; }
}
