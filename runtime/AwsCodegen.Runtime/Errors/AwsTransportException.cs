using System;

namespace AwsCodegen.Runtime.Errors;

/// <summary>
/// No usable response after all attempts: the connection failed, was reset, or the body was cut short.
/// <see cref="Exception.InnerException"/> is the last attempt's failure.
/// </summary>
public class AwsTransportException : AwsClientException
{
    public AwsTransportException(string message, int attempts, Exception? innerException = null) : base(message, innerException) =>
        Attempts = attempts;

    /// <summary>The URL of the last attempt (what aws-cli names in "Could not connect to the endpoint URL").</summary>
    public Uri? RequestUri { get; init; }
}

/// <summary>
/// A call ran out of time: every attempt passed the attempt timeout, or the whole call passed the operation timeout
/// (<see cref="IsOperationTimeout"/>). Caller cancellation is never this: it surfaces as OperationCanceledException.
/// </summary>
public sealed class AwsRequestTimeoutException : AwsTransportException
{
    public AwsRequestTimeoutException(string message, int attempts, bool isOperationTimeout, Exception? innerException = null)
        : base(message, attempts, innerException) =>
        IsOperationTimeout = isOperationTimeout;

    /// <summary>True when the operation timeout (the whole call) expired; false when the last attempt timed out.</summary>
    public bool IsOperationTimeout { get; }
}
