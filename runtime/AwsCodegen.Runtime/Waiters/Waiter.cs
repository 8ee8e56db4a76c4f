using System;
using System.Diagnostics;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Documents;
using AwsCodegen.Runtime.Errors;

namespace AwsCodegen.Runtime.Waiters;

/// <summary>The polling loop every generated <c>WaitUntilXxxAsync</c> method runs.</summary>
public static class Waiter
{
    /// <summary>
    /// Calls the operation until an acceptor decides. The first acceptor that matches wins: success returns the
    /// response (null when an error acceptor succeeded), failure throws <see cref="WaiterFailureException"/>, retry
    /// (or no match on a response) waits and tries again. A service error that no acceptor matches is a failure, as
    /// in botocore. Out of attempts, or of <see cref="WaiterOptions.MaxWait"/>: <see cref="WaiterTimeoutException"/>.
    /// </summary>
    public static async Task<TResponse?> WaitAsync<TRequest, TResponse>(
        TRequest request,
        Func<TRequest, CancellationToken, Task<TResponse>> invoke,
        WaiterDefinition<TResponse> waiter,
        WaiterOptions? options = null,
        CancellationToken cancellationToken = default)
        where TResponse : AwsResponse
    {
        if (request is null) throw new ArgumentNullException(nameof(request));
        var minDelay = options?.Delay ?? waiter.Delay;
        if (minDelay < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(options), "Delay must not be negative.");
        var maxDelay = options?.MaxDelay;
        int maxAttempts = options?.MaxAttempts ?? waiter.MaxAttempts;
        if (maxAttempts < 1) throw new ArgumentOutOfRangeException(nameof(options), "MaxAttempts must be at least 1.");
        var clock = Stopwatch.StartNew();
        bool needsDocument = false;
        foreach (var acceptor in waiter.Acceptors) needsDocument |= acceptor.NeedsDocument;

        string lastState = "no acceptor matched";
        AwsServiceException? lastError = null;
        for (int attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            TResponse? response = default;
            AwsServiceException? error = null;
            try
            {
                response = await invoke(request, cancellationToken).ConfigureAwait(false);
            }
            catch (AwsServiceException e)
            {
                error = e;
            }

            WaiterAcceptor? matched = null;
            using (var document = response is not null && needsDocument ? ResponseDocuments.ToDocument(response, waiter.WriteDocument) : null)
            {
                int status = response?.HttpStatusCode ?? error!.StatusCode;
                foreach (var acceptor in waiter.Acceptors)
                {
                    if (acceptor.Matches(status, document?.RootElement, error))
                    {
                        matched = acceptor;
                        break;
                    }
                }
            }

            lastError = error;
            if (matched is not null)
            {
                if (matched.State == WaiterState.Success) return response;
                if (matched.State == WaiterState.Failure)
                    throw new WaiterFailureException(waiter.Name, attempt, "acceptor matched: " + matched + (error is null ? "" : $" (error {error.ErrorCode})"), error);
                lastState = "retry (" + matched + ")";
            }
            else if (error is not null)
            {
                throw new WaiterFailureException(waiter.Name, attempt, $"{waiter.OperationName} failed with an error no acceptor expects: {error.ErrorCode}", error);
            }
            else
            {
                lastState = "no acceptor matched";
            }

            if (attempt >= maxAttempts)
                throw new WaiterTimeoutException(waiter.Name, attempt, lastState, lastError?.ErrorCode, lastError);
            var delay = NextDelay(minDelay, maxDelay, attempt);
            if (options?.MaxWait is { } maxWait && clock.Elapsed + delay > maxWait)
                throw new WaiterTimeoutException(waiter.Name, attempt, lastState + $"; the next attempt would pass the maximum wait of {maxWait}", lastError?.ErrorCode, lastError);
            if (delay > TimeSpan.Zero) await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Fixed delay, or with a maximum, the Smithy waiter backoff: min(max, min * 2^(attempt-1)), jittered down to no less than min.</summary>
    internal static TimeSpan NextDelay(TimeSpan minDelay, TimeSpan? maxDelay, int attempt)
    {
        if (maxDelay is not { } max || max <= minDelay) return minDelay;
        double grown = minDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 30));
        double ceiling = Math.Min(max.TotalMilliseconds, grown);
        double chosen = minDelay.TotalMilliseconds + Random.Shared.NextDouble() * (ceiling - minDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(chosen);
    }
}
