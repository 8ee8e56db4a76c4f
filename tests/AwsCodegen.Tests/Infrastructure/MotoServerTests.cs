using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Http;
using NUnit.Framework;

namespace AwsCodegen.Tests.Infrastructure;

[TestFixture]
public sealed class MotoServerTests
{
    private const string GetCallerIdentity = "Action=GetCallerIdentity&Version=2011-06-15";
    private const string FormContentType = "application/x-www-form-urlencoded; charset=utf-8";

    /// <summary>Signs a query-protocol POST with our SigV4 signer and sends it to moto.</summary>
    private static async Task<(HttpStatusCode Status, string Body)> SendSignedAsync(MotoServer moto, AwsCredentials credentials, string service, string form)
    {
        byte[] body = Encoding.UTF8.GetBytes(form);
        var request = new AwsHttpRequest("POST", "/")
        {
            Endpoint = moto.Endpoint,
            Content = RequestContent.FromBytes(body, FormContentType),
        };
        request.Headers.Set("Content-Type", FormContentType);
        SigV4Signer.Sign(request, credentials, new SigningScope(moto.Region, service), DateTimeOffset.UtcNow, new SigV4Options());

        using var message = AwsCodegen.Runtime.Pipeline.TransportPolicy.ToMessage(request);

        using var http = moto.CreateHttpClient();
        using var response = await http.SendAsync(message);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Test]
    public void Endpoint_IsLoopback()
    {
        var moto = MotoServer.Shared;
        Assert.That(moto.Endpoint.Host, Is.EqualTo("127.0.0.1"));
        Assert.That(moto.Region, Is.EqualTo("us-east-1"));
        Assert.That(moto.Authentication, Is.True);
        Assert.That(moto.AccessKeyId, Is.Not.EqualTo("testing"));
    }

    [Test]
    public async Task RequestSignedWithTheBootstrappedKey_IsAccepted()
    {
        var moto = MotoServer.Shared;

        var (status, body) = await SendSignedAsync(moto, await moto.Credentials.GetCredentialsAsync(), "sts", GetCallerIdentity);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        Assert.That(body, Does.Contain($"arn:aws:iam::{MotoServer.AccountId}:user/{MotoServer.BootstrapUserName}"));
    }

    [Test]
    public async Task RequestSignedWithAWrongSecret_FailsTheSignatureCheck()
    {
        var moto = MotoServer.Shared;

        var (status, body) = await SendSignedAsync(moto, new AwsCredentials(moto.AccessKeyId, "not-the-secret"), "sts", GetCallerIdentity);

        Assert.That(status, Is.EqualTo(HttpStatusCode.Forbidden), body);
        Assert.That(body, Does.Contain("SignatureDoesNotMatch").Or.Contain("InvalidSignature"));
    }

    [Test]
    public async Task RequestSignedWithAnUnknownKey_IsRejected()
    {
        var moto = MotoServer.Shared;

        var (status, body) = await SendSignedAsync(moto, new AwsCredentials("AKIAUNKNOWNUNKNOWN00", "whatever"), "sts", GetCallerIdentity);

        Assert.That(status, Is.EqualTo(HttpStatusCode.Forbidden), body);
        Assert.That(body, Does.Contain("InvalidClientTokenId"));
    }

    [Test]
    public async Task Reset_CreatesANewKey_WhichCredentialsFollow()
    {
        await using var moto = await MotoServer.StartAsync(authentication: true);
        var before = new AwsCredentials(moto.AccessKeyId, moto.SecretAccessKey);
        Assert.That((await SendSignedAsync(moto, before, "sts", GetCallerIdentity)).Status, Is.EqualTo(HttpStatusCode.OK));

        await moto.ResetAsync();

        Assert.That(moto.AccessKeyId, Is.Not.EqualTo(before.AccessKeyId));
        var (status, body) = await SendSignedAsync(moto, await moto.Credentials.GetCredentialsAsync(), "sts", GetCallerIdentity);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        var (oldStatus, oldBody) = await SendSignedAsync(moto, before, "sts", GetCallerIdentity);
        Assert.That(oldStatus, Is.EqualTo(HttpStatusCode.Forbidden), oldBody);
        Assert.That(oldBody, Does.Contain("InvalidClientTokenId"));
    }

    [Test]
    public async Task WithoutAuthentication_TheDummyKeyIsAccepted()
    {
        await using var moto = await MotoServer.StartAsync(authentication: false);
        Assert.That(moto.AccessKeyId, Is.EqualTo("testing"));

        var (status, body) = await SendSignedAsync(moto, await moto.Credentials.GetCredentialsAsync(), "sts", GetCallerIdentity);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
    }

    [Test]
    public async Task Dispose_StopsTheServer()
    {
        var moto = await MotoServer.StartAsync(authentication: false);
        var endpoint = moto.Endpoint;
        moto.Dispose();

        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(5) };
        Assert.ThrowsAsync<HttpRequestException>(async () => await http.GetAsync(new Uri(endpoint, "moto-api/")));
    }
}
