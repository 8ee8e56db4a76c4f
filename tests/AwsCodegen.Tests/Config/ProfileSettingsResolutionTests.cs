using System;
using System.Threading.Tasks;
using AwsCodegen.Runtime;
using AwsCodegen.Runtime.Errors;
using AwsCodegen.Runtime.Http;
using AwsCodegen.Runtime.Protocols;
using NUnit.Framework;

namespace AwsCodegen.Tests.Config;

/// <summary>Region, endpoint and client settings taken from the profile, through RegionResolver, DefaultEndpoint and ClientConfiguration.</summary>
[TestFixture]
public sealed class ProfileSettingsResolutionTests
{
    private sealed class StubProtocol : AwsProtocol
    {
        public override string Name => "stub";
        public override ErrorInfo ReadError(AwsHttpResponse response) => new("Stub", null);
    }

    private static readonly ServiceMetadata s_dynamo = new("DynamoDB", "dynamodb", "dynamodb", "2012-08-10", new StubProtocol());
    private static readonly ServiceMetadata s_logs = new("CloudWatch Logs", "logs", "logs", "2014-03-28", new StubProtocol());

    private TestEnvironment _env = null!;

    [SetUp]
    public void SetUp() => _env = new TestEnvironment();

    [TearDown]
    public void TearDown() => _env.Dispose();

    [Test]
    public void Region_FromProfile_WhenNeitherOptionsNorEnvironmentSetIt()
    {
        _env.WriteConfig("[default]\nregion = eu-west-3\n[profile tokyo]\nregion = ap-northeast-1\n");

        Assert.That(RegionResolver.Resolve(new AwsClientOptions(), _env.Env, SharedConfig.Load(null, _env.Env)), Is.EqualTo("eu-west-3"));
        Assert.That(RegionResolver.Resolve(new AwsClientOptions(), _env.Env, SharedConfig.Load("tokyo", _env.Env)), Is.EqualTo("ap-northeast-1"));

        _env["AWS_DEFAULT_REGION"] = "us-west-1";
        Assert.That(RegionResolver.Resolve(new AwsClientOptions(), _env.Env, SharedConfig.Load(null, _env.Env)), Is.EqualTo("us-west-1"));
        _env["AWS_REGION"] = "us-west-2";
        Assert.That(RegionResolver.Resolve(new AwsClientOptions(), _env.Env, SharedConfig.Load(null, _env.Env)), Is.EqualTo("us-west-2"));
        Assert.That(RegionResolver.Resolve(new AwsClientOptions { Region = "sa-east-1" }, _env.Env, SharedConfig.Load(null, _env.Env)), Is.EqualTo("sa-east-1"));
    }

    [Test]
    public void Region_Missing_ErrorNamesTheProfileAndConfigFile()
    {
        _env.WriteConfig("[default]\noutput = json\n");
        var e = Assert.Throws<AwsClientException>(() => RegionResolver.Resolve(new AwsClientOptions(), _env.Env, SharedConfig.Load(null, _env.Env)))!;
        Assert.That(e.Message, Does.Contain("'default'").And.Contain(_env.ConfigPath));
    }

    [Test]
    public void Endpoint_FromProfileEndpointUrl()
    {
        _env.WriteConfig("[profile local]\nendpoint_url = http://127.0.0.1:4566\n");
        var profile = SharedConfig.Load("local", _env.Env);

        var endpoint = DefaultEndpoint.Resolve(s_dynamo, "us-east-1", new AwsClientOptions(), _env.Env, profile);

        Assert.That(endpoint, Is.EqualTo(new Uri("http://127.0.0.1:4566")));
    }

    [Test]
    public void Endpoint_ServiceEnvironmentVariable_BeatsGlobalVariable_BeatsProfile()
    {
        _env.WriteConfig("[default]\nendpoint_url = http://127.0.0.1:1111\n");
        var profile = SharedConfig.Load(null, _env.Env);
        _env["AWS_ENDPOINT_URL"] = "http://127.0.0.1:2222";
        _env["AWS_ENDPOINT_URL_DYNAMODB"] = "http://127.0.0.1:3333";
        _env["AWS_ENDPOINT_URL_CLOUDWATCH_LOGS"] = "http://127.0.0.1:4444";

        Assert.That(DefaultEndpoint.Resolve(s_dynamo, "us-east-1", new AwsClientOptions(), _env.Env, profile), Is.EqualTo(new Uri("http://127.0.0.1:3333")));
        Assert.That(DefaultEndpoint.Resolve(s_logs, "us-east-1", new AwsClientOptions(), _env.Env, profile), Is.EqualTo(new Uri("http://127.0.0.1:4444")));
        _env.Variables.Remove("AWS_ENDPOINT_URL_DYNAMODB");
        Assert.That(DefaultEndpoint.Resolve(s_dynamo, "us-east-1", new AwsClientOptions(), _env.Env, profile), Is.EqualTo(new Uri("http://127.0.0.1:2222")));
        _env.Variables.Remove("AWS_ENDPOINT_URL");
        Assert.That(DefaultEndpoint.Resolve(s_dynamo, "us-east-1", new AwsClientOptions(), _env.Env, profile), Is.EqualTo(new Uri("http://127.0.0.1:1111")));
    }

    [Test]
    public void Endpoint_WithoutOverrides_IsTheRegionalHost()
    {
        _env.WriteConfig("[default]\nregion = eu-west-1\n");
        var endpoint = DefaultEndpoint.Resolve(s_dynamo, "eu-west-1", new AwsClientOptions(), _env.Env, SharedConfig.Load(null, _env.Env));
        Assert.That(endpoint, Is.EqualTo(new Uri("https://dynamodb.eu-west-1.amazonaws.com")));
    }

    [Test]
    public async Task ClientConfiguration_ResolvesRegionEndpointAttemptsAndCredentialsFromTheProfile()
    {
        _env.WriteConfig("""
            [profile test]
            region = ca-central-1
            max_attempts = 7
            endpoint_url = http://127.0.0.1:9
            """);
        _env.WriteCredentials("[test]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = profile-secret\n");

        using var config = ClientConfiguration.Resolve(s_dynamo, new AwsClientOptions { Profile = "test", EnvironmentVariables = _env.Env });

        Assert.That(config.Region, Is.EqualTo("ca-central-1"));
        Assert.That(config.Endpoint, Is.EqualTo(new Uri("http://127.0.0.1:9")));
        Assert.That(config.MaxAttempts, Is.EqualTo(7));
        var credentials = await config.Credentials.GetCredentialsAsync();
        Assert.That(credentials.AccessKeyId, Is.EqualTo("AKIDPROFILE"));
        Assert.That(credentials.SecretAccessKey, Is.EqualTo("profile-secret"));
    }

    [Test]
    public void ClientConfiguration_WithAMissingExplicitProfile_Throws()
    {
        _env["AWS_REGION"] = "us-east-1";
        var e = Assert.Throws<AwsClientException>(() =>
            ClientConfiguration.Resolve(s_dynamo, new AwsClientOptions { Profile = "nope", EnvironmentVariables = _env.Env }).Dispose())!;
        Assert.That(e.Message, Does.Contain("(nope)"));
    }
}
