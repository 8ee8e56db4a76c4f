using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.DynamoDB;
using AwsCodegen.Runtime;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Errors;
using AwsCodegen.Runtime.Http;
using AwsCodegen.Runtime.Pipeline;
using AwsCodegen.Runtime.Retry;
using NUnit.Framework;

namespace AwsCodegen.Tests.Retry;

/// <summary>Retries, timeouts and cancellation of a generated client against a scripted local server.</summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class RetryFaultInjectionTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(20);

    internal static DynamoDBClient Client(ScriptedHttpServer server, Action<AwsClientOptions>? configure = null)
    {
        var options = new AwsClientOptions
        {
            Region = "us-east-1",
            ServiceUrl = server.Endpoint,
            Credentials = new StaticCredentialsProvider("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
            EnvironmentVariables = name => name is "AWS_CONFIG_FILE" or "AWS_SHARED_CREDENTIALS_FILE" ? "/dev/null" : null,
        };
        configure?.Invoke(options);
        var client = new DynamoDBClient(options);
        client.Configuration.Retry.BaseDelay = TimeSpan.FromMilliseconds(1);
        return client;
    }

    private static Task<ListTablesResponse> ListTables(DynamoDBClient client, CancellationToken token = default) =>
        client.ListTablesAsync(new ListTablesRequest(), token);

    [Test]
    public async Task ServerError_ThenSuccess_IsRetried()
    {
        await using var server = new ScriptedHttpServer(ServerAction.Error(500, "InternalServerError"), ServerAction.Ok("{\"TableNames\":[\"a\"]}"));
        using var client = Client(server);
        var response = await ListTables(client);
        Assert.That(response.TableNames, Is.EqualTo(new[] { "a" }));
        Assert.That(server.RequestCount, Is.EqualTo(2));
    }

    [Test]
    public async Task ThrottlingBodies_AreRetried()
    {
        await using var server = new ScriptedHttpServer(
            ServerAction.Error(400, "ThrottlingException"),
            ServerAction.Error(503, "SlowDown"),
            ServerAction.Ok("{\"TableNames\":[]}"));
        using var client = Client(server);
        var response = await ListTables(client);
        Assert.That(response.TableNames, Is.Empty);
        Assert.That(server.RequestCount, Is.EqualTo(3));
    }

    [Test]
    public async Task ProvisionedThroughputExceeded_IsThrottling_AndRetried()
    {
        await using var server = new ScriptedHttpServer(ServerAction.Error(400, "ProvisionedThroughputExceededException"), ServerAction.Ok());
        using var client = Client(server);
        await ListTables(client);
        Assert.That(server.RequestCount, Is.EqualTo(2));
    }

    [Test]
    public async Task ValidationError_IsNotRetried()
    {
        await using var server = new ScriptedHttpServer(ServerAction.Error(400, "ValidationException", "bad input"));
        using var client = Client(server);
        var e = Assert.CatchAsync<AwsServiceException>(() => ListTables(client))!;
        Assert.That(e.ErrorCode, Is.EqualTo("ValidationException"));
        Assert.That(e.Attempts, Is.EqualTo(1));
        Assert.That(server.RequestCount, Is.EqualTo(1));
    }

    [Test]
    public async Task PersistentServerError_SurfacesWithAllAttempts()
    {
        await using var server = new ScriptedHttpServer { Fallback = ServerAction.Error(500, "InternalServerError") };
        using var client = Client(server);
        var e = Assert.CatchAsync<AwsServiceException>(() => ListTables(client))!;
        Assert.That(e.StatusCode, Is.EqualTo(500));
        Assert.That(e.Attempts, Is.EqualTo(3));
        Assert.That(server.RequestCount, Is.EqualTo(3));
    }

    [Test]
    public async Task MaxAttemptsOption_IsHonoured()
    {
        await using var server = new ScriptedHttpServer { Fallback = ServerAction.Error(503, "ServiceUnavailable") };
        using var client = Client(server, o => o.MaxAttempts = 5);
        var e = Assert.CatchAsync<AwsServiceException>(() => ListTables(client))!;
        Assert.That(e.Attempts, Is.EqualTo(5));
        Assert.That(server.RequestCount, Is.EqualTo(5));
    }

    [Test]
    public async Task ConnectionReset_IsRetried()
    {
        await using var server = new ScriptedHttpServer(new ServerAction.Reset(), ServerAction.Ok("{\"TableNames\":[\"t\"]}"));
        using var client = Client(server);
        var response = await ListTables(client);
        Assert.That(response.TableNames, Is.EqualTo(new[] { "t" }));
        Assert.That(server.RequestCount, Is.EqualTo(2));
    }

    [Test]
    public async Task PersistentReset_FailsAsTransportException_WithAttempts()
    {
        await using var server = new ScriptedHttpServer { Fallback = new ServerAction.Reset() };
        using var client = Client(server);
        var e = Assert.CatchAsync<AwsTransportException>(() => ListTables(client))!;
        Assert.That(e, Is.Not.InstanceOf<AwsRequestTimeoutException>());
        Assert.That(e.Attempts, Is.EqualTo(3));
        Assert.That(e.InnerException, Is.Not.Null);
        Assert.That(e.Message, Does.Contain("ListTables"));
    }

    [Test]
    public async Task StalledResponse_TimesOutPerAttempt_ThenTypedTimeout()
    {
        await using var server = new ScriptedHttpServer { Fallback = new ServerAction.Stall() };
        using var client = Client(server, o => { o.AttemptTimeout = TimeSpan.FromMilliseconds(300); o.MaxAttempts = 2; });
        var watch = Stopwatch.StartNew();
        var e = Assert.CatchAsync<AwsRequestTimeoutException>(() => ListTables(client))!;
        Assert.That(watch.Elapsed, Is.LessThan(Generous));
        Assert.That(e.Attempts, Is.EqualTo(2));
        Assert.That(e.IsOperationTimeout, Is.False);
        Assert.That(e, Is.InstanceOf<AwsClientException>());
        Assert.That(server.RequestCount, Is.EqualTo(2));
    }

    [Test]
    public async Task StalledOnce_ThenSuccess()
    {
        await using var server = new ScriptedHttpServer(new ServerAction.Stall(), ServerAction.Ok("{\"TableNames\":[\"late\"]}"));
        using var client = Client(server, o => o.AttemptTimeout = TimeSpan.FromMilliseconds(300));
        var response = await ListTables(client);
        Assert.That(response.TableNames, Is.EqualTo(new[] { "late" }));
        Assert.That(server.RequestCount, Is.EqualTo(2));
    }

    [Test]
    public async Task OperationTimeout_CoversAllAttempts()
    {
        await using var server = new ScriptedHttpServer { Fallback = new ServerAction.Stall() };
        using var client = Client(server, o => o.OperationTimeout = TimeSpan.FromMilliseconds(300));
        var watch = Stopwatch.StartNew();
        var e = Assert.CatchAsync<AwsRequestTimeoutException>(() => ListTables(client))!;
        Assert.That(watch.Elapsed, Is.LessThan(Generous));
        Assert.That(e.IsOperationTimeout, Is.True);
        Assert.That(e.Attempts, Is.EqualTo(1));
    }

    [Test]
    public async Task TruncatedBody_IsRetried_ThenTransportException()
    {
        await using var server = new ScriptedHttpServer { Fallback = new ServerAction.Truncate(200, "{\"TableNames\":[\"aaaaaaaa\",\"bbbbbbbb\"]}") };
        using var client = Client(server);
        var e = Assert.CatchAsync<AwsTransportException>(() => ListTables(client))!;
        Assert.That(e.Attempts, Is.EqualTo(3));
        Assert.That(server.RequestCount, Is.EqualTo(3));
    }

    [Test]
    public async Task TruncatedBody_ThenComplete_Succeeds()
    {
        await using var server = new ScriptedHttpServer(
            new ServerAction.Truncate(200, "{\"TableNames\":[\"aaaaaaaa\",\"bbbbbbbb\"]}"),
            ServerAction.Ok("{\"TableNames\":[\"aaaaaaaa\",\"bbbbbbbb\"]}"));
        using var client = Client(server);
        var response = await ListTables(client);
        Assert.That(response.TableNames, Is.EqualTo(new[] { "aaaaaaaa", "bbbbbbbb" }));
    }

    [Test]
    public async Task CloseDelimitedTruncatedJson_IsAParseError_NotSilentlyWrong()
    {
        await using var server = new ScriptedHttpServer(new ServerAction.CloseDelimited(200, "{\"TableNames\":[\"a\",\"b"));
        using var client = Client(server);
        var e = Assert.CatchAsync<AwsClientException>(() => ListTables(client))!;
        Assert.That(e, Is.Not.InstanceOf<AwsTransportException>());
        Assert.That(e.Message, Does.Contain("could not be parsed"));
        Assert.That(e.Attempts, Is.EqualTo(1));
    }

    [Test]
    public async Task ClockSkewError_IsRetriedOnce_WithServerTime_AndLaterCallsStayCorrected()
    {
        var serverNow = DateTimeOffset.UtcNow.AddHours(1);
        var skewed = new Dictionary<string, string> { ["Date"] = serverNow.ToString("r", CultureInfo.InvariantCulture) };
        await using var server = new ScriptedHttpServer(
            ServerAction.Error(400, "InvalidSignatureException", "Signature expired", skewed),
            ServerAction.Ok(),
            ServerAction.Ok());
        using var client = Client(server);
        await ListTables(client);
        var requests = server.Requests.ToArray();
        Assert.That(requests, Has.Length.EqualTo(2));
        var first = ParseAmzDate(requests[0].Header("X-Amz-Date"));
        var second = ParseAmzDate(requests[1].Header("X-Amz-Date"));
        Assert.That((first - DateTimeOffset.UtcNow).Duration(), Is.LessThan(TimeSpan.FromMinutes(2)), "first attempt signed with local time");
        Assert.That((second - serverNow).Duration(), Is.LessThan(TimeSpan.FromMinutes(2)), "second attempt signed with the server's time");
        Assert.That(requests[1].Header("Authorization"), Is.Not.EqualTo(requests[0].Header("Authorization")), "re-signed");
        Assert.That(client.Configuration.Retry.ClockOffset.TotalMinutes, Is.InRange(55, 65));

        await ListTables(client);
        var third = ParseAmzDate(server.Requests.ToArray()[2].Header("X-Amz-Date"));
        Assert.That((third - serverNow).Duration(), Is.LessThan(TimeSpan.FromMinutes(2)), "a later call is corrected too");
    }

    [Test]
    public async Task ClockSkewError_WithoutSkewedDate_IsNotRetried()
    {
        await using var server = new ScriptedHttpServer(ServerAction.Error(400, "InvalidSignatureException", "bad signature"));
        using var client = Client(server);
        var e = Assert.CatchAsync<AwsServiceException>(() => ListTables(client))!;
        Assert.That(e.Attempts, Is.EqualTo(1));
        Assert.That(server.RequestCount, Is.EqualTo(1));
    }

    [Test]
    public async Task EachAttempt_IsSignedAfresh_WhenTimeMoves()
    {
        await using var server = new ScriptedHttpServer(ServerAction.Error(500, "InternalServerError"), ServerAction.Ok());
        using var client = Client(server);
        // The backoff moves the clock past a second boundary, so the second signature must carry a later X-Amz-Date.
        client.Configuration.Retry.BaseDelay = TimeSpan.FromMilliseconds(1100);
        client.Configuration.Retry.NextJitter = () => 1.0;
        await ListTables(client);
        var requests = server.Requests.ToArray();
        Assert.That(ParseAmzDate(requests[1].Header("X-Amz-Date")), Is.GreaterThan(ParseAmzDate(requests[0].Header("X-Amz-Date"))));
        Assert.That(requests[1].Header("Authorization"), Is.Not.EqualTo(requests[0].Header("Authorization")));
    }

    [Test]
    public async Task QuotaExhaustion_StopsRetries()
    {
        await using var server = new ScriptedHttpServer { Fallback = ServerAction.Error(500, "InternalServerError") };
        using var client = Client(server);
        client.Configuration.Retry.Quota = new RetryQuota(20);
        var attempts = new List<int>();
        for (int i = 0; i < 3; i++)
            attempts.Add(Assert.CatchAsync<AwsServiceException>(() => ListTables(client))!.Attempts);
        Assert.That(attempts, Is.EqualTo(new[] { 3, 3, 1 }));
        Assert.That(server.RequestCount, Is.EqualTo(7));
        Assert.That(client.Configuration.Retry.Quota.Available, Is.EqualTo(0));
    }

    [Test]
    public async Task QuotaExhaustion_WithDefaultQuota_AfterManyFailingCalls()
    {
        await using var server = new ScriptedHttpServer { Fallback = ServerAction.Error(503, "ServiceUnavailable") };
        using var client = Client(server);
        // 500 tokens at 5 per retry: 50 calls of 2 retries each drain the bucket; the 51st is not retried.
        for (int i = 0; i < 50; i++)
            Assert.That(Assert.CatchAsync<AwsServiceException>(() => ListTables(client))!.Attempts, Is.EqualTo(3));
        Assert.That(Assert.CatchAsync<AwsServiceException>(() => ListTables(client))!.Attempts, Is.EqualTo(1));
        server.Fallback = ServerAction.Ok();
        await ListTables(client);
        Assert.That(client.Configuration.Retry.Quota!.Available, Is.EqualTo(1), "a first-attempt success adds one token");
    }

    [Test]
    public async Task NonSeekableStreamBody_IsNotRetried_WithClearError()
    {
        await using var server = new ScriptedHttpServer { Fallback = ServerAction.Error(500, "InternalServerError") };
        using var client = Client(server);
        var pipeline = new HttpPipeline(client.Configuration);
        var request = new AwsHttpRequest("PUT", "/upload")
        {
            Content = RequestContent.FromStream(new ForwardOnlyStream(Encoding.UTF8.GetBytes("payload")), "application/octet-stream"),
        };
        var e = Assert.CatchAsync<AwsClientException>(async () =>
            (await pipeline.SendAsync(new PipelineContext(request, "UploadThing", client.Configuration, CancellationToken.None))).Dispose())!;
        Assert.That(e.Message, Does.Contain("UploadThing").And.Contain("cannot be rewound"));
        Assert.That(e.Attempts, Is.EqualTo(1));
        Assert.That(server.RequestCount, Is.EqualTo(1));
    }

    [Test]
    public async Task SeekableStreamBody_IsRewound_BeforeRetry()
    {
        await using var server = new ScriptedHttpServer(ServerAction.Error(500, "InternalServerError"), ServerAction.Ok());
        using var client = Client(server);
        var pipeline = new HttpPipeline(client.Configuration);
        var body = new MemoryStream(Encoding.UTF8.GetBytes("xxpayload"));
        body.Position = 2;
        var request = new AwsHttpRequest("PUT", "/upload") { Content = RequestContent.FromStream(body, "application/octet-stream") };
        using var response = await pipeline.SendAsync(new PipelineContext(request, "UploadThing", client.Configuration, CancellationToken.None));
        Assert.That(response.StatusCode, Is.EqualTo(200));
        var requests = server.Requests.ToArray();
        Assert.That(requests, Has.Length.EqualTo(2));
        Assert.That(Encoding.UTF8.GetString(requests[0].Body), Is.EqualTo("payload"));
        Assert.That(Encoding.UTF8.GetString(requests[1].Body), Is.EqualTo("payload"));
    }

    [Test]
    public async Task CallerCancellation_DuringBackoff_IsOperationCanceled_Promptly()
    {
        await using var server = new ScriptedHttpServer { Fallback = ServerAction.Error(500, "InternalServerError") };
        using var client = Client(server, o => o.OperationTimeout = TimeSpan.FromMinutes(5));
        client.Configuration.Retry.BaseDelay = TimeSpan.FromSeconds(60);
        client.Configuration.Retry.NextJitter = () => 1.0;
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var watch = Stopwatch.StartNew();
        var e = Assert.CatchAsync<OperationCanceledException>(() => ListTables(client, cts.Token))!;
        Assert.That(watch.Elapsed, Is.LessThan(Generous));
        Assert.That(e, Is.Not.InstanceOf<AwsClientException>());
        Assert.That(server.RequestCount, Is.LessThanOrEqualTo(1), "no retry after the cancellation");
    }

    [Test]
    public async Task CallerCancellation_DuringStalledAttempt_IsNotATimeout()
    {
        await using var server = new ScriptedHttpServer { Fallback = new ServerAction.Stall() };
        using var client = Client(server, o => o.AttemptTimeout = TimeSpan.FromSeconds(30));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var watch = Stopwatch.StartNew();
        Assert.CatchAsync<OperationCanceledException>(() => ListTables(client, cts.Token));
        Assert.That(watch.Elapsed, Is.LessThan(Generous));
    }

    [Test]
    public async Task AlreadyCancelledToken_SendsNothing()
    {
        await using var server = new ScriptedHttpServer();
        using var client = Client(server);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.CatchAsync<OperationCanceledException>(() => ListTables(client, cts.Token));
        Assert.That(server.RequestCount, Is.EqualTo(0));
    }

    [Test]
    public async Task LegacyMode_FromEnvironment_MakesFiveAttempts_WithoutQuota()
    {
        await using var server = new ScriptedHttpServer { Fallback = ServerAction.Error(500, "InternalServerError") };
        using var client = Client(server, o => o.EnvironmentVariables = name => name switch
        {
            "AWS_RETRY_MODE" => "legacy",
            "AWS_CONFIG_FILE" or "AWS_SHARED_CREDENTIALS_FILE" => "/dev/null",
            _ => null,
        });
        Assert.That(client.Configuration.RetryMode, Is.EqualTo(RetryMode.Legacy));
        Assert.That(client.Configuration.Retry.Quota, Is.Null);
        var e = Assert.CatchAsync<AwsServiceException>(() => ListTables(client))!;
        Assert.That(e.Attempts, Is.EqualTo(5));
    }

    [Test]
    public async Task AdaptiveMode_ThrottlingEnablesTheRateLimiter()
    {
        await using var server = new ScriptedHttpServer(ServerAction.Error(400, "ThrottlingException"), ServerAction.Ok());
        using var client = Client(server, o => o.RetryMode = RetryMode.Adaptive);
        var waits = new System.Collections.Concurrent.ConcurrentQueue<TimeSpan>();
        client.Configuration.Retry.DelayAsync = (d, ct) =>
        {
            waits.Enqueue(d);
            return Task.Delay(1, ct);
        };
        var limiter = client.Configuration.Retry.RateLimiter!;
        Assert.That(limiter.Enabled, Is.False);
        await ListTables(client);
        Assert.That(limiter.Enabled, Is.True);
        Assert.That(server.RequestCount, Is.EqualTo(2));
        // The backoff wait, then (normally) the rate limiter's wait for a token at the cut rate. How long depends on
        // the measured sending rate, i.e. on timing, so the pacing itself is checked on a fake clock in RetryStrategyTests.
        Assert.That(waits.Count, Is.InRange(1, 2));
        Assert.That(limiter.FillRate, Is.GreaterThanOrEqualTo(ClientRateLimiter.MinFillRate));
    }

    private static DateTimeOffset ParseAmzDate(string? value) =>
        DateTimeOffset.ParseExact(value ?? throw new AssertionException("no X-Amz-Date"), "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
