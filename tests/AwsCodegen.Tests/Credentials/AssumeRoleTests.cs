using System;
using System.Threading.Tasks;
using AwsCodegen.IAM;
using AwsCodegen.Runtime;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Credentials;
using AwsCodegen.Tests.Config;
using AwsCodegen.Tests.Infrastructure;
using AwsCodegen.Tests.Integration;
using NUnit.Framework;

namespace AwsCodegen.Tests.Credentials;

/// <summary>
/// role_arn profiles assume their role through the runtime's own STS client, against moto with signature checking
/// on (AWS_ENDPOINT_URL through the environment delegate). moto checks each role's trust policy, so a role that does
/// not trust the caller, or an external id that does not match, is refused as AWS would.
/// </summary>
[TestFixture]
[Category("Integration")]
public sealed class AssumeRoleTests
{
    private MotoServer _moto = null!;
    private TestEnvironment _env = null!;

    [OneTimeSetUp]
    public void StartMoto() => _moto = MotoServer.Shared;

    [SetUp]
    public void SetUp()
    {
        _env = new TestEnvironment();
        _env["AWS_ENDPOINT_URL"] = _moto.Endpoint.ToString();
        _env.WriteCredentials($"[base]\naws_access_key_id = {_moto.AccessKeyId}\naws_secret_access_key = {_moto.SecretAccessKey}\n");
    }

    [TearDown]
    public void TearDown() => _env.Dispose();

    private string UserArn => $"arn:aws:iam::{MotoServer.AccountId}:user/{MotoServer.BootstrapUserName}";

    /// <summary>A role trusting the given principals (optionally only with an external id), allowed to do anything.</summary>
    private async Task<(string Name, string Arn)> CreateRoleAsync(string[] trusted, string? externalId = null)
    {
        string name = IntegrationSupport.UniqueName("creds");
        string condition = externalId is null ? "" : ", \"Condition\": {\"StringEquals\": {\"sts:ExternalId\": \"" + externalId + "\"}}";
        string principals = string.Join(", ", Array.ConvertAll(trusted, t => $"\"{t}\""));
        string trust = $$"""{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": [{{principals}}]}, "Action": "sts:AssumeRole" """ +
            condition + "}]}";
        using var iam = new IAMClient(IntegrationSupport.Options(_moto));
        var role = await iam.CreateRoleAsync(new CreateRoleRequest { RoleName = name, AssumeRolePolicyDocument = trust });
        await iam.PutRolePolicyAsync(new PutRolePolicyRequest
        {
            RoleName = name,
            PolicyName = "everything",
            PolicyDocument = """{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}""",
        });
        return (name, role.Role!.Arn!);
    }

    /// <summary>Who moto says signed a call made with these credentials (our generated STS client, GetCallerIdentity).</summary>
    private async Task<string?> CallerArnAsync(AwsCredentials credentials)
    {
        using var sts = new AwsCodegen.STS.STSClient(IntegrationSupport.Options(_moto, new StaticCredentialsProvider(credentials)));
        return (await sts.GetCallerIdentityAsync(new AwsCodegen.STS.GetCallerIdentityRequest())).Arn;
    }

