using System;

namespace AwsCodegen.Runtime.Waiters;

/// <summary>A waiter stopped without reaching its success state.</summary>
public abstract class WaiterException : Exception
{
    protected WaiterException(string waiterName, int attempts, string message, Exception? innerException)
        : base(message, innerException)
    {
        WaiterName = waiterName;
        Attempts = attempts;
    }

    /// <summary>The waiter's name in the model (TableExists).</summary>
    public string WaiterName { get; }

    /// <summary>How many times the operation was called.</summary>
    public int Attempts { get; }
}

/// <summary>The waiter used up its attempts (or its maximum wait) while the resource was still not in the wanted state.</summary>
public sealed class WaiterTimeoutException : WaiterException
{
    public WaiterTimeoutException(string waiterName, int attempts, string lastState, string? lastErrorCode, Exception? lastError)
        : base(waiterName, attempts,
            $"Waiter {waiterName} gave up after {attempts} attempt{(attempts == 1 ? "" : "s")}; last state: {lastState}" +
            (lastErrorCode is null ? "." : $", last error code: {lastErrorCode}."), lastError)
    {
        LastState = lastState;
        LastErrorCode = lastErrorCode;
    }

    /// <summary>What the last attempt saw: the acceptor that matched, or that none did.</summary>
    public string LastState { get; }

    /// <summary>The error code of the last attempt, when it failed.</summary>
    public string? LastErrorCode { get; }
}

/// <summary>A failure acceptor matched (or the call failed with an error no acceptor expects): waiting further cannot succeed.</summary>
public sealed class WaiterFailureException : WaiterException
{
    public WaiterFailureException(string waiterName, int attempts, string reason, Exception? innerException = null)
        : base(waiterName, attempts, $"Waiter {waiterName} failed after {attempts} attempt{(attempts == 1 ? "" : "s")}: {reason}", innerException)
    {
        Reason = reason;
    }

    public string Reason { get; }
}
