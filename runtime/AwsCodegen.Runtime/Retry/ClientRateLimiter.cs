using System;
using System.Threading;
using System.Threading.Tasks;

namespace AwsCodegen.Runtime.Retry;

/// <summary>
/// The adaptive mode's client-side rate limiter: a token bucket (one token per attempt) that is off until the first
/// throttling response. Each response updates the sending rate: a throttle cuts it to 70% of the measured rate and
/// remembers that rate as the ceiling W_max; successes grow it back along the cubic curve
/// W(t) = C·(t − K)³ + W_max, K = ∛(W_max·(1 − β)/C), so it approaches the old ceiling quickly, plateaus near it, then
/// probes above it. The rate never exceeds twice the measured sending rate.
/// </summary>
internal sealed class ClientRateLimiter
{
    internal const double MinFillRate = 0.5;
    internal const double MinCapacity = 1;
    internal const double Smoothing = 0.8;
    internal const double Beta = 0.7;
    internal const double ScaleConstant = 0.4;

    private readonly object _lock = new();
    private readonly Func<double> _now;
    private readonly Func<TimeSpan, CancellationToken, Task> _delay;

    // Token bucket.
    private double _fillRate;
    private double _maxCapacity;
    private double _capacity;
    private double? _lastRefill;
    private bool _enabled;

    // Measured sending rate, in half-second buckets.
    private double _measuredRate;
    private double _rateBucketStart;
    private int _requestCount;

    // CUBIC state.
    private double _lastMaxRate;
    private double _lastThrottleTime;
    private double _timeWindow;

    /// <param name="now">Seconds on a monotonic clock.</param>
    /// <param name="delay">How to wait (tests pass one that only records).</param>
    public ClientRateLimiter(Func<double> now, Func<TimeSpan, CancellationToken, Task> delay)
    {
        _now = now;
        _delay = delay;
        double start = now();
        _rateBucketStart = Math.Floor(start * 2) / 2;
        _lastThrottleTime = start;
        _fillRate = MinFillRate;
        _maxCapacity = MinCapacity;
    }

    public bool Enabled { get { lock (_lock) return _enabled; } }
    public double FillRate { get { lock (_lock) return _fillRate; } }
    public double MeasuredRate { get { lock (_lock) return _measuredRate; } }

    /// <summary>
    /// Waits for a send token. Free until the first throttle. When the bucket is short, waits for the missing part
    /// to fill, then takes the token (the bucket may dip below zero when several callers wait at once, which only
    /// makes the next ones wait longer).
    /// </summary>
    public async ValueTask AcquireAsync(CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (_lock)
        {
            if (!_enabled) return;
            Refill();
            if (_capacity >= 1)
            {
                _capacity -= 1;
                return;
            }
            wait = TimeSpan.FromSeconds((1 - _capacity) / _fillRate);
        }
        await _delay(wait, cancellationToken).ConfigureAwait(false);
        lock (_lock)
        {
            Refill();
            _capacity -= 1;
        }
    }

    /// <summary>Feeds one response (or transport failure) into the rate: <paramref name="throttled"/> for throttling errors.</summary>
    public void Update(bool throttled)
    {
        lock (_lock)
        {
            double now = _now();
            UpdateMeasuredRate(now);
            double calculated;
            if (throttled)
            {
                double rate = _enabled ? Math.Min(_measuredRate, _fillRate) : _measuredRate;
                _lastMaxRate = rate;
                ComputeTimeWindow();
                _lastThrottleTime = now;
                calculated = rate * Beta;
                _enabled = true;
            }
            else
            {
                ComputeTimeWindow();
                double t = now - _lastThrottleTime - _timeWindow;
                calculated = ScaleConstant * t * t * t + _lastMaxRate;
            }
            SetRate(Math.Min(calculated, 2 * _measuredRate));
        }
    }

    private void Refill()
    {
        double now = _now();
        if (_lastRefill is { } last)
            _capacity = Math.Min(_maxCapacity, _capacity + (now - last) * _fillRate);
        _lastRefill = now;
    }

    private void SetRate(double rate)
    {
        Refill();
        _fillRate = Math.Max(rate, MinFillRate);
        _maxCapacity = Math.Max(rate, MinCapacity);
        _capacity = Math.Min(_capacity, _maxCapacity);
    }

    private void ComputeTimeWindow() =>
        _timeWindow = Math.Cbrt(_lastMaxRate * (1 - Beta) / ScaleConstant);

    private void UpdateMeasuredRate(double now)
    {
        double bucket = Math.Floor(now * 2) / 2;
        _requestCount++;
        if (bucket > _rateBucketStart)
        {
            double current = _requestCount / (bucket - _rateBucketStart);
            _measuredRate = current * Smoothing + _measuredRate * (1 - Smoothing);
            _requestCount = 0;
            _rateBucketStart = bucket;
        }
    }
}
