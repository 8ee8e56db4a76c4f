using System;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Errors;

namespace AwsCodegen.Runtime.Credentials;

/// <summary>
/// AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, with AWS_SESSION_TOKEN (or the older AWS_SECURITY_TOKEN).
/// One of the pair without the other is an error naming the missing variable.
/// </summary>
public sealed class EnvironmentCredentialsSource : ICredentialsSource
{
    public const string AccessKeyIdVariable = "AWS_ACCESS_KEY_ID";
    public const string SecretAccessKeyVariable = "AWS_SECRET_ACCESS_KEY";
    public const string SessionTokenVariable = "AWS_SESSION_TOKEN";

    private readonly Func<string, string?> _env;

    public EnvironmentCredentialsSource(Func<string, string?> env) => _env = env ?? throw new ArgumentNullException(nameof(env));

    public string Description =>
        $"environment variables {AccessKeyIdVariable} and {SecretAccessKeyVariable} (+ {SessionTokenVariable}): not set";

    public ValueTask<AwsCredentials?> TryGetCredentialsAsync(CancellationToken cancellationToken = default)
    {
        string? accessKeyId = NonEmpty(_env(AccessKeyIdVariable));
        string? secretAccessKey = NonEmpty(_env(SecretAccessKeyVariable));
        if (accessKeyId is null && secretAccessKey is null) return new((AwsCredentials?)null);
        if (secretAccessKey is null)
            throw new AwsClientException($"The environment variable {AccessKeyIdVariable} is set but {SecretAccessKeyVariable} is not. Set both, or neither.");
        if (accessKeyId is null)
            throw new AwsClientException($"The environment variable {SecretAccessKeyVariable} is set but {AccessKeyIdVariable} is not. Set both, or neither.");
        string? sessionToken = NonEmpty(_env(SessionTokenVariable)) ?? NonEmpty(_env("AWS_SECURITY_TOKEN"));
        return new(new AwsCredentials(accessKeyId, secretAccessKey, sessionToken));
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
