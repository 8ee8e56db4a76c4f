using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Runtime;
using AwsCodegen.Runtime.Errors;
using AwsCodegen.Runtime.Paginators;
using AwsCodegen.Runtime.Waiters;
using NUnit.Framework;

namespace AwsCodegen.Tests.Waiters;

/// <summary>The runtime's paging loop and waiter engine, against scripted responses.</summary>
public class PaginatorAndWaiterRuntimeTests
{
    private sealed class PageRequest : AwsRequest
    {
        public string? Token { get; set; }
        public int? Limit { get; set; }
    }

    private sealed class PageResponse : AwsResponse
    {
        public List<string>? Items { get; set; }
        public string? Next { get; set; }
        public bool? More { get; set; }
        public string? Status { get; set; }
    }

    private static void Write(Utf8JsonWriter writer, PageResponse response)
    {
        writer.WriteStartObject();
        if (response.Items is { } items)
        {
            writer.WriteStartArray("Items");
            foreach (var item in items) writer.WriteStringValue(item);
            writer.WriteEndArray();
        }
        if (response.Next is { } next) writer.WriteString("Next", next);
        if (response.More is { } more) writer.WriteBoolean("More", more);
        if (response.Status is { } status) writer.WriteString("Status", status);
        writer.WriteEndObject();
    }

    private static PaginatorDefinition<PageRequest, PageResponse> Definition(string outputToken = "Next", string? moreResults = null) =>
        new("List", new[] { outputToken }, moreResults, Write, static (request, _, tokens) => request.Token = Paginator.TokenString(tokens[0]));

    private static async Task<List<PageResponse>> All(IAsyncEnumerable<PageResponse> pages)
    {
        var list = new List<PageResponse>();
        await foreach (var page in pages) list.Add(page);
        return list;
    }

    [Test]
    public async Task Pages_FollowTheToken_WithoutChangingTheCallersRequest()
    {
        var seen = new List<(string? Token, int? Limit)>();
        Task<PageResponse> Invoke(PageRequest request, CancellationToken _)
        {
            seen.Add((request.Token, request.Limit));
            int n = request.Token is null ? 0 : int.Parse(request.Token);
            return Task.FromResult(new PageResponse { Items = new() { "i" + n }, Next = n < 2 ? (n + 1).ToString() : "" });
        }
        var request = new PageRequest { Limit = 1 };
        var pages = await All(Paginator.PagesAsync(request, Invoke, Definition()));
        Assert.That(pages.SelectMany(p => p.Items!), Is.EqualTo(new[] { "i0", "i1", "i2" }));
        Assert.That(seen, Is.EqualTo(new[] { ((string?)null, (int?)1), ("1", 1), ("2", 1) }));
        Assert.That(request.Token, Is.Null, "the caller's request is not changed");
    }

    [Test]
    public async Task Pages_StopWhenMoreResultsIsFalse_OrTheTokenRepeats()
    {
        int calls = 0;
        Task<PageResponse> Truncated(PageRequest request, CancellationToken _) =>
            Task.FromResult(new PageResponse { Next = "t" + ++calls, More = calls < 2 });
        Assert.That(await All(Paginator.PagesAsync(new PageRequest(), Truncated, Definition(moreResults: "More"))), Has.Count.EqualTo(2));

        calls = 0;
        Task<PageResponse> Stuck(PageRequest request, CancellationToken _)
        {
            calls++;
            return Task.FromResult(new PageResponse { Next = "same" });
        }
        Assert.That(await All(Paginator.PagesAsync(new PageRequest(), Stuck, Definition())), Has.Count.EqualTo(2));
        Assert.That(calls, Is.EqualTo(2), "the second page repeats the token it was sent with, so paging stops");
    }

    [Test]
    public async Task Pages_EvaluateJmesPathOutputTokens()
    {
        var markers = new List<string?>();
        Task<PageResponse> Invoke(PageRequest request, CancellationToken _)
        {
            markers.Add(request.Token);
            return Task.FromResult(request.Token is null
                ? new PageResponse { Items = new() { "a", "b" }, More = true }
                : new PageResponse { Items = new() { "c" }, More = false });
        }
        var pages = await All(Paginator.PagesAsync(new PageRequest(), Invoke, Definition("Next || Items[-1]", "More")));
        Assert.That(pages, Has.Count.EqualTo(2));
        Assert.That(markers, Is.EqualTo(new[] { null, "b" }));
    }

    private static WaiterDefinition<PageResponse> Waiter(params WaiterAcceptor[] acceptors) => new("ThingReady", "Describe", 0, 3, acceptors, Write);

    [Test]
    public async Task Waiter_ReturnsOnSuccess_AfterRetries()
    {
        int calls = 0;
        Task<PageResponse> Invoke(object _, CancellationToken __) =>
            Task.FromResult(new PageResponse { Status = ++calls < 3 ? "PENDING" : "READY", HttpStatusCode = 200 });
        var waiter = Waiter(new WaiterAcceptor(WaiterState.Success, WaiterMatcher.Path, "Status", "\"READY\""),
            new WaiterAcceptor(WaiterState.Failure, WaiterMatcher.Path, "Status", "\"FAILED\""));
        var response = await AwsCodegen.Runtime.Waiters.Waiter.WaitAsync<object, PageResponse>(new object(), Invoke, waiter);
        Assert.That(response!.Status, Is.EqualTo("READY"));
        Assert.That(calls, Is.EqualTo(3));
    }

