using System.Threading.Tasks;
using AwsCodegen.Runtime;
using AwsCodegen.Runtime.Credentials;
using AwsCodegen.Tests.Config;
using NUnit.Framework;

namespace AwsCodegen.Tests.Credentials;

/// <summary>
/// Broken role profiles fail at once with a message naming the profile, the file and the setting at fault, before any
/// request is sent (AWS_ENDPOINT_URL points at a server that would record one).
/// </summary>
[TestFixture]
public sealed class ProfileCredentialsErrorTests
{
    private const string Role = "arn:aws:iam::123456789012:role/r";

    private TestEnvironment _env = null!;
    private LocalHttpServer _sts = null!;

    [SetUp]
    public void SetUp()
    {
        _env = new TestEnvironment();
        _sts = LocalHttpServer.Start(_ => new FakeResponse(500));
        _env["AWS_ENDPOINT_URL"] = _sts.Endpoint.ToString();
        _env.WriteCredentials("[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = s\n");
    }

    [TearDown]
    public async Task TearDown()
    {
        Assert.That(_sts.Requests, Is.Empty, "nothing may be sent for a broken profile");
        await _sts.DisposeAsync();
        _env.Dispose();
    }

    private CredentialsException Fails(string profile) =>
        Assert.ThrowsAsync<CredentialsException>(async () => await DefaultCredentialsChain.Create(profile, _env.Env).GetCredentialsAsync())!;

    [Test]
    public void MissingSourceProfile()
    {
        _env.WriteConfig($"[profile dev]\nrole_arn = {Role}\nsource_profile = ghost\n");
        var e = Fails("dev");
        Assert.That(e.Message, Does.Contain("'dev'").And.Contain("source_profile = ghost").And.Contain(_env.ConfigPath).And.Contain("no profile 'ghost'"));
    }

    [Test]
    public void SourceProfileCycle_NamesTheCycle()
    {
        _env.WriteConfig($"""
            [profile a]
            role_arn = {Role}
            source_profile = b
            [profile b]
            role_arn = {Role}
            source_profile = c
            [profile c]
            role_arn = {Role}
            source_profile = a
            """);
        var e = Fails("a");
        Assert.That(e.Message, Does.Contain("cycle: a -> b -> c -> a").And.Contain(_env.ConfigPath));
    }

    [Test]
    public void UnknownCredentialSource_ListsTheValidOnes()
    {
        _env.WriteConfig($"[profile dev]\nrole_arn = {Role}\ncredential_source = Ec2Metadata\n");
        var e = Fails("dev");
        Assert.That(e.Message, Does.Contain("'dev'").And.Contain("credential_source = Ec2Metadata").And.Contain(_env.ConfigPath)
            .And.Contain("Environment, Ec2InstanceMetadata or EcsContainer"));
    }

    [Test]
    public void SourceProfileAndCredentialSource_Together()
    {
        _env.WriteConfig($"[profile dev]\nrole_arn = {Role}\nsource_profile = base\ncredential_source = Environment\n");
        Assert.That(Fails("dev").Message, Does.Contain("'dev' sets both source_profile").And.Contain("credential_source"));
    }

    [Test]
    public void RoleArnAlone()
    {
        _env.WriteConfig($"[profile dev]\nrole_arn = {Role}\n");
        Assert.That(Fails("dev").Message, Does.Contain("'dev' sets role_arn").And.Contain("none of source_profile, credential_source or web_identity_token_file"));
    }

    [Test]
    public void MfaSerial_IsNotPromptedFor()
    {
        _env.WriteConfig($"[profile dev]\nrole_arn = {Role}\nsource_profile = base\nmfa_serial = arn:aws:iam::123456789012:mfa/me\n");
        var e = Fails("dev");
        Assert.That(e.Message, Does.Contain("'dev' sets mfa_serial").And.Contain(_env.ConfigPath).And.Contain("does not prompt"));
    }

    [Test]
    public void BadDuration()
    {
        _env.WriteConfig($"[profile dev]\nrole_arn = {Role}\nsource_profile = base\nduration_seconds = 1h\n");
        Assert.That(Fails("dev").Message, Does.Contain("'dev' has duration_seconds = '1h'"));
    }

    [Test]
    public void SourceProfileWithoutCredentials()
    {
        _env.WriteConfig($"[profile dev]\nrole_arn = {Role}\nsource_profile = empty\n[profile empty]\nregion = us-east-1\n");
        Assert.That(Fails("dev").Message, Does.Contain("'empty'").And.Contain("the source_profile of 'dev'").And.Contain("has no credentials"));
    }

    [Test]
    public void CredentialSourceEnvironment_WithoutKeys()
    {
        _env.WriteConfig($"[profile dev]\nrole_arn = {Role}\ncredential_source = Environment\n");
        var e = Fails("dev");
        Assert.That(e.Message, Does.Contain("credential_source = Environment of profile 'dev'").And.Contain("has no credentials")
            .And.Contain("AWS_ACCESS_KEY_ID"));
    }

    [Test]
    public void CredentialSourceEc2InstanceMetadata_WhenDisabled()
    {
        _env.WriteConfig($"[profile dev]\nrole_arn = {Role}\ncredential_source = Ec2InstanceMetadata\n");
        Assert.That(Fails("dev").Message, Does.Contain("credential_source = Ec2InstanceMetadata of profile 'dev'").And.Contain("disabled"));
    }

    [Test]
    public void SsoProfile_MissingSettingAndSession()
    {
        _env.WriteConfig("[profile a]\nsso_session = corp\nsso_account_id = 1\nsso_role_name = r\n[profile b]\nsso_start_url = https://x\nsso_region = us-east-1\nsso_account_id = 1\n");
        Assert.That(Fails("a").Message, Does.Contain("'a' has sso_session = corp").And.Contain("no [sso-session corp] section"));
        Assert.That(Fails("b").Message, Does.Contain("SSO profile 'b'").And.Contain("missing sso_role_name"));
    }
}
