using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime.Pipeline;

/// <summary>Decides whether a response is worth another attempt: throttling, transient server errors, clock skew.</summary>
internal static class RetryClassifier
{
    private static readonly HashSet<string> ThrottlingCodes = new(StringComparer.Ordinal)
    {
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException", "TooManyRequestsException",
        "ProvisionedThroughputExceededException", "TransactionInProgressException", "RequestLimitExceeded",
        "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown", "PriorRequestNotComplete",
        "EC2ThrottledException",
    };

    private static readonly HashSet<string> TransientCodes = new(StringComparer.Ordinal)
    {
        "RequestTimeout", "RequestTimeoutException", "InternalError", "InternalFailure", "ServiceUnavailable",
    };

    internal static readonly HashSet<string> ClockSkewCodes = new(StringComparer.Ordinal)
    {
        "RequestTimeTooSkewed", "RequestExpired", "InvalidSignatureException", "SignatureDoesNotMatch",
        "AuthFailure", "RequestInTheFuture",
    };

    public static async ValueTask<bool> IsRetryableAsync(AwsHttpResponse response, PipelineContext context)
    {
        int status = response.StatusCode;
        if (status < 400) return false;
        if (status is 500 or 502 or 503 or 504 or 429) return true;
        await response.BufferAsync(context.CancellationToken).ConfigureAwait(false);
        string code;
        try
        {
            code = context.Configuration.Service.Protocol.ReadError(response).Code;
        }
        catch (Exception)
        {
            return false;
        }
        if (ThrottlingCodes.Contains(code) || TransientCodes.Contains(code)) return true;
        if (ClockSkewCodes.Contains(code) && TryLearnClockOffset(response, context)) return true;
        return false;
    }

    /// <summary>A clock-skew error is retried once the server's Date shows our clock is off by more than four minutes.</summary>
    private static bool TryLearnClockOffset(AwsHttpResponse response, PipelineContext context)
    {
        if (response.Headers.Get("Date") is not { } date ||
            !DateTimeOffset.TryParse(date, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var serverTime))
            return false;
        var offset = serverTime - DateTimeOffset.UtcNow;
        if (Math.Abs(offset.TotalMinutes) < 4 || Math.Abs((offset - context.ClockOffset).TotalMinutes) < 1) return false;
        context.ClockOffset = offset;
        return true;
    }
}
