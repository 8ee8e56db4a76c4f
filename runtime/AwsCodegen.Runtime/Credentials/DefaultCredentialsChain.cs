// PLACEHOLDER: replaced by the credentials implementation (helper C).
using System;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Auth;

namespace AwsCodegen.Runtime;

public static class DefaultCredentialsChain
{
    public static IAwsCredentialsProvider Create(string? profile, Func<string, string?> env) => new EnvProvider(env);

    private sealed class EnvProvider : IAwsCredentialsProvider
    {
        private readonly Func<string, string?> _env;
        public EnvProvider(Func<string, string?> env) => _env = env;
        public ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default) =>
            new(new AwsCredentials(_env("AWS_ACCESS_KEY_ID") ?? throw new Errors.AwsClientException("no credentials"), _env("AWS_SECRET_ACCESS_KEY") ?? "", _env("AWS_SESSION_TOKEN")));
    }
}
