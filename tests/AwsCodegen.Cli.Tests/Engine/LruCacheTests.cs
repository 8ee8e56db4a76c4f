using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Cli.Engine;
using NUnit.Framework;

namespace AwsCodegen.Cli.Tests.Engine;

/// <summary>The bounded caches behind the engine's clients and credentials.</summary>
[TestFixture]
public sealed class LruCacheTests
{
    private sealed record Value(string Name);

    [Test]
    public void A_full_cache_drops_the_least_recently_used_entry()
    {
        var cache = new LruCache<Value>(3);
        var a = cache.GetOrAdd("a", () => new Value("a"));
        cache.GetOrAdd("b", () => new Value("b"));
        cache.GetOrAdd("c", () => new Value("c"));
        Assert.That(cache.GetOrAdd("a", () => new Value("a2")), Is.SameAs(a), "a is cached, and now the most recent");
        cache.GetOrAdd("d", () => new Value("d"));
        Assert.That(cache.Count, Is.EqualTo(3));
        Assert.That(cache.Created().Select(v => v.Name), Is.EqualTo(new[] { "d", "a", "c" }), "b, the least recently used, went");
        Assert.That(cache.GetOrAdd("b", () => new Value("b2")).Name, Is.EqualTo("b2"), "a dropped entry is made again");
    }

    [Test]
    public void A_value_that_failed_is_not_kept()
    {
        var cache = new LruCache<Value>(4);
        Assert.Throws<InvalidOperationException>(() => cache.GetOrAdd("k", () => throw new InvalidOperationException("no region")));
        Assert.That(cache.Count, Is.Zero);
        Assert.That(cache.GetOrAdd("k", () => new Value("second")).Name, Is.EqualTo("second"));
    }

    [Test]
    public async Task Concurrent_callers_of_one_key_share_one_value_made_once()
    {
        var cache = new LruCache<Value>(4);
        int made = 0;
        using var start = new ManualResetEventSlim();
        var callers = Enumerable.Range(0, 16).Select(_ => Task.Run(() =>
        {
            start.Wait();
            return cache.GetOrAdd("shared", () =>
            {
                Interlocked.Increment(ref made);
                Thread.Sleep(50);
                return new Value("shared");
            });
        })).ToArray();
        start.Set();
        var values = await Task.WhenAll(callers);
        Assert.That(made, Is.EqualTo(1));
        Assert.That(values.Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public void The_capacity_must_be_positive() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new LruCache<Value>(0));
}
