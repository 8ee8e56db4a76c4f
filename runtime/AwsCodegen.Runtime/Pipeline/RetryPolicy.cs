using System;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Errors;
using AwsCodegen.Runtime.Http;
using AwsCodegen.Runtime.Retry;

namespace AwsCodegen.Runtime.Pipeline;

/// <summary>
/// Retries failed attempts by the client's <see cref="RetryStrategy"/>: up to MaxAttempts, exponential backoff with
/// full jitter, paid for from the retry quota (standard, adaptive), paced by the rate limiter (adaptive). Each attempt
/// runs under its own timeout and goes through signing again, so it carries a fresh signature. An error response is
/// buffered within its attempt (as is any non-streaming response), so a body cut short or stalled is retried too.
/// </summary>
internal sealed class RetryPolicy : PipelinePolicy
{
    public override async ValueTask<AwsHttpResponse> SendAsync(PipelineContext context, PipelineNext next)
    {
        var config = context.Configuration;
        var strategy = config.Retry;
        var callToken = context.CancellationToken;
        TimeSpan? attemptTimeout = config.AttemptTimeout;
        int lastRetryCost = 0;
        for (int attempt = 1; ; attempt++)
        {
            context.Attempt = attempt;
            callToken.ThrowIfCancellationRequested();
            if (strategy.RateLimiter is { } limiter) await limiter.AcquireAsync(callToken).ConfigureAwait(false);

            AwsHttpResponse? response = null;
            Exception? failure = null;
            RetryErrorKind kind;
            using (var attemptCts = attemptTimeout.HasValue ? CancellationTokenSource.CreateLinkedTokenSource(callToken) : null)
            {
                if (attemptCts is not null) attemptCts.CancelAfter(attemptTimeout!.Value);
                context.CancellationToken = attemptCts?.Token ?? callToken;
                try
                {
                    response = await next.SendAsync(context).ConfigureAwait(false);
                    if (response.StatusCode >= 300 || context.BufferResponse)
                        await response.BufferAsync(context.CancellationToken).ConfigureAwait(false);
                    kind = RetryClassifier.Classify(response, context);
                }
                catch (OperationCanceledException e) when (!callToken.IsCancellationRequested && attemptCts is { IsCancellationRequested: true })
                {
                    response?.Dispose();
                    response = null;
                    failure = e;
                    kind = RetryErrorKind.Timeout;
                }
                catch (Exception e) when (!callToken.IsCancellationRequested && RetryClassifier.IsTransportFailure(e))
                {
                    response?.Dispose();
                    response = null;
                    failure = e;
                    kind = RetryErrorKind.Transient;
                }
                finally
                {
                    context.CancellationToken = callToken;
                }
            }

            strategy.RateLimiter?.Update(kind == RetryErrorKind.Throttling);
            if (kind == RetryErrorKind.None)
            {
                if (response!.StatusCode < 300) strategy.Quota?.OnSuccess(lastRetryCost);
                return response;
            }

            if (attempt >= strategy.MaxAttempts) return GiveUp(context, response, failure, kind);
            if (!CanRewind(context.Request))
            {
                string what = response is null ? failure!.Message : "HTTP " + response.StatusCode;
                response?.Dispose();
                throw new AwsClientException(
                    $"{config.Service.ServiceId} {context.OperationName}: attempt {attempt} failed ({what}) and the request body is a stream that cannot be rewound, so it cannot be retried. Pass a seekable stream (or buffer the body) to allow retries.",
                    failure) { Attempts = attempt };
            }
            int cost = 0;
            if (strategy.Quota is { } quota)
            {
                cost = quota.TryAcquire(kind == RetryErrorKind.Timeout);
                if (cost == 0) return GiveUp(context, response, failure, kind);
            }
            lastRetryCost = cost;
            response?.Dispose();
            await strategy.DelayAsync(strategy.ComputeBackoff(attempt), callToken).ConfigureAwait(false);
            Rewind(context.Request);
        }
    }

    /// <summary>No more retries: an error response goes back to the client (which throws it with Attempts); a failure becomes a typed exception.</summary>
    private static AwsHttpResponse GiveUp(PipelineContext context, AwsHttpResponse? response, Exception? failure, RetryErrorKind kind)
    {
        if (response is not null) return response;
        string name = context.Configuration.Service.ServiceId + " " + context.OperationName;
        int attempts = context.Attempt;
        string tries = attempts == 1 ? "1 attempt" : attempts + " attempts";
        if (kind == RetryErrorKind.Timeout)
            throw new AwsRequestTimeoutException(
                $"{name}: the attempt timed out after {context.Configuration.AttemptTimeout?.TotalMilliseconds} ms ({tries}).", attempts, isOperationTimeout: false, failure)
            { RequestUri = TryBuildUri(context.Request) };
        throw new AwsTransportException($"{name}: the request failed after {tries}: {failure?.Message}", attempts, failure) { RequestUri = TryBuildUri(context.Request) };
    }

    private static Uri? TryBuildUri(AwsHttpRequest request)
    {
        try { return request.Endpoint is null ? null : request.BuildUri(); }
        catch (UriFormatException) { return null; }
    }

    private static bool CanRewind(AwsHttpRequest request) =>
        request.Content is not StreamRequestContent streamContent || streamContent.Stream.CanSeek;

    private static void Rewind(AwsHttpRequest request)
    {
        if (request.Content is StreamRequestContent streamContent && streamContent.Stream.CanSeek)
            streamContent.Stream.Position = streamContent.StartPosition ?? 0;
    }
}
