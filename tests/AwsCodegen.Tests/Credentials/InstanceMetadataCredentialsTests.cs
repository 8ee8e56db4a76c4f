using System;
using System.Linq;
using System.Threading.Tasks;
using AwsCodegen.Runtime;
using AwsCodegen.Runtime.Credentials;
using AwsCodegen.Runtime.Errors;
using AwsCodegen.Tests.Config;
using NUnit.Framework;

namespace AwsCodegen.Tests.Credentials;

/// <summary>The EC2 instance metadata source against a fake IMDS on 127.0.0.1 (AWS_EC2_METADATA_SERVICE_ENDPOINT).</summary>
[TestFixture]
public sealed class InstanceMetadataCredentialsTests
{
    private const string Token = "fake-imds-token";
    private const string Role = "app-role";

    private TestEnvironment _env = null!;

    [SetUp]
    public void SetUp()
    {
        _env = new TestEnvironment();
        _env.Variables.Remove("AWS_EC2_METADATA_DISABLED");
    }

    [TearDown]
    public void TearDown() => _env.Dispose();

    internal static string CredentialsJson(string accessKeyId, DateTimeOffset expiration) => $$"""
        {"Code": "Success", "LastUpdated": "2030-01-01T00:00:00Z", "Type": "AWS-HMAC", "AccessKeyId": "{{accessKeyId}}",
         "SecretAccessKey": "imds-secret", "Token": "imds-session-token", "Expiration": "{{expiration.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}}"}
        """;

    /// <summary>An IMDS that wants IMDSv2: a PUT for the token, then GETs that must carry it.</summary>
    private static FakeResponse ImdsV2(RecordedRequest request, Func<string> credentials)
    {
        if (request is { Method: "PUT", Path: "/latest/api/token" }) return new FakeResponse(200, Token, "text/plain");
        if (request.Header("X-aws-ec2-metadata-token") != Token) return new FakeResponse(401);
        return request.Path switch
        {
            "/latest/meta-data/iam/security-credentials/" => new FakeResponse(200, Role + "\n", "text/plain"),
            "/latest/meta-data/iam/security-credentials/" + Role => new FakeResponse(200, credentials()),
            _ => new FakeResponse(404),
        };
    }

    private InstanceMetadataCredentialsSource Source(LocalHttpServer imds)
    {
        _env[InstanceMetadataCredentialsSource.EndpointVariable] = imds.Endpoint.ToString();
        return new InstanceMetadataCredentialsSource(null, _env.Env);
    }

