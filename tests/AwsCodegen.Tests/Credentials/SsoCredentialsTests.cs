using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using AwsCodegen.Runtime;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Credentials;
using AwsCodegen.Tests.Config;
using NUnit.Framework;

namespace AwsCodegen.Tests.Credentials;

/// <summary>
/// SSO profiles: the token `aws sso login` cached under the (temporary) HOME, read through AWSSDK.Core, then SSO
/// GetRoleCredentials through the runtime's own SSO client, against a fake portal on 127.0.0.1 (AWS_ENDPOINT_URL_SSO).
/// </summary>
[TestFixture]
public sealed class SsoCredentialsTests
{
    private const string AccessToken = "sso-access-token";
    private const string StartUrl = "https://corp.awsapps.com/start";

    private TestEnvironment _env = null!;
    private LocalHttpServer _portal = null!;

    [SetUp]
    public void SetUp()
    {
        _env = new TestEnvironment();
        _portal = LocalHttpServer.Start(request =>
            request.Path == "/federation/credentials" && request.Header("x-amz-sso_bearer_token") == AccessToken
                ? new FakeResponse(200, """{"roleCredentials": {"accessKeyId": "ASIASSO", "secretAccessKey": "sso-secret", "sessionToken": "sso-session", "expiration": 1893499200000}}""")
                : new FakeResponse(401, """{"message": "Session token not found or invalid"}"""));
        _env["AWS_ENDPOINT_URL_SSO"] = _portal.Endpoint.ToString();
    }

    [TearDown]
    public async Task TearDown()
    {
        await _portal.DisposeAsync();
        _env.Dispose();
    }

    /// <summary>Writes the cache file as `aws sso login` does: ~/.aws/sso/cache/SHA1(session name or start URL).json.</summary>
    private void CacheToken(string key, DateTimeOffset expiresAt, string accessToken = AccessToken)
    {
        string name = Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(key))).ToLowerInvariant();
        _env.Write(Path.Combine(".aws", "sso", "cache", name + ".json"),
            $$"""{"startUrl": "{{StartUrl}}", "region": "us-east-1", "accessToken": "{{accessToken}}", "expiresAt": "{{expiresAt.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}}"}""");
    }

    private const string SessionProfile = $"""
        [profile dev]
        sso_session = corp
        sso_account_id = 123456789012
        sso_role_name = Developer
        [sso-session corp]
        sso_start_url = {StartUrl}
        sso_region = us-east-1
        """;

    [Test]
    public async Task SsoSession_CachedToken_GetRoleCredentials()
    {
        _env.WriteConfig(SessionProfile);
        CacheToken("corp", DateTimeOffset.UtcNow.AddHours(1));

        var credentials = await DefaultCredentialsChain.Create("dev", _env.Env).GetCredentialsAsync();

        Assert.That(credentials, Is.EqualTo(new AwsCredentials("ASIASSO", "sso-secret", "sso-session", DateTimeOffset.FromUnixTimeMilliseconds(1893499200000))));
        var request = _portal.Requests.Single();
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(_portal.Endpoint, request.Target).Query);
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo("GET"));
            Assert.That(query["role_name"], Is.EqualTo("Developer"));
            Assert.That(query["account_id"], Is.EqualTo("123456789012"));
            Assert.That(request.Header("Authorization"), Is.Null, "GetRoleCredentials is not signed: the bearer token is the proof");
        });
    }

    [Test]
    public async Task LegacyProfile_TokenCachedUnderTheStartUrl()
    {
        _env.WriteConfig($"[profile old]\nsso_start_url = {StartUrl}\nsso_region = us-east-1\nsso_account_id = 123456789012\nsso_role_name = Developer\n");
        CacheToken(StartUrl, DateTimeOffset.UtcNow.AddHours(1));

        Assert.That((await DefaultCredentialsChain.Create("old", _env.Env).GetCredentialsAsync()).AccessKeyId, Is.EqualTo("ASIASSO"));
    }

    [Test]
    public void NoCachedToken_SaysToLogIn()
    {
        _env.WriteConfig(SessionProfile);
        var e = Assert.ThrowsAsync<CredentialsException>(async () => await DefaultCredentialsChain.Create("dev", _env.Env).GetCredentialsAsync())!;
        Assert.That(e.Message, Does.Contain("no cached token for corp").And.Contain("aws sso login --profile dev"));
        Assert.That(_portal.Requests, Is.Empty);
    }

    [Test]
    public void ExpiredToken_SaysToLogIn()
    {
        _env.WriteConfig(SessionProfile);
        CacheToken("corp", DateTimeOffset.UtcNow.AddHours(-1));
        var e = Assert.ThrowsAsync<CredentialsException>(async () => await DefaultCredentialsChain.Create("dev", _env.Env).GetCredentialsAsync())!;
        Assert.That(e.Message, Does.Contain("expired").And.Contain("aws sso login --profile dev"));
        Assert.That(_portal.Requests, Is.Empty);
    }

    [Test]
    public void TokenThePortalRejects_IsAnErrorSayingToLogIn()
    {
        _env.WriteConfig(SessionProfile);
        CacheToken("corp", DateTimeOffset.UtcNow.AddHours(1), accessToken: "revoked");
        var e = Assert.ThrowsAsync<CredentialsException>(async () => await DefaultCredentialsChain.Create("dev", _env.Env).GetCredentialsAsync())!;
        Assert.That(e.Message, Does.Contain("SSO refused role Developer in account 123456789012 for profile 'dev'").And.Contain("aws sso login"));
    }

    [Test]
    public async Task SsoProfile_AsTheSourceOfARole()
    {
        // The SSO credentials sign AssumeRole; a fake STS records the request and its signature's key.
        await using var sts = LocalHttpServer.Start(_ => new FakeResponse(200, """
            <AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><Credentials>
            <AccessKeyId>ASIAROLE</AccessKeyId><SecretAccessKey>s</SecretAccessKey><SessionToken>t</SessionToken>
            <Expiration>2030-01-01T13:00:00Z</Expiration></Credentials></AssumeRoleResult></AssumeRoleResponse>
            """, "text/xml"));
        _env["AWS_ENDPOINT_URL_STS"] = sts.Endpoint.ToString();
        _env.WriteConfig(SessionProfile + "\n[profile admin]\nrole_arn = arn:aws:iam::123456789012:role/admin\nsource_profile = dev\n");
        CacheToken("corp", DateTimeOffset.UtcNow.AddHours(1));

        var credentials = await DefaultCredentialsChain.Create("admin", _env.Env).GetCredentialsAsync();

        Assert.That(credentials.AccessKeyId, Is.EqualTo("ASIAROLE"));
        var assumeRole = sts.Requests.Single();
        Assert.That(assumeRole.Header("Authorization"), Does.Contain("Credential=ASIASSO/"));
        Assert.That(assumeRole.Header("X-Amz-Security-Token"), Is.EqualTo("sso-session"));
    }
}
