using System;

namespace AwsCodegen.Runtime.Retry;

/// <summary>
/// The standard mode's retry quota: a per-client bucket of tokens that retries spend and successes refill, so that a
/// client stops retrying (fails fast) while a service is failing most requests.
/// </summary>
internal sealed class RetryQuota
{
    public const int DefaultCapacity = 500;
    public const int RetryCost = 5;
    public const int TimeoutRetryCost = 10;
    public const int NoRetryIncrement = 1;

    private readonly object _lock = new();
    private int _available;

    public RetryQuota(int capacity = DefaultCapacity)
    {
        if (capacity < 0) throw new ArgumentOutOfRangeException(nameof(capacity));
        Capacity = capacity;
        _available = capacity;
    }

    public int Capacity { get; }

    public int Available
    {
        get { lock (_lock) return _available; }
    }

    /// <summary>Takes the cost of one retry; returns 0 (and takes nothing) when the bucket cannot pay.</summary>
    public int TryAcquire(bool timeout)
    {
        int cost = timeout ? TimeoutRetryCost : RetryCost;
        lock (_lock)
        {
            if (_available < cost) return 0;
            _available -= cost;
            return cost;
        }
    }

    /// <summary>
    /// A call succeeded: the cost of the retry that succeeded comes back, or (when the first attempt succeeded)
    /// <see cref="NoRetryIncrement"/>. Never above capacity.
    /// </summary>
    public void OnSuccess(int lastRetryCost)
    {
        int refund = lastRetryCost > 0 ? lastRetryCost : NoRetryIncrement;
        lock (_lock) _available = Math.Min(Capacity, _available + refund);
    }
}
