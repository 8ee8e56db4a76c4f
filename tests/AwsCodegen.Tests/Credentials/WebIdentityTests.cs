using System;
using System.Linq;
using System.Threading.Tasks;
using AwsCodegen.Runtime;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Credentials;
using AwsCodegen.Tests.Config;
using AwsCodegen.Tests.Infrastructure;
using AwsCodegen.Tests.Integration;
using NUnit.Framework;

namespace AwsCodegen.Tests.Credentials;

/// <summary>
/// Web identity (AWS_WEB_IDENTITY_TOKEN_FILE + AWS_ROLE_ARN, or web_identity_token_file in a profile) through the
/// runtime's own STS client: against a fake STS that shows the request is unsigned, and against moto.
/// </summary>
[TestFixture]
public sealed class WebIdentityTests
{
    private const string Role = "arn:aws:iam::123456789012:role/web-role";

    private TestEnvironment _env = null!;

    [SetUp]
    public void SetUp() => _env = new TestEnvironment();

    [TearDown]
    public void TearDown() => _env.Dispose();

    private const string StsAnswer = """
        <AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
          <AssumeRoleWithWebIdentityResult>
            <Credentials>
              <AccessKeyId>ASIAWEBIDENTITY</AccessKeyId>
              <SecretAccessKey>web-secret</SecretAccessKey>
              <SessionToken>web-session</SessionToken>
              <Expiration>2030-01-01T13:00:00Z</Expiration>
            </Credentials>
          </AssumeRoleWithWebIdentityResult>
          <ResponseMetadata><RequestId>fake</RequestId></ResponseMetadata>
        </AssumeRoleWithWebIdentityResponse>
        """;

    [Test]
    public async Task EnvironmentVariables_CallAssumeRoleWithWebIdentity_Unsigned_WithTheTokenFromTheFile()
    {
        await using var sts = LocalHttpServer.Start(_ => new FakeResponse(200, StsAnswer, "text/xml"));
        _env["AWS_ENDPOINT_URL_STS"] = sts.Endpoint.ToString();
        _env["AWS_WEB_IDENTITY_TOKEN_FILE"] = _env.Write("k8s/token", "eyJ.token.one\n");
        _env["AWS_ROLE_ARN"] = Role;
        _env["AWS_ROLE_SESSION_NAME"] = "pod-session";

        var credentials = await DefaultCredentialsChain.Create(null, _env.Env).GetCredentialsAsync();

        Assert.That(credentials, Is.EqualTo(new AwsCredentials("ASIAWEBIDENTITY", "web-secret", "web-session", new DateTimeOffset(2030, 1, 1, 13, 0, 0, TimeSpan.Zero))));
        var request = sts.Requests.Single();
        var form = System.Web.HttpUtility.ParseQueryString(request.Body);
        Assert.Multiple(() =>
        {
            Assert.That(request.Header("Authorization"), Is.Null, "AssumeRoleWithWebIdentity takes no signature");
            Assert.That(request.Header("X-Amz-Security-Token"), Is.Null);
            Assert.That(form["Action"], Is.EqualTo("AssumeRoleWithWebIdentity"));
            Assert.That(form["RoleArn"], Is.EqualTo(Role));
            Assert.That(form["RoleSessionName"], Is.EqualTo("pod-session"));
            Assert.That(form["WebIdentityToken"], Is.EqualTo("eyJ.token.one"));
        });
    }

    [Test]
    public async Task Profile_WebIdentityTokenFile_ReadAgainAtEachRefresh()
    {
        await using var sts = LocalHttpServer.Start(_ => new FakeResponse(200, StsAnswer, "text/xml"));
        _env["AWS_ENDPOINT_URL_STS"] = sts.Endpoint.ToString();
        string tokenFile = _env.Write("token", "first");
        _env.WriteConfig($"[profile web]\nrole_arn = {Role}\nweb_identity_token_file = {tokenFile}\nduration_seconds = 900\n");
        var source = new ProfileCredentialsSource("web", _env.Env);

        await source.TryGetCredentialsAsync();
        _env.Write(tokenFile, "second");
        await source.TryGetCredentialsAsync();

        var forms = sts.Requests.Select(r => System.Web.HttpUtility.ParseQueryString(r.Body)).ToList();
        Assert.That(forms.Select(f => f["WebIdentityToken"]), Is.EqualTo(new[] { "first", "second" }));
        Assert.That(forms[0]["DurationSeconds"], Is.EqualTo("900"));
        Assert.That(forms[0]["RoleSessionName"], Does.StartWith("awscodegen-"));
    }

    [Test]
    public void MissingTokenFile_NamesTheFileAndTheVariable()
    {
        _env["AWS_WEB_IDENTITY_TOKEN_FILE"] = "/nonexistent/awscodegen/token";
        _env["AWS_ROLE_ARN"] = Role;

        var e = Assert.ThrowsAsync<CredentialsException>(async () => await DefaultCredentialsChain.Create(null, _env.Env).GetCredentialsAsync())!;

        Assert.That(e.Message, Does.Contain("/nonexistent/awscodegen/token").And.Contain("AWS_WEB_IDENTITY_TOKEN_FILE"));
    }

    [Test]
    public void TokenFileWithoutRole_IsAnError_NamingTheMissingVariable()
    {
        _env["AWS_WEB_IDENTITY_TOKEN_FILE"] = _env.Write("token", "t");
        var e = Assert.ThrowsAsync<CredentialsException>(async () => await DefaultCredentialsChain.Create(null, _env.Env).GetCredentialsAsync())!;
        Assert.That(e.Message, Does.Contain("AWS_WEB_IDENTITY_TOKEN_FILE is set but AWS_ROLE_ARN is not"));
    }