    [Test]
    public async Task SourceProfile_AssumesTheRole_AndTheAssumedCredentialsAreUsable()
    {
        var role = await CreateRoleAsync(new[] { UserArn }, externalId: "ext-1");
        _env.WriteConfig($"""
            [profile dev]
            role_arn = {role.Arn}
            source_profile = base
            role_session_name = dev-session
            external_id = ext-1
            duration_seconds = 1800
            region = us-east-1
            """);

        var before = DateTimeOffset.UtcNow;
        var credentials = await DefaultCredentialsChain.Create("dev", _env.Env).GetCredentialsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(credentials.AccessKeyId, Is.Not.EqualTo(_moto.AccessKeyId));
            Assert.That(credentials.SessionToken, Is.Not.Null.And.Not.Empty);
            Assert.That(credentials.Expiration, Is.GreaterThan(before.AddMinutes(25)).And.LessThan(before.AddMinutes(35)), "duration_seconds = 1800");
        });
        Assert.That(await CallerArnAsync(credentials), Is.EqualTo($"arn:aws:sts::{MotoServer.AccountId}:assumed-role/{role.Name}/dev-session"));
    }

    [Test]
    public async Task AClientUsingTheProfile_SignsWithTheAssumedRole()
    {
        var role = await CreateRoleAsync(new[] { UserArn });
        _env.WriteConfig($"[profile dev]\nrole_arn = {role.Arn}\nsource_profile = base\nrole_session_name = client-session\n");

        using var sts = new AwsCodegen.STS.STSClient(new AwsClientOptions { Profile = "dev", Region = "eu-west-1", EnvironmentVariables = _env.Env, MaxAttempts = 1 });
        var identity = await sts.GetCallerIdentityAsync(new AwsCodegen.STS.GetCallerIdentityRequest());

        Assert.That(identity.Arn, Is.EqualTo($"arn:aws:sts::{MotoServer.AccountId}:assumed-role/{role.Name}/client-session"));
    }

    [Test]
    public async Task ChainedSourceProfiles_AssumeEachRoleInTurn()
    {
        var middle = await CreateRoleAsync(new[] { UserArn });
        var top = await CreateRoleAsync(new[] { $"arn:aws:sts::{MotoServer.AccountId}:assumed-role/{middle.Name}/middle-session" });
        _env.WriteConfig($"""
            [profile top]
            role_arn = {top.Arn}
            source_profile = middle
            role_session_name = top-session
            [profile middle]
            role_arn = {middle.Arn}
            source_profile = base
            role_session_name = middle-session
            """);

        var credentials = await DefaultCredentialsChain.Create("top", _env.Env).GetCredentialsAsync();

        Assert.That(await CallerArnAsync(credentials), Is.EqualTo($"arn:aws:sts::{MotoServer.AccountId}:assumed-role/{top.Name}/top-session"));
    }

    [Test]
    public async Task CredentialSourceEnvironment_SignsAssumeRoleWithTheEnvironmentKeys()
    {
        var role = await CreateRoleAsync(new[] { UserArn });
        _env.WriteConfig($"[profile dev]\nrole_arn = {role.Arn}\ncredential_source = Environment\nrole_session_name = env-session\n");
        _env["AWS_ACCESS_KEY_ID"] = _moto.AccessKeyId;
        _env["AWS_SECRET_ACCESS_KEY"] = _moto.SecretAccessKey;

        var credentials = await DefaultCredentialsChain.Create("dev", _env.Env).GetCredentialsAsync();

        Assert.That(await CallerArnAsync(credentials), Does.EndWith($":assumed-role/{role.Name}/env-session"));
    }

    [Test]
    public async Task RoleThatDoesNotTrustTheCaller_IsRefused_NamingTheProfileAndRole()
    {
        var role = await CreateRoleAsync(new[] { $"arn:aws:iam::{MotoServer.AccountId}:user/somebody-else" });
        _env.WriteConfig($"[profile dev]\nrole_arn = {role.Arn}\nsource_profile = base\n");

        var e = Assert.ThrowsAsync<CredentialsException>(async () => await DefaultCredentialsChain.Create("dev", _env.Env).GetCredentialsAsync())!;

        Assert.That(e.Message, Does.Contain("profile 'dev'").And.Contain(role.Arn).And.Contain("AccessDenied"));
    }

    [Test]
    public async Task WrongExternalId_IsRefused()
    {
        var role = await CreateRoleAsync(new[] { UserArn }, externalId: "right");
        _env.WriteConfig($"[profile dev]\nrole_arn = {role.Arn}\nsource_profile = base\nexternal_id = wrong\n");

        var e = Assert.ThrowsAsync<CredentialsException>(async () => await DefaultCredentialsChain.Create("dev", _env.Env).GetCredentialsAsync())!;

        Assert.That(e.Message, Does.Contain("AccessDenied"));
    }
}
