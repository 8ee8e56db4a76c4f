using System.Collections.Concurrent;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Runtime.JmesPath;
using NUnit.Framework;

namespace AwsCodegen.Tests.JmesPath;

/// <summary>
/// A compiled expression is shared: many threads evaluate it at once, each against its own input, and each gets
/// its own answer. The threads are released together by a barrier so that the evaluations overlap.
/// </summary>
[TestFixture]
public sealed class JmesPathThreadSafetyTests
{
    [Test]
    public void One_compiled_expression_serves_many_threads()
    {
        var expression = JmesPathExpression.Compile(
            "{ids: sort_by(items[?n >= `0`], &n)[].id, total: sum(items[].n), top: max_by(items, &n).id, merged: merge(meta, {k: k})}");
        const int Threads = 8;
        const int Rounds = 200;
        var failures = new ConcurrentQueue<string>();
        using var barrier = new Barrier(Threads);
        var tasks = Enumerable.Range(0, Threads).Select(t => Task.Factory.StartNew(() =>
        {
            barrier.SignalAndWait();
            for (int round = 0; round < Rounds; round++)
            {
                int seed = t * 1000 + round;
                using var input = JsonDocument.Parse(
                    $$$"""{"k": {{{seed}}}, "meta": {"t": {{{t}}}}, "items": [{"id": "c{{{seed}}}", "n": 3}, {"id": "a{{{seed}}}", "n": 1}, {"id": "b{{{seed}}}", "n": 2}, {"id": "x", "n": -1}]}""");
                string actual = expression.Evaluate(input.RootElement).GetRawText();
                string expected = $$$"""{"ids":["a{{{seed}}}","b{{{seed}}}","c{{{seed}}}"],"total":5,"top":"c{{{seed}}}","merged":{"t":{{{t}}},"k":{{{seed}}}}}""";
                if (actual != expected) failures.Enqueue($"thread {t}, round {round}: {actual}");
            }
        }, TaskCreationOptions.LongRunning)).ToArray();
        Task.WaitAll(tasks);
        Assert.That(failures, Is.Empty);
    }
}
