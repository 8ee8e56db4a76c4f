using System;

namespace AwsCodegen.Runtime.Waiters;

/// <summary>Overrides of a waiter's timing. Anything left null keeps the model's value.</summary>
public sealed record WaiterOptions
{
    /// <summary>The delay between attempts (the model's <c>delay</c>, in seconds, by default).</summary>
    public TimeSpan? Delay { get; init; }

    /// <summary>
    /// When set, delays grow exponentially from <see cref="Delay"/> up to this value, each one drawn at random
    /// between the minimum delay and the grown one (the jittered backoff of the Smithy waiter specification).
    /// When null, every delay is exactly <see cref="Delay"/>, as botocore waits.
    /// </summary>
    public TimeSpan? MaxDelay { get; init; }

    /// <summary>How many times the operation is called at most (the model's <c>maxAttempts</c> by default).</summary>
    public int? MaxAttempts { get; init; }

    /// <summary>The longest the waiter may take in all; it gives up rather than sleep past this. Null: no limit beyond attempts.</summary>
    public TimeSpan? MaxWait { get; init; }
}
