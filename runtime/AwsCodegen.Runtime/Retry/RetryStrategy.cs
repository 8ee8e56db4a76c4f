using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace AwsCodegen.Runtime.Retry;

/// <summary>
/// A client's retry state, shared by all its calls: the mode and attempt limit, the retry quota, the adaptive rate
/// limiter, the backoff parameters and the learned clock offset. Tests shrink the delays through the internal hooks.
/// </summary>
public sealed class RetryStrategy
{
    /// <summary>Standard and adaptive: the documented b·2^i backoff with b uniform in [0, 1) seconds.</summary>
    internal static readonly TimeSpan StandardBaseDelay = TimeSpan.FromSeconds(1);

    /// <summary>Legacy: this runtime's earlier base delay.</summary>
    internal static readonly TimeSpan LegacyBaseDelay = TimeSpan.FromMilliseconds(100);

    internal static readonly TimeSpan DefaultMaxBackoff = TimeSpan.FromSeconds(20);

    private long _clockOffsetTicks;

    internal RetryStrategy(RetryMode mode, int maxAttempts)
    {
        Mode = mode;
        MaxAttempts = Math.Max(1, maxAttempts);
        BaseDelay = mode == RetryMode.Legacy ? LegacyBaseDelay : StandardBaseDelay;
        Quota = mode == RetryMode.Legacy ? null : new RetryQuota();
        if (mode == RetryMode.Adaptive)
            RateLimiter = new ClientRateLimiter(() => Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency, (d, ct) => DelayAsync(d, ct));
    }

    public RetryMode Mode { get; }

    /// <summary>Total attempts per call, including the first.</summary>
    public int MaxAttempts { get; }

    /// <summary>
    /// The offset between the service's clock and ours, learned from a clock-skew error. Per client, so that later
    /// calls are signed with the corrected time too.
    /// </summary>
    public TimeSpan ClockOffset
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _clockOffsetTicks));
        internal set => Interlocked.Exchange(ref _clockOffsetTicks, value.Ticks);
    }

    /// <summary>The retry quota (standard and adaptive); null in legacy mode.</summary>
    internal RetryQuota? Quota { get; set; }

    /// <summary>The client-side rate limiter (adaptive only).</summary>
    internal ClientRateLimiter? RateLimiter { get; set; }

    internal TimeSpan BaseDelay { get; set; }
    internal TimeSpan MaxBackoff { get; set; } = DefaultMaxBackoff;

    /// <summary>The jitter, uniform in [0, 1).</summary>
    internal Func<double> NextJitter { get; set; } = Random.Shared.NextDouble;

    /// <summary>How backoff waits: Task.Delay, honouring the token.</summary>
    internal Func<TimeSpan, CancellationToken, Task> DelayAsync { get; set; } = Task.Delay;

    /// <summary>The delay before retry number <paramref name="retry"/> (1 for the first retry): jitter·base·2^(retry−1), at most MaxBackoff.</summary>
    internal TimeSpan ComputeBackoff(int retry)
    {
        double ceiling = BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(retry - 1, 30));
        double ms = Math.Min(MaxBackoff.TotalMilliseconds, NextJitter() * ceiling);
        return TimeSpan.FromMilliseconds(Math.Max(0, ms));
    }

    /// <summary>Parses a retry_mode / AWS_RETRY_MODE value; null when unset.</summary>
    internal static RetryMode? ParseMode(string? text, string source)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return text.Trim().ToLowerInvariant() switch
        {
            "standard" => RetryMode.Standard,
            "legacy" => RetryMode.Legacy,
            "adaptive" => RetryMode.Adaptive,
            _ => throw new Errors.AwsClientException($"{source}: unknown retry mode '{text}' (expected standard, legacy or adaptive)."),
        };
    }

    /// <summary>The attempts a mode makes when max_attempts is unset: 3 for standard and adaptive, 5 for legacy.</summary>
    internal static int DefaultMaxAttempts(RetryMode mode) => mode == RetryMode.Legacy ? 5 : 3;
}
