using System;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Errors;

namespace AwsCodegen.Runtime.Credentials;

/// <summary>
/// Asks the inner provider once and keeps the answer. Credentials with an expiration are fetched again a margin
/// (five minutes by default) before they expire; those without one are kept for good.
/// </summary>
/// <remarks>
/// One fetch runs at a time, so many callers at the refresh point cause one request, not a herd. While a refresh is running, callers that still hold unexpired credentials get them at
/// once instead of waiting. If a refresh fails while the old credentials are still valid, the old ones are used and
/// the refresh is tried again after <see cref="RetryDelay"/>; once they have expired, the failure is thrown.
/// Credentials that arrive already inside the margin (a source handing out short-lived ones) are used until they
/// expire, with a refresh tried at most every <see cref="RetryDelay"/> instead of on every call.
/// </remarks>
public sealed class CachingCredentialsProvider : IAwsCredentialsProvider
{
    public static readonly TimeSpan DefaultRefreshMargin = TimeSpan.FromMinutes(5);

    /// <summary>How long to keep using still-valid credentials after a failed refresh before trying again.</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(30);

    private readonly IAwsCredentialsProvider _inner;
    private readonly TimeProvider _time;
    private readonly TimeSpan _refreshMargin;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile AwsCredentials? _cached;
    private long _nextRetryTicks; // UTC ticks before which a failed refresh is not tried again

    public CachingCredentialsProvider(IAwsCredentialsProvider inner, TimeSpan? refreshMargin = null, TimeProvider? timeProvider = null)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _refreshMargin = refreshMargin ?? DefaultRefreshMargin;
        if (_refreshMargin < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(refreshMargin));
        _time = timeProvider ?? TimeProvider.System;
    }

    public IAwsCredentialsProvider Inner => _inner;

    public ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default)
    {
        var cached = _cached;
        if (cached is not null && !NeedsRefresh(cached, _time.GetUtcNow())) return new(cached);
        return RefreshAsync(cached, cancellationToken);
    }

    /// <summary>Forgets the cached credentials, so that the next call fetches new ones.</summary>
    public void Invalidate()
    {
        _cached = null;
        Interlocked.Exchange(ref _nextRetryTicks, 0);
    }

    private async ValueTask<AwsCredentials> RefreshAsync(AwsCredentials? held, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        bool holdingValid = held is not null && !IsExpired(held, now);
        if (holdingValid)
        {
            // Someone else is refreshing, or a refresh failed a moment ago: what we hold is still good.
            if (now.UtcTicks < Interlocked.Read(ref _nextRetryTicks)) return held!;
            if (!_gate.Wait(0)) return held!;
        }
        else
        {
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            now = _time.GetUtcNow();
            var current = _cached;
            if (current is not null && !NeedsRefresh(current, now)) return current;
            if (current is not null && !IsExpired(current, now) && now.UtcTicks < Interlocked.Read(ref _nextRetryTicks)) return current;

            AwsCredentials fresh;
            try
            {
                fresh = await _inner.GetCredentialsAsync(cancellationToken).ConfigureAwait(false)
                    ?? throw new AwsClientException("The credentials provider returned no credentials.");
            }
            catch (Exception) when (current is not null && !IsExpired(current, _time.GetUtcNow()) && !cancellationToken.IsCancellationRequested)
            {
                Interlocked.Exchange(ref _nextRetryTicks, (_time.GetUtcNow() + RetryDelay).UtcTicks);
                return current;
            }

            if (IsExpired(fresh, _time.GetUtcNow()))
                throw new AwsClientException($"The credentials that were fetched have already expired (at {fresh.Expiration:O}).");
            // Fresh credentials already inside the margin: do not fetch again on every call until they expire.
            long nextRefresh = NeedsRefresh(fresh, _time.GetUtcNow()) ? (_time.GetUtcNow() + RetryDelay).UtcTicks : 0;
            Interlocked.Exchange(ref _nextRetryTicks, nextRefresh);
            _cached = fresh;
            return fresh;
        }
        finally
        {
            _gate.Release();
        }
    }

    private bool NeedsRefresh(AwsCredentials credentials, DateTimeOffset now) =>
        credentials.Expiration is { } expiration && now >= expiration - _refreshMargin;

    private static bool IsExpired(AwsCredentials credentials, DateTimeOffset now) =>
        credentials.Expiration is { } expiration && now >= expiration;
}