    [Test]
    public void Waiter_TimesOut_NamingTheWaiterAttemptsAndLastState()
    {
        Task<PageResponse> Invoke(object _, CancellationToken __) => throw new AwsServiceException("NotFound", "gone", 404);
        var waiter = Waiter(new WaiterAcceptor(WaiterState.Retry, WaiterMatcher.Error, null, "\"NotFound\""),
            new WaiterAcceptor(WaiterState.Success, WaiterMatcher.Status, null, "200"));
        var e = Assert.ThrowsAsync<WaiterTimeoutException>(() => AwsCodegen.Runtime.Waiters.Waiter.WaitAsync<object, PageResponse>(
            new object(), Invoke, waiter, new WaiterOptions { MaxAttempts = 2, Delay = TimeSpan.FromMilliseconds(1) }));
        Assert.That(e!.Attempts, Is.EqualTo(2));
        Assert.That(e.LastErrorCode, Is.EqualTo("NotFound"));
        Assert.That(e.Message, Does.Contain("ThingReady").And.Contain("2 attempts").And.Contain("NotFound"));
    }

    [Test]
    public void Waiter_FailureAcceptor_AndUnexpectedErrors_Fail()
    {
        Task<PageResponse> Items(object _, CancellationToken __) => Task.FromResult(new PageResponse { Items = new() { "ok", "BROKEN" } });
        var failure = Assert.ThrowsAsync<WaiterFailureException>(() => AwsCodegen.Runtime.Waiters.Waiter.WaitAsync<object, PageResponse>(new object(), Items,
            Waiter(new WaiterAcceptor(WaiterState.Success, WaiterMatcher.PathAll, "Items[]", "\"ok\""),
                new WaiterAcceptor(WaiterState.Failure, WaiterMatcher.PathAny, "Items[]", "\"BROKEN\""))));
        Assert.That(failure!.Message, Does.Contain("ThingReady").And.Contain("BROKEN"));

        Task<PageResponse> Throttled(object _, CancellationToken __) => throw new AwsServiceException("Throttling", "slow down", 400);
        var unexpected = Assert.ThrowsAsync<WaiterFailureException>(() => AwsCodegen.Runtime.Waiters.Waiter.WaitAsync<object, PageResponse>(new object(), Throttled,
            Waiter(new WaiterAcceptor(WaiterState.Success, WaiterMatcher.Path, "Status", "\"READY\""))));
        Assert.That(unexpected!.Message, Does.Contain("Throttling"));
        Assert.That(unexpected.InnerException, Is.InstanceOf<AwsServiceException>());
    }

    [Test]
    public async Task Waiter_ErrorTrueAndFalse_MeanAnyErrorAndNoError()
    {
        int calls = 0;
        Task<PageResponse> Invoke(object _, CancellationToken __) =>
            ++calls < 2 ? Task.FromResult(new PageResponse()) : throw new AwsServiceException("NoSuchThing", "gone", 404);
        var response = await AwsCodegen.Runtime.Waiters.Waiter.WaitAsync<object, PageResponse>(new object(), Invoke,
            Waiter(new WaiterAcceptor(WaiterState.Success, WaiterMatcher.Error, null, "true"),
                new WaiterAcceptor(WaiterState.Retry, WaiterMatcher.Error, null, "false")));
        Assert.That(response, Is.Null);
        Assert.That(calls, Is.EqualTo(2));
    }

    [Test]
    public void Waiter_HonoursCancellation_AndMaxWait()
    {
        Task<PageResponse> Pending(object _, CancellationToken __) => Task.FromResult(new PageResponse { Status = "PENDING" });
        var retry = new WaiterAcceptor(WaiterState.Success, WaiterMatcher.Path, "Status", "\"READY\"");
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        Assert.CatchAsync<OperationCanceledException>(() => AwsCodegen.Runtime.Waiters.Waiter.WaitAsync<object, PageResponse>(new object(), Pending,
            Waiter(retry), new WaiterOptions { Delay = TimeSpan.FromSeconds(30), MaxAttempts = 5 }, cts.Token));
        var e = Assert.ThrowsAsync<WaiterTimeoutException>(() => AwsCodegen.Runtime.Waiters.Waiter.WaitAsync<object, PageResponse>(new object(), Pending,
            Waiter(retry), new WaiterOptions { Delay = TimeSpan.FromSeconds(30), MaxAttempts = 5, MaxWait = TimeSpan.FromSeconds(1) }));
        Assert.That(e!.Attempts, Is.EqualTo(1));
        Assert.That(e.Message, Does.Contain("maximum wait"));
    }

    [Test]
    public void Backoff_StaysBetweenMinAndMax()
    {
        for (int attempt = 1; attempt < 40; attempt++)
        {
            var delay = AwsCodegen.Runtime.Waiters.Waiter.NextDelay(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(20), attempt);
            Assert.That(delay, Is.InRange(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(20)));
        }
        Assert.That(AwsCodegen.Runtime.Waiters.Waiter.NextDelay(TimeSpan.FromSeconds(5), null, 7), Is.EqualTo(TimeSpan.FromSeconds(5)));
    }
}
