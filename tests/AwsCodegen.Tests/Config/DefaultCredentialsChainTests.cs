using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using AwsCodegen.Runtime;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Credentials;
using AwsCodegen.Runtime.Errors;
using NUnit.Framework;

namespace AwsCodegen.Tests.Config;

[TestFixture]
public sealed class DefaultCredentialsChainTests
{
    private TestEnvironment _env = null!;

    [SetUp]
    public void SetUp() => _env = new TestEnvironment();

    [TearDown]
    public void TearDown() => _env.Dispose();

    private ValueTask<AwsCredentials> Get(string? profile = null) => DefaultCredentialsChain.Create(profile, _env.Env).GetCredentialsAsync();

    [Test]
    public async Task Environment_KeysAndSessionToken()
    {
        _env["AWS_ACCESS_KEY_ID"] = "AKIDENV";
        _env["AWS_SECRET_ACCESS_KEY"] = "env-secret";
        _env["AWS_SESSION_TOKEN"] = "env-token";

        var credentials = await Get();

        Assert.That(credentials, Is.EqualTo(new AwsCredentials("AKIDENV", "env-secret", "env-token")));
    }

    [Test]
    public void Environment_KeyWithoutSecret_IsAnError_NamingTheMissingVariable()
    {
        _env["AWS_ACCESS_KEY_ID"] = "AKIDENV";
        _env.WriteCredentials("[default]\naws_access_key_id = A\naws_secret_access_key = B\n");

        var e = Assert.ThrowsAsync<AwsClientException>(async () => await Get())!;

        Assert.That(e.Message, Does.Contain("AWS_SECRET_ACCESS_KEY is not"));
    }

    [Test]
    public void Environment_SecretWithoutKey_IsAnError_NamingTheMissingVariable()
    {
        _env["AWS_SECRET_ACCESS_KEY"] = "env-secret";
        var e = Assert.ThrowsAsync<AwsClientException>(async () => await Get())!;
        Assert.That(e.Message, Does.Contain("AWS_ACCESS_KEY_ID is not"));
        Assert.That(e.Message, Does.Not.Contain("env-secret"));
    }

    [Test]
    public async Task Environment_BeatsTheProfile()
    {
        _env["AWS_ACCESS_KEY_ID"] = "AKIDENV";
        _env["AWS_SECRET_ACCESS_KEY"] = "env-secret";
        _env.WriteCredentials("[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = file-secret\n");

        Assert.That((await Get()).AccessKeyId, Is.EqualTo("AKIDENV"));
    }

    [Test]
    public async Task AwsProfileVariable_DoesNotSkipTheEnvironmentKeys()
    {
        _env["AWS_ACCESS_KEY_ID"] = "AKIDENV";
        _env["AWS_SECRET_ACCESS_KEY"] = "env-secret";
        _env["AWS_PROFILE"] = "dev";
        _env.WriteCredentials("[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = dev-secret\n");

        Assert.That((await Get()).AccessKeyId, Is.EqualTo("AKIDENV"));
    }

    [Test]
    public async Task ProfileNamedInCode_SkipsTheEnvironmentKeys_LikeTheCliProfileOption()
    {
        _env["AWS_ACCESS_KEY_ID"] = "AKIDENV";
        _env["AWS_SECRET_ACCESS_KEY"] = "env-secret";
        _env.WriteCredentials("[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = dev-secret\n");

        Assert.That((await Get("dev")).AccessKeyId, Is.EqualTo("AKIDDEV"));
    }

    [Test]
    public async Task Profile_StaticKeys_FromCredentialsFileOverConfigFile()
    {
        _env.WriteConfig("""
            [profile dev]
            aws_access_key_id = AKIDCONFIG
            aws_secret_access_key = config-secret
            aws_session_token = config-token
            """);
        _env.WriteCredentials("[dev]\naws_access_key_id = AKIDCREDS\naws_secret_access_key = creds-secret\n");
        _env["AWS_PROFILE"] = "dev";

        var credentials = await Get();

        Assert.That(credentials.AccessKeyId, Is.EqualTo("AKIDCREDS"));
        Assert.That(credentials.SecretAccessKey, Is.EqualTo("creds-secret"));
        Assert.That(credentials.SessionToken, Is.EqualTo("config-token"));
        Assert.That(credentials.Expiration, Is.Null);
    }

    [Test]
    public void Profile_KeyWithoutSecret_IsAnError()
    {
        _env.WriteCredentials("[default]\naws_access_key_id = AKIDFILE\n");
        var e = Assert.ThrowsAsync<AwsClientException>(async () => await Get())!;
        Assert.That(e.Message, Does.Contain("not aws_secret_access_key").And.Contain("'default'").And.Contain(_env.CredentialsPath));
    }

    [Test]
    public void NothingFound_ErrorListsWhatWasTried()
    {
        var e = Assert.ThrowsAsync<AwsCodegen.Runtime.Credentials.CredentialsException>(async () => await Get())!;

        Assert.That(e.Message, Does.StartWith("No AWS credentials were found."));
        Assert.That(e.Message, Does.Contain("1. environment variables AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"));
        Assert.That(e.Message, Does.Contain("2. profile 'default' in " + _env.CredentialsPath + " and " + _env.ConfigPath + ": neither file exists"));
        Assert.That(e.Message, Does.Contain("3. web identity (AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN): not set"));
        Assert.That(e.Message, Does.Contain("4. container endpoint (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI or AWS_CONTAINER_CREDENTIALS_FULL_URI): not set"));
        Assert.That(e.Message, Does.Contain("5. EC2 instance metadata: disabled (AWS_EC2_METADATA_DISABLED=true)"));
    }

