using System;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Cli.Engine;
using AwsCodegen.Runtime.Errors;
using AwsCodegen.S3;

namespace AwsCodegen.Cli.S3;

/// <summary>
/// What every transfer of one command shares: the client, the transfer settings, the request parameters, the
/// reporter, and the limit on requests in flight (max_concurrent_requests, across files and parts).
/// </summary>
internal sealed class TransferContext : IDisposable
{
    private readonly SemaphoreSlim _requests;

    public TransferContext(CommandContext command, S3Client client, TransferConfig config, ObjectParameters parameters, TransferReporter reporter)
    {
        Command = command;
        Client = client;
        Config = config;
        Parameters = parameters;
        Reporter = reporter;
        _requests = new SemaphoreSlim(config.MaxConcurrentRequests, config.MaxConcurrentRequests);
    }

    public CommandContext Command { get; }
    public S3Client Client { get; }
    public TransferConfig Config { get; }
    public ObjectParameters Parameters { get; }
    public TransferReporter Reporter { get; }
    public CancellationToken CancellationToken => Command.CancellationToken;
    public string WorkingDirectory => Command.Invocation.WorkingDirectory;

    /// <summary>One request, within the limit; a service error is named with its operation, as botocore names it.</summary>
    public async Task<T> CallAsync<T>(string operation, Func<CancellationToken, Task<T>> call)
    {
        await _requests.WaitAsync(CancellationToken).ConfigureAwait(false);
        try
        {
            return await call(CancellationToken).ConfigureAwait(false);
        }
        catch (AwsServiceException e)
        {
            throw new S3CallException(operation, e);
        }
        finally
        {
            _requests.Release();
        }
    }

    public void Dispose() => _requests.Dispose();
}
