using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.DynamoDB;
using AwsCodegen.Runtime;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Errors;
using AwsCodegen.Runtime.Retry;
using NUnit.Framework;

namespace AwsCodegen.Tests.Retry;

/// <summary>The retry quota, backoff, adaptive rate limiter and configuration, without a network.</summary>
[TestFixture]
public sealed class RetryStrategyTests
{
    [Test]
    public void Quota_StartsFull_AndChargesRetriesAndTimeouts()
    {
        var quota = new RetryQuota();
        Assert.That(quota.Available, Is.EqualTo(500));
        Assert.That(quota.TryAcquire(timeout: false), Is.EqualTo(5));
        Assert.That(quota.TryAcquire(timeout: true), Is.EqualTo(10));
        Assert.That(quota.Available, Is.EqualTo(485));
    }

    [Test]
    public void Quota_RefusesWhenItCannotPay_AndRefundsOnSuccess()
    {
        var quota = new RetryQuota(12);
        Assert.That(quota.TryAcquire(timeout: true), Is.EqualTo(10));
        Assert.That(quota.TryAcquire(timeout: false), Is.EqualTo(0), "2 tokens cannot pay 5");
        Assert.That(quota.Available, Is.EqualTo(2));
        quota.OnSuccess(lastRetryCost: 10);
        Assert.That(quota.Available, Is.EqualTo(12));
        quota.OnSuccess(lastRetryCost: 0);
        Assert.That(quota.Available, Is.EqualTo(12), "never above capacity");
        quota.TryAcquire(timeout: false);
        quota.OnSuccess(lastRetryCost: 0);
        Assert.That(quota.Available, Is.EqualTo(8), "a first-attempt success adds one token");
    }