    [Test]
    public async Task ImdsV2_TokenThenRoleThenCredentials()
    {
        var expiration = new DateTimeOffset(2030, 1, 1, 13, 0, 0, TimeSpan.Zero);
        await using var imds = LocalHttpServer.Start(r => ImdsV2(r, () => CredentialsJson("AKIDIMDS", expiration)));

        var credentials = await Source(imds).TryGetCredentialsAsync();

        Assert.That(credentials, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(credentials!.AccessKeyId, Is.EqualTo("AKIDIMDS"));
            Assert.That(credentials.SecretAccessKey, Is.EqualTo("imds-secret"));
            Assert.That(credentials.SessionToken, Is.EqualTo("imds-session-token"));
            Assert.That(credentials.Expiration, Is.EqualTo(expiration));
            var requests = imds.Requests;
            Assert.That(requests.Select(r => $"{r.Method} {r.Path}"), Is.EqualTo(new[]
            {
                "PUT /latest/api/token", "GET /latest/meta-data/iam/security-credentials/", "GET /latest/meta-data/iam/security-credentials/" + Role,
            }));
            Assert.That(requests[0].Header("X-aws-ec2-metadata-token-ttl-seconds"), Is.EqualTo("21600"));
            Assert.That(requests.Skip(1).Select(r => r.Header("X-aws-ec2-metadata-token")), Is.All.EqualTo(Token));
        });
    }

    [Test]
    public async Task Disabled_SendsNothing_AndTheChainSaysWhy()
    {
        await using var imds = LocalHttpServer.Start(r => ImdsV2(r, () => CredentialsJson("AKIDIMDS", DateTimeOffset.UtcNow.AddHours(1))));
        _env[InstanceMetadataCredentialsSource.EndpointVariable] = imds.Endpoint.ToString();
        _env[InstanceMetadataCredentialsSource.DisabledVariable] = "TRUE";

        var e = Assert.ThrowsAsync<AwsCodegen.Runtime.Credentials.CredentialsException>(async () => await DefaultCredentialsChain.Create(null, _env.Env).GetCredentialsAsync())!;

        Assert.That(e.Message, Does.Contain("EC2 instance metadata: disabled (AWS_EC2_METADATA_DISABLED=true)"));
        Assert.That(imds.Connections, Is.Zero);
        Assert.That(imds.Requests, Is.Empty);
    }

    [TestCase(403)]
    [TestCase(404)]
    [TestCase(405)]
    public async Task ServiceWithoutTokens_FallsBackToImdsV1(int tokenStatus)
    {
        await using var imds = LocalHttpServer.Start(r => r switch
        {
            { Method: "PUT" } => new FakeResponse(tokenStatus),
            { Path: "/latest/meta-data/iam/security-credentials/" } => new FakeResponse(200, Role, "text/plain"),
            { Path: "/latest/meta-data/iam/security-credentials/" + Role } => new FakeResponse(200, CredentialsJson("AKIDV1", DateTimeOffset.UtcNow.AddHours(6))),
            _ => new FakeResponse(404),
        });

        var credentials = await Source(imds).TryGetCredentialsAsync();

        Assert.That(credentials?.AccessKeyId, Is.EqualTo("AKIDV1"));
        Assert.That(imds.Requests.Where(r => r.Method == "GET").Select(r => r.Header("X-aws-ec2-metadata-token")), Is.All.Null);
    }

    [Test]
    public async Task V1Disabled_NoFallback_ClearError()
    {
        await using var imds = LocalHttpServer.Start(_ => new FakeResponse(405));
        _env[InstanceMetadataCredentialsSource.V1DisabledVariable] = "true";

        var e = Assert.ThrowsAsync<CredentialsException>(async () => await Source(imds).TryGetCredentialsAsync())!;

        Assert.That(e.Message, Does.Contain("refused an IMDSv2 session token (405)").And.Contain("IMDSv1 is disabled"));
        Assert.That(imds.Requests.Where(r => r.Method == "GET"), Is.Empty);
    }

    [Test]
    public async Task InstanceWithoutRole_IsNotConfigured()
    {
        await using var imds = LocalHttpServer.Start(r => r.Method == "PUT" ? new FakeResponse(200, Token, "text/plain") : new FakeResponse(404));
        var source = Source(imds);

        Assert.That(await source.TryGetCredentialsAsync(), Is.Null);
        Assert.That(source.Description, Does.Contain("the instance has no IAM role"));
    }

    [Test]
    public async Task ServiceThatNeverAnswers_FailsFast_WithAClearError()
    {
        // Accepts the connection, reads the token request, and never answers: like a black-holed metadata address.
        await using var silent = LocalHttpServer.Silent();
        _env[InstanceMetadataCredentialsSource.EndpointVariable] = silent.Endpoint.ToString();

        var e = Assert.ThrowsAsync<AwsCodegen.Runtime.Credentials.CredentialsException>(async () => await DefaultCredentialsChain.Create(null, _env.Env).GetCredentialsAsync())!;

        Assert.That(e.Message, Does.StartWith("No AWS credentials were found."));
        Assert.That(e.Message, Does.Contain($"5. EC2 instance metadata at {silent.Endpoint}: no answer within 1 s"));
        Assert.That(silent.Requests.Select(r => r.Method), Is.EqualTo(new[] { "PUT" }), "one attempt, no retry, when nothing has answered");
    }

    [Test]
    public async Task ServerError_IsRetriedOnce_ThenReported()
    {
        await using var imds = LocalHttpServer.Start(r => r.Method == "PUT" ? new FakeResponse(200, Token, "text/plain") : new FakeResponse(503));
        var source = Source(imds);

        Assert.That(await source.TryGetCredentialsAsync(), Is.Null);
        Assert.That(source.Description, Does.Contain("it answered 503 (2 attempts)"));
        Assert.That(imds.Requests.Count(r => r.Method == "GET"), Is.EqualTo(2));
    }

    [Test]
    public async Task FailedCode_IsAnError_WithoutTheBody()
    {
        await using var imds = LocalHttpServer.Start(r => ImdsV2(r, () => """{"Code": "AssumeRoleUnauthorizedAccess", "Message": "no", "AccessKeyId": "SECRETISH"}"""));

        var e = Assert.ThrowsAsync<CredentialsException>(async () => await Source(imds).TryGetCredentialsAsync())!;

        Assert.That(e.Message, Does.Contain($"(role {Role}) answered with Code 'AssumeRoleUnauthorizedAccess': no"));
        Assert.That(e.Message, Does.Not.Contain("SECRETISH"));
    }

    [Test]
    public async Task ExpiringCredentials_AreRefreshedBeforeTheyExpire_StaticOnesNever()
    {
        var clock = new ManualClock(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero));
        int served = 0;
        await using var imds = LocalHttpServer.Start(r => ImdsV2(r, () =>
            CredentialsJson("AKIDIMDS" + System.Threading.Interlocked.Increment(ref served), clock.Now.AddMinutes(30))));
        var cache = new CachingCredentialsProvider(new CredentialsChain(new[] { Source(imds) }), timeProvider: clock);

        Assert.That((await cache.GetCredentialsAsync()).AccessKeyId, Is.EqualTo("AKIDIMDS1"));
        clock.Now = clock.Now.AddMinutes(24);
        Assert.That((await cache.GetCredentialsAsync()).AccessKeyId, Is.EqualTo("AKIDIMDS1"), "six minutes left: still good");
        clock.Now = clock.Now.AddMinutes(2);
        Assert.That((await cache.GetCredentialsAsync()).AccessKeyId, Is.EqualTo("AKIDIMDS2"), "four minutes left: refreshed ahead of the expiration");
        Assert.That(imds.Requests.Count(r => r.Method == "PUT"), Is.EqualTo(2));
    }

    [Test]
    public void Endpoint_Settings_FromEnvironmentThenProfile_AndTheIPv6Mode()
    {
        _env.WriteConfig("[default]\nec2_metadata_service_endpoint_mode = IPv6\n[profile custom]\nec2_metadata_service_endpoint = http://127.0.0.1:9/\n");

        Assert.That(InstanceMetadataSettings.Resolve(null, _env.Env).Endpoint, Is.EqualTo(new Uri("http://[fd00:ec2::254]/")));
        Assert.That(InstanceMetadataSettings.Resolve("custom", _env.Env).Endpoint, Is.EqualTo(new Uri("http://127.0.0.1:9/")));
        _env[InstanceMetadataCredentialsSource.EndpointVariable] = "http://127.0.0.2:8080";
        Assert.That(InstanceMetadataSettings.Resolve("custom", _env.Env).Endpoint, Is.EqualTo(new Uri("http://127.0.0.2:8080/")));

        _env.Variables.Remove(InstanceMetadataCredentialsSource.EndpointVariable);
        _env[InstanceMetadataCredentialsSource.EndpointModeVariable] = "IPv5";
        var e = Assert.Throws<CredentialsException>(() => InstanceMetadataSettings.Resolve(null, _env.Env))!;
        Assert.That(e.Message, Does.Contain("'IPv5'; it must be IPv4 or IPv6"));
    }
}

/// <summary>A clock the test moves by hand.</summary>
internal sealed class ManualClock : TimeProvider
{
    public ManualClock(DateTimeOffset now) => Now = now;
    public DateTimeOffset Now { get; set; }
    public override DateTimeOffset GetUtcNow() => Now;
}
