using System;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using AwsCodegen.Runtime;
using AwsCodegen.Runtime.Errors;
using NUnit.Framework;

namespace AwsCodegen.Tests.Config;

/// <summary>credential_process profiles, which the chain runs itself (not through AWSSDK.Core).</summary>
[TestFixture]
public sealed class CredentialProcessTests
{
    private TestEnvironment _env = null!;

    [SetUp]
    public void SetUp()
    {
        if (OperatingSystem.IsWindows()) Assert.Ignore("The helper scripts are POSIX shell scripts.");
        _env = new TestEnvironment();
    }

    [TearDown]
    public void TearDown() => _env?.Dispose();

    private string WriteScript(string name, string body) => _env.WriteScript(Path.Combine("bin", name), body);

    [Test]
    public async Task CredentialProcess_WithExpiration()
    {
        var expiration = DateTimeOffset.UtcNow.AddHours(2);
        string script = WriteScript("creds.sh",
            "echo '{\"Version\": 1, \"AccessKeyId\": \"AKIDPROCESS\", \"SecretAccessKey\": \"process-secret\", " +
            "\"SessionToken\": \"process-token\", \"Expiration\": \"" +
            expiration.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) + "\"}'");
        _env.WriteConfig($"[profile proc]\ncredential_process = {script}\n");
        _env["AWS_PROFILE"] = "proc";

        var credentials = await DefaultCredentialsChain.Create(null, _env.Env).GetCredentialsAsync();

        Assert.That(credentials.AccessKeyId, Is.EqualTo("AKIDPROCESS"));
        Assert.That(credentials.SecretAccessKey, Is.EqualTo("process-secret"));
        Assert.That(credentials.SessionToken, Is.EqualTo("process-token"));
        Assert.That(credentials.Expiration, Is.Not.Null);
        // The process printed whole seconds.
        Assert.That(credentials.Expiration!.Value, Is.EqualTo(expiration).Within(TimeSpan.FromSeconds(1)));
    }

    [Test]
    public async Task CredentialProcess_WithoutExpiration_HasNone()
    {
        string script = WriteScript("creds.sh", "echo '{\"Version\": 1, \"AccessKeyId\": \"AKIDP\", \"SecretAccessKey\": \"s\"}'");
        _env.WriteCredentials($"[default]\ncredential_process = {script}\n");

        var credentials = await DefaultCredentialsChain.Create(null, _env.Env).GetCredentialsAsync();

        Assert.That(credentials.AccessKeyId, Is.EqualTo("AKIDP"));
        Assert.That(credentials.SessionToken, Is.Null);
        Assert.That(credentials.Expiration, Is.Null);
    }

    [Test]
    public void CredentialProcess_ThatFails_IsAnErrorNamingTheProfile()
    {
        string script = WriteScript("fail.sh", "echo 'no session' >&2\nexit 3");
        _env.WriteConfig($"[profile broken]\ncredential_process = {script}\n");

        var e = Assert.CatchAsync<AwsClientException>(async () => await DefaultCredentialsChain.Create("broken", _env.Env).GetCredentialsAsync())!;

        Assert.That(e.Message, Does.Contain("profile 'broken'").And.Contain("credential_process"));
    }

    [Test]
    public async Task StaticKeysBesideCredentialProcess_WinWithoutRunningIt()
    {
        string marker = Path.Combine(_env.Home, "ran");
        string script = WriteScript("creds.sh", $"touch '{marker}'\necho '{{\"Version\": 1, \"AccessKeyId\": \"P\", \"SecretAccessKey\": \"s\"}}'");
        _env.WriteCredentials($"[default]\naws_access_key_id = AKIDSTATIC\naws_secret_access_key = s\ncredential_process = {script}\n");

        var credentials = await DefaultCredentialsChain.Create(null, _env.Env).GetCredentialsAsync();

        Assert.That(credentials.AccessKeyId, Is.EqualTo("AKIDSTATIC"));
        Assert.That(File.Exists(marker), Is.False);
    }

    [Test]
    public async Task CredentialProcess_RunsWithTheGivenEnvironment_NotThisProcesses()
    {
        string script = WriteScript("env-creds.sh",
            "printf '{\"Version\": 1, \"AccessKeyId\": \"%s\", \"SecretAccessKey\": \"%s\"}' \"$AWSCG_TEST_MARK\" \"$1\"");
        _env.WriteConfig($"[default]\ncredential_process = {script} 'two words'\n");
        var commandEnvironment = new System.Collections.Generic.Dictionary<string, string>
        {
            ["AWSCG_TEST_MARK"] = "FROMCOMMAND",
            ["PATH"] = "/usr/bin:/bin",
        };

        var credentials = await DefaultCredentialsChain.Create(null, _env.Env, null, commandEnvironment).GetCredentialsAsync();

        Assert.That(credentials.AccessKeyId, Is.EqualTo("FROMCOMMAND"), "the variable came from the command's environment");
        Assert.That(credentials.SecretAccessKey, Is.EqualTo("two words"), "the quoted argument arrived as one word");
        Assert.That(System.Environment.GetEnvironmentVariable("AWSCG_TEST_MARK"), Is.Null, "this process never had it");
    }

    [TestCase("echo '{\"Version\": 2, \"AccessKeyId\": \"A\", \"SecretAccessKey\": \"s\"}'", "printed Version 2; the supported version is 1")]
    [TestCase("echo '{\"Version\": 1, \"SecretAccessKey\": \"s\"}'", "printed no AccessKeyId")]
    [TestCase("echo 'not json'", "printed no JSON document")]
    [TestCase("echo '{\"Version\": 1, \"AccessKeyId\": \"A\", \"SecretAccessKey\": \"s\", \"Expiration\": \"soon\"}'", "an Expiration that is not an ISO 8601 time: soon")]
    public void CredentialProcess_WithABadAnswer_SaysWhatIsWrong(string body, string expected)
    {
        string script = WriteScript("bad.sh", body);
        _env.WriteConfig($"[profile bad]\ncredential_process = {script}\n");

        var e = Assert.CatchAsync<AwsClientException>(async () => await DefaultCredentialsChain.Create("bad", _env.Env).GetCredentialsAsync())!;

        Assert.That(e.Message, Does.Contain("The credential_process of profile 'bad' (").And.Contain(expected));
    }

    [Test]
    public void CredentialProcess_ThatCannotBeRun_NamesTheCommand()
    {
        _env.WriteConfig("[profile missing]\ncredential_process = /nonexistent/creds --flag\n");

        var e = Assert.CatchAsync<AwsClientException>(async () => await DefaultCredentialsChain.Create("missing", _env.Env).GetCredentialsAsync())!;

        Assert.That(e.Message, Does.Contain("cannot be run: /nonexistent/creds"));
    }
}