    [Test]
    public void NothingFound_ProfileWithoutCredentials_SaysSo()
    {
        _env.WriteConfig("[default]\nregion = us-east-1\n");
        var e = Assert.ThrowsAsync<AwsCodegen.Runtime.Credentials.CredentialsException>(async () => await Get())!;
        Assert.That(e.Message, Does.Contain("the profile has no credentials"));
    }

    [Test]
    public void MissingExplicitProfile_IsAnError_OnFirstUseNotOnCreate()
    {
        var provider = DefaultCredentialsChain.Create("ghost", _env.Env);
        var e = Assert.ThrowsAsync<AwsClientException>(async () => await provider.GetCredentialsAsync())!;
        Assert.That(e.Message, Does.Contain("The config profile (ghost) could not be found"));
    }

    [Test]
    public async Task Chain_IsLazy_AndCachesTheAnswer()
    {
        var provider = DefaultCredentialsChain.Create(null, _env.Env);
        // Written after Create: nothing was read yet.
        _env.WriteCredentials("[default]\naws_access_key_id = FIRST\naws_secret_access_key = s\n");

        Assert.That((await provider.GetCredentialsAsync()).AccessKeyId, Is.EqualTo("FIRST"));

        _env.WriteCredentials("[default]\naws_access_key_id = SECOND\naws_secret_access_key = s\n");
        File.SetLastWriteTimeUtc(_env.CredentialsPath, DateTime.UtcNow.AddMinutes(1));
        Assert.That((await provider.GetCredentialsAsync()).AccessKeyId, Is.EqualTo("FIRST"), "credentials without an expiration are kept");
    }

    [Test]
    public void Sources_AreEnvironmentProfileWebIdentityContainerInstanceMetadata_WithoutEnvironmentKeysWhenNamedInCode()
    {
        var sources = DefaultCredentialsChain.CreateSources(null, _env.Env);
        Assert.That(sources.Select(s => s.GetType()), Is.EqualTo(new[]
        {
            typeof(EnvironmentCredentialsSource), typeof(ProfileCredentialsSource), typeof(WebIdentityCredentialsSource),
            typeof(ContainerCredentialsSource), typeof(InstanceMetadataCredentialsSource),
        }));

        var named = DefaultCredentialsChain.CreateSources("dev", _env.Env);
        Assert.That(named.Select(s => s.GetType()), Is.EqualTo(new[]
        {
            typeof(ProfileCredentialsSource), typeof(WebIdentityCredentialsSource), typeof(ContainerCredentialsSource), typeof(InstanceMetadataCredentialsSource),
        }));
    }

    [Test]
    public void Profile_KindPrecedence()
    {
        _env.WriteConfig("""
            [profile role]
            role_arn = arn:aws:iam::123456789012:role/r
            source_profile = base
            aws_access_key_id = A
            aws_secret_access_key = B
            [profile sso]
            sso_session = corp
            credential_process = /bin/false
            [profile keys]
            aws_access_key_id = A
            aws_secret_access_key = B
            credential_process = /bin/false
            [profile process]
            credential_process = /bin/true
            [profile login]
            login_session = arn:aws:iam::123456789012:user/u
            [profile none]
            region = us-east-1
            """);

        ProfileCredentialsKind Kind(string name) => ProfileCredentialsKinds.Detect(SharedConfig.Load(name, _env.Env)!);

        Assert.That(Kind("role"), Is.EqualTo(ProfileCredentialsKind.AssumeRole));
        Assert.That(Kind("sso"), Is.EqualTo(ProfileCredentialsKind.Sso));
        Assert.That(Kind("keys"), Is.EqualTo(ProfileCredentialsKind.StaticKeys));
        Assert.That(Kind("process"), Is.EqualTo(ProfileCredentialsKind.Process));
        Assert.That(Kind("login"), Is.EqualTo(ProfileCredentialsKind.Login));
        Assert.That(Kind("none"), Is.EqualTo(ProfileCredentialsKind.None));
    }

    [Test]
    public void AwsSdkExpiration_MaxValueMeansNone_AndKindsAreUtc()
    {
        Assert.That(AwsSdkProfileCredentials.ToExpiration(null), Is.Null);
        Assert.That(AwsSdkProfileCredentials.ToExpiration(DateTime.MaxValue.AddMinutes(-1)), Is.Null);
        var utc = new DateTime(2030, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        Assert.That(AwsSdkProfileCredentials.ToExpiration(utc), Is.EqualTo(new DateTimeOffset(utc)));
        Assert.That(AwsSdkProfileCredentials.ToExpiration(DateTime.SpecifyKind(utc, DateTimeKind.Unspecified)), Is.EqualTo(new DateTimeOffset(utc)));
        Assert.That(AwsSdkProfileCredentials.ToExpiration(utc.ToLocalTime()), Is.EqualTo(new DateTimeOffset(utc)));
    }
}
