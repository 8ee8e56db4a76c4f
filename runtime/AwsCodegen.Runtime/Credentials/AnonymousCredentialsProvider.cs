using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Auth;

namespace AwsCodegen.Runtime.Credentials;

/// <summary>
/// No credentials: a client given this sends its requests unsigned. For the operations that take no AWS signature
/// (STS AssumeRoleWithWebIdentity, SSO GetRoleCredentials: the model's authtype "none"), which the credentials chain
/// calls before it has credentials to sign with.
/// </summary>
public sealed class AnonymousCredentialsProvider : IAwsCredentialsProvider
{
    public static readonly AnonymousCredentialsProvider Instance = new();

    private static readonly AwsCredentials None = new("", "");

    private AnonymousCredentialsProvider() { }

    /// <summary>Empty keys; the signing step checks for this provider and never signs with them.</summary>
    public ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default) => new(None);
}
