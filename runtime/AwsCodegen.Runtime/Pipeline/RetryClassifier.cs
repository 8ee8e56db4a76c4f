using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.Sockets;
using AwsCodegen.Runtime.Http;
using AwsCodegen.Runtime.Retry;

namespace AwsCodegen.Runtime.Pipeline;

/// <summary>
/// Decides whether a failed attempt is worth another: throttling (429 and the throttling codes), transient failures
/// (500/502/503/504, transient codes, connection failures), and clock skew once the client's clock has been corrected.
/// </summary>
internal static class RetryClassifier
{
    internal static readonly HashSet<string> ThrottlingCodes = new(StringComparer.Ordinal)
    {
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException", "TooManyRequestsException",
        "ProvisionedThroughputExceededException", "TransactionInProgressException", "RequestLimitExceeded",
        "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown", "PriorRequestNotComplete",
        "EC2ThrottledException",
    };

    internal static readonly HashSet<string> TransientCodes = new(StringComparer.Ordinal)
    {
        "RequestTimeout", "RequestTimeoutException", "InternalError", "InternalFailure", "ServiceUnavailable",
        "IDPCommunicationError",
    };

    internal static readonly HashSet<string> ClockSkewCodes = new(StringComparer.Ordinal)
    {
        "RequestTimeTooSkewed", "RequestExpired", "InvalidSignatureException", "SignatureDoesNotMatch",
        "AuthFailure", "RequestInTheFuture",
    };

    /// <summary>Classifies a buffered response. A clock-skew error updates the client's clock offset when it counts.</summary>
    public static RetryErrorKind Classify(AwsHttpResponse response, PipelineContext context)
    {
        int status = response.StatusCode;
        if (status < 400) return RetryErrorKind.None;
        string? code = null;
        try
        {
            code = context.Configuration.Service.Protocol.ReadError(response).Code;
        }
        catch (Exception)
        {
            // An unreadable error body still has its status.
        }
        if (code is not null)
        {
            if (ThrottlingCodes.Contains(code)) return RetryErrorKind.Throttling;
            if (TransientCodes.Contains(code)) return RetryErrorKind.Transient;
        }
        if (status == 429) return RetryErrorKind.Throttling;
        if (status is 500 or 502 or 503 or 504) return RetryErrorKind.Transient;
        if (code is not null && ClockSkewCodes.Contains(code) && TryLearnClockOffset(response, context)) return RetryErrorKind.ClockSkew;
        return RetryErrorKind.None;
    }

    /// <summary>Whether an exception from one attempt is a transport failure worth retrying.</summary>
    public static bool IsTransportFailure(Exception exception) =>
        exception is HttpRequestException or IOException or SocketException;

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