    [Test]
    public void RoleArnAlone_IsNotWebIdentity()
    {
        _env["AWS_ROLE_ARN"] = Role;
        var e = Assert.ThrowsAsync<AwsCodegen.Runtime.Credentials.CredentialsException>(async () => await DefaultCredentialsChain.Create(null, _env.Env).GetCredentialsAsync())!;
        Assert.That(e.Message, Does.StartWith("No AWS credentials were found.").And.Contain("web identity (AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN): not set"));
    }

    [Test]
    public async Task StsThatNeverAnswers_FailsRatherThanHangs()
    {
        await using var silent = LocalHttpServer.Silent();
        _env["AWS_ENDPOINT_URL_STS"] = silent.Endpoint.ToString();
        _env["AWS_WEB_IDENTITY_TOKEN_FILE"] = _env.Write("token", "t");
        _env["AWS_ROLE_ARN"] = Role;
        var provider = new WebIdentityCredentialsProvider(WebIdentitySettings.FromEnvironment(_env.Env)!,
            CredentialsClientSettings.For(null, "us-east-1", _env.Env));

        // The chain's STS client has attempt and operation timeouts; this one is cut short by the test's own token.
        using var cancel = new System.Threading.CancellationTokenSource(TimeSpan.FromSeconds(1));
        Assert.CatchAsync<OperationCanceledException>(async () => await provider.GetCredentialsAsync(cancel.Token));
        Assert.That(CredentialsClientSettings.For(null, "us-east-1", _env.Env).ClientOptions(AnonymousCredentialsProvider.Instance).AttemptTimeout,
            Is.EqualTo(CredentialsClientSettings.AttemptTimeout));
    }

    [Test]
    public async Task ProfileStaticKeys_ComeBeforeEnvironmentWebIdentity()
    {
        _env.WriteCredentials("[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = s\n");
        _env["AWS_WEB_IDENTITY_TOKEN_FILE"] = "/nonexistent/token";
        _env["AWS_ROLE_ARN"] = Role;

        Assert.That((await DefaultCredentialsChain.Create(null, _env.Env).GetCredentialsAsync()).AccessKeyId, Is.EqualTo("AKIDFILE"));
    }

    [Test]
    [Category("Integration")]
    public async Task AgainstMoto_TheAssumedCredentialsIdentifyAsTheRole()
    {
        // A private moto without signature checking: this call is unsigned, as AWS expects, and moto's checking would
        // reject any unsigned request. The assumed credentials are then checked by GetCallerIdentity.
        await using var moto = await MotoServer.StartAsync(authentication: false);
        _env["AWS_ENDPOINT_URL"] = moto.Endpoint.ToString();
        _env["AWS_WEB_IDENTITY_TOKEN_FILE"] = _env.Write("token", "eyJhbGciOiJSUzI1NiJ9.e30.c2ln");
        _env["AWS_ROLE_ARN"] = "arn:aws:iam::123456789012:role/moto-web-role";
        _env["AWS_ROLE_SESSION_NAME"] = "moto-session";

        var credentials = await DefaultCredentialsChain.Create(null, _env.Env).GetCredentialsAsync();

        using var sts = new AwsCodegen.STS.STSClient(IntegrationSupport.Options(moto, new StaticCredentialsProvider(credentials)));
        var identity = await sts.GetCallerIdentityAsync(new AwsCodegen.STS.GetCallerIdentityRequest());
        Assert.That(identity.Arn, Is.EqualTo("arn:aws:sts::123456789012:assumed-role/moto-web-role/moto-session"));
    }

    [Test]
    public void StsEndpoint_IsRegional_UnlessOneIsConfigured()
    {
        // The runtime's own STS client resolves its endpoint with STS's rule set: the region's own endpoint.
        Uri Endpoint(AwsClientOptions options)
        {
            using var sts = new AwsCodegen.Runtime.Credentials.Sts.STSClient(options);
            return sts.Configuration.Endpoints!.Resolve("AssumeRole", null).Url;
        }
        var options = CredentialsClientSettings.For(null, "eu-west-1", _env.Env).StsOptions(AnonymousCredentialsProvider.Instance);
        Assert.That(Endpoint(options), Is.EqualTo(new Uri("https://sts.eu-west-1.amazonaws.com")));
        Assert.That(options.Region, Is.EqualTo("eu-west-1"));

        var china = CredentialsClientSettings.For(null, "cn-north-1", _env.Env).StsOptions(AnonymousCredentialsProvider.Instance);
        Assert.That(Endpoint(china), Is.EqualTo(new Uri("https://sts.cn-north-1.amazonaws.com.cn")));

        _env.WriteConfig("[default]\nregion = ap-southeast-2\n");
        var fromProfile = CredentialsClientSettings.For(SharedConfig.Load(null, _env.Env), "eu-west-1", _env.Env);
        Assert.That(fromProfile.Region, Is.EqualTo("ap-southeast-2"), "the profile's own region first");

        _env["AWS_ENDPOINT_URL_STS"] = "http://127.0.0.1:9/";
        Assert.That(Endpoint(CredentialsClientSettings.For(null, "eu-west-1", _env.Env).StsOptions(AnonymousCredentialsProvider.Instance)),
            Is.EqualTo(new Uri("http://127.0.0.1:9/")), "AWS_ENDPOINT_URL_STS wins");
    }
}
