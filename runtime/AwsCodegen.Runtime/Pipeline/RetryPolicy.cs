using System;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime.Pipeline;

/// <summary>
/// Standard-mode retries: up to MaxAttempts, exponential backoff with full jitter, on throttling and transient errors.
/// Each attempt goes through signing again, so it carries a fresh signature.
/// </summary>
internal sealed class RetryPolicy : PipelinePolicy
{
    private static readonly TimeSpan BaseDelay = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(20);

    public override async ValueTask<AwsHttpResponse> SendAsync(PipelineContext context, PipelineNext next)
    {
        int maxAttempts = Math.Max(1, context.Configuration.MaxAttempts);
        for (int attempt = 1; ; attempt++)
        {
            context.Attempt = attempt;
            if (attempt > 1 && !RewindBody(context.Request)) throw new Errors.AwsClientException(
                $"{context.OperationName}: the request body is a stream that cannot be rewound, so the failed attempt cannot be retried.");
            AwsHttpResponse response;
            try
            {
                response = await next.SendAsync(context).ConfigureAwait(false);
            }
            catch (System.Net.Http.HttpRequestException) when (attempt < maxAttempts && !context.CancellationToken.IsCancellationRequested)
            {
                await DelayAsync(attempt, context).ConfigureAwait(false);
                continue;
            }
            if (attempt >= maxAttempts || !await RetryClassifier.IsRetryableAsync(response, context).ConfigureAwait(false))
                return response;
            response.Dispose();
            await DelayAsync(attempt, context).ConfigureAwait(false);
        }
    }

    private static bool RewindBody(AwsHttpRequest request)
    {
        if (request.Content is not StreamRequestContent streamContent) return true;
        if (!streamContent.Stream.CanSeek) return false;
        streamContent.Stream.Position = streamContent.StartPosition ?? 0;
        return true;
    }

    private static Task DelayAsync(int attempt, PipelineContext context)
    {
        double ceiling = Math.Min(MaxBackoff.TotalMilliseconds, BaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1));
        return Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * ceiling), context.CancellationToken);
    }
}
