using System;
using System.Linq;
using System.Threading.Tasks;
using AwsCodegen.Runtime;
using AwsCodegen.Runtime.Credentials;
using AwsCodegen.Tests.Config;
using NUnit.Framework;

namespace AwsCodegen.Tests.Credentials;

/// <summary>The container (ECS) source against a fake endpoint on 127.0.0.1 (AWS_CONTAINER_CREDENTIALS_FULL_URI).</summary>
[TestFixture]
public sealed class ContainerCredentialsTests
{
    private TestEnvironment _env = null!;

    [SetUp]
    public void SetUp() => _env = new TestEnvironment();

    [TearDown]
    public void TearDown() => _env.Dispose();

    private static FakeResponse Credentials(string accessKeyId) =>
        new(200, InstanceMetadataCredentialsTests.CredentialsJson(accessKeyId, new DateTimeOffset(2030, 1, 1, 18, 0, 0, TimeSpan.Zero)));

    private ContainerCredentialsSource Source(LocalHttpServer endpoint, string path = "v2/credentials/task")
    {
        _env[ContainerCredentialsSource.FullUriVariable] = endpoint.Endpoint + path;
        return new ContainerCredentialsSource(_env.Env);
    }

    [Test]
    public async Task FullUri_WithAuthorizationToken()
    {
        await using var ecs = LocalHttpServer.Start(_ => Credentials("AKIDECS"));
        _env[ContainerCredentialsSource.TokenVariable] = "Basic c2VjcmV0";

        var credentials = await Source(ecs).TryGetCredentialsAsync();

        Assert.That(credentials?.AccessKeyId, Is.EqualTo("AKIDECS"));
        Assert.That(credentials!.SessionToken, Is.EqualTo("imds-session-token"));
        Assert.That(credentials.Expiration, Is.EqualTo(new DateTimeOffset(2030, 1, 1, 18, 0, 0, TimeSpan.Zero)));
        var request = ecs.Requests.Single();
        Assert.That(request.Method, Is.EqualTo("GET"));
        Assert.That(request.Path, Is.EqualTo("/v2/credentials/task"));
        Assert.That(request.Header("Authorization"), Is.EqualTo("Basic c2VjcmV0"));
    }

    [Test]
    public async Task TokenFile_WinsOverTheVariable_AndIsReadOnEveryFetch()
    {
        await using var ecs = LocalHttpServer.Start(_ => Credentials("AKIDECS"));
        _env[ContainerCredentialsSource.TokenVariable] = "from-variable";
        string file = _env.Write("eks/token", "first-token\n");
        _env[ContainerCredentialsSource.TokenFileVariable] = file;
        var source = Source(ecs);

        await source.TryGetCredentialsAsync();
        _env.Write(file, "second-token");
        await source.TryGetCredentialsAsync();

        Assert.That(ecs.Requests.Select(r => r.Header("Authorization")), Is.EqualTo(new[] { "first-token", "second-token" }));
    }

    [Test]
    public async Task NoAuthorization_SendsNoHeader()
    {
        await using var ecs = LocalHttpServer.Start(_ => Credentials("AKIDECS"));
        await Source(ecs).TryGetCredentialsAsync();
        Assert.That(ecs.Requests.Single().Header("Authorization"), Is.Null);
    }

    [Test]
    public async Task ErrorAnswer_IsAnError_WithTheServicesCodeAndMessage()
    {
        await using var ecs = LocalHttpServer.Start(_ => new FakeResponse(401, """{"code": "InvalidToken", "message": "token rejected"}"""));

        var e = Assert.ThrowsAsync<CredentialsException>(async () => await Source(ecs).TryGetCredentialsAsync())!;

        Assert.That(e.Message, Does.Contain($"the container credentials endpoint {ecs.Endpoint}v2/credentials/task ({ContainerCredentialsSource.FullUriVariable}) answered 401: InvalidToken token rejected"));
    }

    [Test]
    public async Task EndpointThatNeverAnswers_FailsWithAClearError()
    {
        await using var silent = LocalHttpServer.Silent();

        var e = Assert.ThrowsAsync<CredentialsException>(async () => await Source(silent).TryGetCredentialsAsync())!;

        Assert.That(e.Message, Does.Contain("No credentials from the container credentials endpoint").And.Contain("no answer within 1 s (2 attempts)"));
        Assert.That(silent.Requests, Has.Count.EqualTo(2), "one retry at most");
    }

    [Test]
    public void TokenWithALineBreak_IsRejectedBeforeAnyRequest()
    {
        _env[ContainerCredentialsSource.FullUriVariable] = "http://127.0.0.1:9/creds";
        _env[ContainerCredentialsSource.TokenVariable] = "abc\r\nX-Injected: 1";

        var e = Assert.ThrowsAsync<CredentialsException>(async () => await new ContainerCredentialsSource(_env.Env).TryGetCredentialsAsync())!;
        Assert.That(e.Message, Does.Contain("contains a line break"));
    }

    [Test]
    public void Endpoint_RelativeUriIsOnTheEcsAgent_AndWinsOverTheFullUri()
    {
        _env[ContainerCredentialsSource.FullUriVariable] = "http://127.0.0.1:9/full";
        _env[ContainerCredentialsSource.RelativeUriVariable] = "/v2/credentials/abc";

        var (endpoint, variable) = ContainerCredentialsSource.ResolveEndpoint(_env.Env);

        Assert.That(endpoint, Is.EqualTo(new Uri("http://169.254.170.2/v2/credentials/abc")));
        Assert.That(variable, Is.EqualTo(ContainerCredentialsSource.RelativeUriVariable));
    }

    [TestCase("http://127.0.0.1:8080/creds", true)]
    [TestCase("http://localhost/creds", true)]
    [TestCase("http://[::1]/creds", true)]
    [TestCase("http://169.254.170.23/v1/credentials", true)]
    [TestCase("http://[fd00:ec2::23]/v1/credentials", true)]
    [TestCase("https://creds.example.com/", true)]
    [TestCase("http://creds.example.com/", false)]
    [TestCase("http://10.0.0.5/creds", false)]
    [TestCase("ftp://127.0.0.1/creds", false)]
    public void Endpoint_FullUri_HttpOnlyToLoopbackOrTheContainerHosts(string uri, bool allowed)
    {
        // Only resolved, never requested.
        _env[ContainerCredentialsSource.FullUriVariable] = uri;

        if (allowed)
            Assert.That(ContainerCredentialsSource.ResolveEndpoint(_env.Env).Endpoint, Is.EqualTo(new Uri(uri)));
        else
            Assert.Throws<CredentialsException>(() => ContainerCredentialsSource.ResolveEndpoint(_env.Env));
    }

    [Test]
    public async Task InTheChain_TheContainerComesBeforeInstanceMetadata()
    {
        await using var ecs = LocalHttpServer.Start(_ => Credentials("AKIDECS"));
        await using var imds = LocalHttpServer.Start(_ => new FakeResponse(500));
        _env.Variables.Remove(InstanceMetadataCredentialsSource.DisabledVariable);
        _env[InstanceMetadataCredentialsSource.EndpointVariable] = imds.Endpoint.ToString();
        _env[ContainerCredentialsSource.FullUriVariable] = ecs.Endpoint + "creds";

        var credentials = await DefaultCredentialsChain.Create(null, _env.Env).GetCredentialsAsync();

        Assert.That(credentials.AccessKeyId, Is.EqualTo("AKIDECS"));
        Assert.That(imds.Connections, Is.Zero);
    }
}