    [Test]
    public void Backoff_IsExponential_WithFullJitter_AndCapped()
    {
        var strategy = new RetryStrategy(RetryMode.Standard, 10) { NextJitter = () => 1.0 };
        Assert.That(strategy.BaseDelay, Is.EqualTo(TimeSpan.FromSeconds(1)));
        Assert.That(strategy.ComputeBackoff(1), Is.EqualTo(TimeSpan.FromSeconds(1)));
        Assert.That(strategy.ComputeBackoff(2), Is.EqualTo(TimeSpan.FromSeconds(2)));
        Assert.That(strategy.ComputeBackoff(4), Is.EqualTo(TimeSpan.FromSeconds(8)));
        Assert.That(strategy.ComputeBackoff(6), Is.EqualTo(TimeSpan.FromSeconds(20)));
        Assert.That(strategy.ComputeBackoff(60), Is.EqualTo(TimeSpan.FromSeconds(20)));
        strategy.NextJitter = () => 0.25;
        Assert.That(strategy.ComputeBackoff(3), Is.EqualTo(TimeSpan.FromSeconds(1)));
        strategy.NextJitter = () => 0.0;
        Assert.That(strategy.ComputeBackoff(3), Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public void Modes_HaveTheirDefaults()
    {
        var standard = new RetryStrategy(RetryMode.Standard, RetryStrategy.DefaultMaxAttempts(RetryMode.Standard));
        var legacy = new RetryStrategy(RetryMode.Legacy, RetryStrategy.DefaultMaxAttempts(RetryMode.Legacy));
        var adaptive = new RetryStrategy(RetryMode.Adaptive, RetryStrategy.DefaultMaxAttempts(RetryMode.Adaptive));
        Assert.That((standard.MaxAttempts, legacy.MaxAttempts, adaptive.MaxAttempts), Is.EqualTo((3, 5, 3)));
        Assert.That(standard.Quota, Is.Not.Null);
        Assert.That(standard.RateLimiter, Is.Null);
        Assert.That(legacy.Quota, Is.Null);
        Assert.That(legacy.BaseDelay, Is.EqualTo(TimeSpan.FromMilliseconds(100)));
        Assert.That(adaptive.Quota, Is.Not.Null);
        Assert.That(adaptive.RateLimiter, Is.Not.Null);
    }

    private static ClientConfiguration Resolve(Dictionary<string, string> env, AwsClientOptions? options = null)
    {
        options ??= new AwsClientOptions();
        options.Region = "us-east-1";
        options.Credentials = new StaticCredentialsProvider("AKID", "secret");
        options.EnvironmentVariables = name => env.TryGetValue(name, out var v) ? v : name is "AWS_CONFIG_FILE" or "AWS_SHARED_CREDENTIALS_FILE" ? "/dev/null" : null;
        using var client = new DynamoDBClient(options);
        return client.Configuration;
    }

    [Test]
    public void Configuration_ReadsModeAndAttempts_WithOptionsFirst()
    {
        var env = new Dictionary<string, string> { ["AWS_RETRY_MODE"] = "Adaptive", ["AWS_MAX_ATTEMPTS"] = "7" };
        var fromEnv = Resolve(env);
        Assert.That(fromEnv.RetryMode, Is.EqualTo(RetryMode.Adaptive));
        Assert.That(fromEnv.MaxAttempts, Is.EqualTo(7));
        Assert.That(fromEnv.Retry.MaxAttempts, Is.EqualTo(7));
        var fromOptions = Resolve(env, new AwsClientOptions { RetryMode = RetryMode.Legacy, MaxAttempts = 2 });
        Assert.That(fromOptions.RetryMode, Is.EqualTo(RetryMode.Legacy));
        Assert.That(fromOptions.MaxAttempts, Is.EqualTo(2));
        var defaults = Resolve(new Dictionary<string, string>());
        Assert.That((defaults.RetryMode, defaults.MaxAttempts), Is.EqualTo((RetryMode.Standard, 3)));
        var legacy = Resolve(new Dictionary<string, string> { ["AWS_RETRY_MODE"] = "legacy" });
        Assert.That(legacy.MaxAttempts, Is.EqualTo(5));
    }

    [Test]
    public void Configuration_ReadsModeFromTheProfile()
    {
        string dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "retry-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(dir);
        try
        {
            string config = System.IO.Path.Combine(dir, "config");
            System.IO.File.WriteAllText(config, "[default]\nretry_mode = legacy\nmax_attempts = 4\n");
            var options = new AwsClientOptions
            {
                Region = "us-east-1",
                Credentials = new StaticCredentialsProvider("AKID", "secret"),
                EnvironmentVariables = name => name switch { "AWS_CONFIG_FILE" => config, "AWS_SHARED_CREDENTIALS_FILE" => "/dev/null", _ => null },
            };
            using var client = new DynamoDBClient(options);
            Assert.That(client.Configuration.RetryMode, Is.EqualTo(RetryMode.Legacy));
            Assert.That(client.Configuration.MaxAttempts, Is.EqualTo(4));
        }
        finally
        {
            System.IO.Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void Configuration_RejectsUnknownModesAndBadValues()
    {
        var e = Assert.Throws<AwsClientException>(() => Resolve(new Dictionary<string, string> { ["AWS_RETRY_MODE"] = "turbo" }))!;
        Assert.That(e.Message, Does.Contain("AWS_RETRY_MODE").And.Contain("turbo"));
        Assert.Throws<ArgumentOutOfRangeException>(() => Resolve(new Dictionary<string, string>(), new AwsClientOptions { MaxAttempts = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Resolve(new Dictionary<string, string>(), new AwsClientOptions { AttemptTimeout = TimeSpan.Zero }));
    }

    [Test]
    public void Configuration_CarriesTimeouts()
    {
        var config = Resolve(new Dictionary<string, string>(), new AwsClientOptions
        {
            AttemptTimeout = TimeSpan.FromSeconds(2),
            OperationTimeout = TimeSpan.FromSeconds(9),
            ConnectTimeout = TimeSpan.FromSeconds(1),
        });
        Assert.That(config.AttemptTimeout, Is.EqualTo(TimeSpan.FromSeconds(2)));
        Assert.That(config.OperationTimeout, Is.EqualTo(TimeSpan.FromSeconds(9)));
        Assert.That(config.ConnectTimeout, Is.EqualTo(TimeSpan.FromSeconds(1)));
    }

    /// <summary>A limiter on a fake clock: waits advance the clock instead of sleeping.</summary>
    private sealed class FakeClock
    {
        public double Now;
        public readonly List<TimeSpan> Waits = new();

        public ClientRateLimiter Limiter() => new(() => Now, (d, _) =>
        {
            Waits.Add(d);
            Now += d.TotalSeconds;
            return Task.CompletedTask;
        });
    }

    [Test]
    public async Task RateLimiter_IsFree_UntilTheFirstThrottle()
    {
        var clock = new FakeClock();
        var limiter = clock.Limiter();
        for (int i = 0; i < 20; i++)
        {
            await limiter.AcquireAsync(CancellationToken.None);
            limiter.Update(throttled: false);
        }
        Assert.That(limiter.Enabled, Is.False);
        Assert.That(clock.Waits, Is.Empty);
    }

    [Test]
    public async Task RateLimiter_ThrottleCutsTheRate_ThenPacesSends()
    {
        var clock = new FakeClock();
        var limiter = clock.Limiter();
        // Ten requests a second for three seconds.
        for (int i = 0; i < 30; i++)
        {
            clock.Now += 0.1;
            limiter.Update(throttled: false);
        }
        double measured = limiter.MeasuredRate;
        Assert.That(measured, Is.InRange(5, 15));
        limiter.Update(throttled: true);
        Assert.That(limiter.Enabled, Is.True);
        Assert.That(limiter.FillRate, Is.EqualTo(measured * ClientRateLimiter.Beta).Within(1e-9));

        // Sending faster than the fill rate now waits; the waits add up to about count / rate.
        double start = clock.Now;
        for (int i = 0; i < 20; i++) await limiter.AcquireAsync(CancellationToken.None);
        Assert.That(clock.Waits, Is.Not.Empty);
        Assert.That(clock.Now - start, Is.InRange(10.0 / limiter.FillRate, 30.0 / limiter.FillRate));
    }

    [Test]
    public void RateLimiter_RecoversAlongTheCubic_AfterThrottling()
    {
        var clock = new FakeClock();
        var limiter = clock.Limiter();
        for (int i = 0; i < 40; i++)
        {
            clock.Now += 0.1;
            limiter.Update(throttled: false);
        }
        limiter.Update(throttled: true);
        double afterThrottle = limiter.FillRate;
        var rates = new List<double>();
        for (int i = 0; i < 60; i++)
        {
            clock.Now += 0.1;
            limiter.Update(throttled: false);
            rates.Add(limiter.FillRate);
        }
        Assert.That(rates[^1], Is.GreaterThan(afterThrottle), "the rate grows back");
        Assert.That(rates[^1], Is.LessThanOrEqualTo(2 * limiter.MeasuredRate + 1e-9), "never above twice the measured rate");
        Assert.That(limiter.FillRate, Is.GreaterThanOrEqualTo(ClientRateLimiter.MinFillRate));
    }

    [Test]
    public void RateLimiter_NeverDropsBelowTheMinimumRate()
    {
        var clock = new FakeClock();
        var limiter = clock.Limiter();
        for (int i = 0; i < 10; i++)
        {
            clock.Now += 1;
            limiter.Update(throttled: true);
        }
        Assert.That(limiter.FillRate, Is.EqualTo(ClientRateLimiter.MinFillRate));
    }

    [Test]
    public void RateLimiter_Acquire_HonoursCancellation()
    {
        var limiter = new ClientRateLimiter(() => 0, (d, ct) => Task.Delay(d, ct));
        limiter.Update(throttled: true);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        // At the minimum rate (0.5/s) the bucket is empty: the second send waits about two seconds, and cancellation ends it.
        Assert.CatchAsync<OperationCanceledException>(async () =>
        {
            for (int i = 0; i < 3; i++) await limiter.AcquireAsync(cts.Token);
        });
    }
}
