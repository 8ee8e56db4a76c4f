using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Credentials;
using AwsCodegen.Runtime.Errors;
using NUnit.Framework;

namespace AwsCodegen.Tests.Config;

[TestFixture]
public sealed class CachingCredentialsProviderTests
{
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    /// <summary>Hands out credentials AKID1, AKID2, ... each expiring <see cref="Lifetime"/> after the clock's now.</summary>
    private sealed class CountingProvider : IAwsCredentialsProvider
    {
        private readonly ManualClock _clock;
        private int _calls;

        public CountingProvider(ManualClock clock) => _clock = clock;

        public int Calls => Volatile.Read(ref _calls);
        public TimeSpan? Lifetime { get; set; } = TimeSpan.FromHours(1);
        public Exception? Failure { get; set; }
        /// <summary>When set, each call waits for it before answering.</summary>
        public TaskCompletionSource? Gate { get; set; }
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default)
        {
            int n = Interlocked.Increment(ref _calls);
            Entered.TrySetResult();
            if (Gate is { } gate) await gate.Task.WaitAsync(cancellationToken);
            if (Failure is { } failure) throw failure;
            return new AwsCredentials("AKID" + n, "secret", null, Lifetime is { } lifetime ? _clock.Now + lifetime : null);
        }
    }

    private ManualClock _clock = null!;
    private CountingProvider _inner = null!;
    private CachingCredentialsProvider _cache = null!;

    [SetUp]
    public void SetUp()
    {
        _clock = new ManualClock();
        _inner = new CountingProvider(_clock);
        _cache = new CachingCredentialsProvider(_inner, timeProvider: _clock);
    }

    [Test]
    public async Task WithoutExpiration_TheInnerProviderIsAskedOnce()
    {
        _inner.Lifetime = null;
        for (int i = 0; i < 5; i++) Assert.That((await _cache.GetCredentialsAsync()).AccessKeyId, Is.EqualTo("AKID1"));
        _clock.Now = _clock.Now.AddYears(5);
        Assert.That((await _cache.GetCredentialsAsync()).AccessKeyId, Is.EqualTo("AKID1"));
        Assert.That(_inner.Calls, Is.EqualTo(1));
    }

    [Test]
    public async Task WithExpiration_RefreshesFiveMinutesEarly()
    {
        var first = await _cache.GetCredentialsAsync();
        Assert.That(first.AccessKeyId, Is.EqualTo("AKID1"));

        _clock.Now = first.Expiration!.Value - TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1);
        Assert.That((await _cache.GetCredentialsAsync()).AccessKeyId, Is.EqualTo("AKID1"));
        Assert.That(_inner.Calls, Is.EqualTo(1));

        _clock.Now = first.Expiration!.Value - TimeSpan.FromMinutes(5);
        Assert.That((await _cache.GetCredentialsAsync()).AccessKeyId, Is.EqualTo("AKID2"));
        Assert.That((await _cache.GetCredentialsAsync()).AccessKeyId, Is.EqualTo("AKID2"));
        Assert.That(_inner.Calls, Is.EqualTo(2));
    }

    [Test]
    public async Task ShortLivedCredentials_AreNotFetchedAgainOnEveryCall()
    {
        // Fresh credentials that already fall inside the refresh margin: used until they expire, refreshed at most
        // every RetryDelay, not once per call.
        _inner.Lifetime = TimeSpan.FromMinutes(3);
        Assert.That((await _cache.GetCredentialsAsync()).AccessKeyId, Is.EqualTo("AKID1"));
        for (int i = 0; i < 5; i++) Assert.That((await _cache.GetCredentialsAsync()).AccessKeyId, Is.EqualTo("AKID1"));
        Assert.That(_inner.Calls, Is.EqualTo(1));

        _clock.Now += CachingCredentialsProvider.RetryDelay;
        Assert.That((await _cache.GetCredentialsAsync()).AccessKeyId, Is.EqualTo("AKID2"));
        Assert.That(_inner.Calls, Is.EqualTo(2));
    }

    [Test]
    public async Task ConcurrentCallers_WithNothingValid_ShareOneFetch()
    {
        _inner.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = new List<Task<AwsCredentials>>();
        for (int i = 0; i < 20; i++) calls.Add(Task.Run(async () => await _cache.GetCredentialsAsync()));
        await _inner.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(50);
        _inner.Gate.SetResult();

        var results = await Task.WhenAll(calls).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.That(_inner.Calls, Is.EqualTo(1));
        Assert.That(results, Has.All.Property(nameof(AwsCredentials.AccessKeyId)).EqualTo("AKID1"));
    }

    [Test]
    public async Task DuringARefresh_CallersHoldingValidCredentialsDoNotWait()
    {
        var first = await _cache.GetCredentialsAsync();
        _clock.Now = first.Expiration!.Value - TimeSpan.FromMinutes(2); // in the refresh window, not expired
        _inner.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var refreshing = _cache.GetCredentialsAsync().AsTask();
        await _inner.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        for (int i = 0; i < 5; i++)
        {
            var other = _cache.GetCredentialsAsync();
            Assert.That(other.IsCompleted, Is.True, "a caller holding valid credentials must not wait for the refresh");
            Assert.That((await other).AccessKeyId, Is.EqualTo("AKID1"));
        }

        _inner.Gate.SetResult();
        Assert.That((await refreshing.WaitAsync(TimeSpan.FromSeconds(10))).AccessKeyId, Is.EqualTo("AKID2"));
        Assert.That(_inner.Calls, Is.EqualTo(2));
    }

    [Test]
    public async Task FailedRefresh_KeepsValidCredentials_RetriesLater_ThrowsOnceExpired()
    {
        var first = await _cache.GetCredentialsAsync();
        _inner.Failure = new InvalidOperationException("source is down");

        _clock.Now = first.Expiration!.Value - TimeSpan.FromMinutes(4);
        Assert.That((await _cache.GetCredentialsAsync()).AccessKeyId, Is.EqualTo("AKID1"));
        Assert.That(_inner.Calls, Is.EqualTo(2));

        // Within the retry delay: no new attempt.
        _clock.Now += TimeSpan.FromSeconds(10);
        Assert.That((await _cache.GetCredentialsAsync()).AccessKeyId, Is.EqualTo("AKID1"));
        Assert.That(_inner.Calls, Is.EqualTo(2));

        // After it: tried again.
        _clock.Now += CachingCredentialsProvider.RetryDelay;
        Assert.That((await _cache.GetCredentialsAsync()).AccessKeyId, Is.EqualTo("AKID1"));
        Assert.That(_inner.Calls, Is.EqualTo(3));

        _clock.Now = first.Expiration!.Value;
        var e = Assert.ThrowsAsync<InvalidOperationException>(async () => await _cache.GetCredentialsAsync())!;
        Assert.That(e.Message, Is.EqualTo("source is down"));

        _inner.Failure = null;
        Assert.That((await _cache.GetCredentialsAsync()).AccessKeyId, Does.StartWith("AKID"));
    }

    [Test]
    public void FreshCredentialsThatAreAlreadyExpired_AreAnError()
    {
        _inner.Lifetime = TimeSpan.FromSeconds(-1);
        var e = Assert.ThrowsAsync<AwsClientException>(async () => await _cache.GetCredentialsAsync())!;
        Assert.That(e.Message, Does.Contain("already expired"));
    }

    [Test]
    public async Task CustomMargin_AndInvalidate()
    {
        var cache = new CachingCredentialsProvider(_inner, TimeSpan.FromMinutes(30), _clock);
        var first = await cache.GetCredentialsAsync();
        _clock.Now = first.Expiration!.Value - TimeSpan.FromMinutes(31);
        Assert.That((await cache.GetCredentialsAsync()).AccessKeyId, Is.EqualTo("AKID1"));
        _clock.Now = first.Expiration!.Value - TimeSpan.FromMinutes(30);
        Assert.That((await cache.GetCredentialsAsync()).AccessKeyId, Is.EqualTo("AKID2"));
        cache.Invalidate();
        Assert.That((await cache.GetCredentialsAsync()).AccessKeyId, Is.EqualTo("AKID3"));
    }

    [Test]
    public async Task Chain_StaysWithTheSourceThatAnswered_AndRefreshesFromIt()
    {
        var empty = new FakeSource(null);
        var answering = new FakeSource(() => new AwsCredentials("AKIDB" + Guid.NewGuid().ToString("N")[..4], "s", null, _clock.Now.AddMinutes(10)));
        var chain = new CredentialsChain(new ICredentialsSource[] { empty, answering });
        var cache = new CachingCredentialsProvider(chain, timeProvider: _clock);

        var first = await cache.GetCredentialsAsync();
        Assert.That(chain.ChosenSource, Is.SameAs(answering));
        _clock.Now = first.Expiration!.Value - TimeSpan.FromMinutes(1);
        var second = await cache.GetCredentialsAsync();

        Assert.That(second.AccessKeyId, Is.Not.EqualTo(first.AccessKeyId));
        Assert.That(empty.Calls, Is.EqualTo(1));
        Assert.That(answering.Calls, Is.EqualTo(2));
    }

    [Test]
    public void Chain_WithNothing_ListsEverySourceInOrder()
    {
        var chain = new CredentialsChain(new ICredentialsSource[] { new FakeSource(null, "first place"), new FakeSource(null, "second place") });
        var e = Assert.ThrowsAsync<AwsCodegen.Runtime.Credentials.CredentialsException>(async () => await chain.GetCredentialsAsync())!;
        Assert.That(e.Message, Is.EqualTo("No AWS credentials were found. Tried, in order:\n  1. first place\n  2. second place"));
    }

    private sealed class FakeSource : ICredentialsSource
    {
        private readonly Func<AwsCredentials>? _make;
        public FakeSource(Func<AwsCredentials>? make, string description = "fake") { _make = make; Description = description; }
        public int Calls { get; private set; }
        public string Description { get; }
        public ValueTask<AwsCredentials?> TryGetCredentialsAsync(CancellationToken cancellationToken = default)
        {
            Calls++;
            return new(_make?.Invoke());
        }
    }
}
