using System.Threading;
using System.Threading.Tasks;

namespace AwsCodegen.Runtime.Auth;

/// <summary>A source of credentials. Implementations cache, so calling this per request is cheap.</summary>
public interface IAwsCredentialsProvider
{
    ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default);
}

/// <summary>Fixed credentials, for tests and for callers who manage keys themselves.</summary>
public sealed class StaticCredentialsProvider : IAwsCredentialsProvider
{
    private readonly AwsCredentials _credentials;
    public StaticCredentialsProvider(AwsCredentials credentials) => _credentials = credentials;
    public StaticCredentialsProvider(string accessKeyId, string secretAccessKey, string? sessionToken = null)
        : this(new AwsCredentials(accessKeyId, secretAccessKey, sessionToken)) { }
    public ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default) => new(_credentials);
}
