using System;
using System.Collections.Concurrent;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;

namespace AwsCodegen.Tests.Config;

/// <summary>
/// The environment and static-profile paths of the default chain must not load AWSSDK.Core. The runtime is loaded
/// afresh into a private AssemblyLoadContext that records every assembly it is asked for, so what other tests in
/// this process already loaded does not matter.
/// </summary>
[TestFixture]
public sealed class AwsSdkIsolationTests
{
    private sealed class RecordingLoadContext : AssemblyLoadContext
    {
        public RecordingLoadContext() : base("awscodegen-isolation", isCollectible: true) { }

        public ConcurrentBag<string> Requested { get; } = new();

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            string name = assemblyName.Name ?? "";
            Requested.Add(name);
            if (name is "AwsCodegen.Runtime" or "AWSSDK.Core")
                return LoadFromAssemblyPath(Path.Combine(AppContext.BaseDirectory, name + ".dll"));
            return null; // the framework, from the default context
        }
    }

    private TestEnvironment _env = null!;

    [SetUp]
    public void SetUp() => _env = new TestEnvironment();

    [TearDown]
    public void TearDown() => _env.Dispose();

    /// <summary>Runs DefaultCredentialsChain.Create(null, env).GetCredentialsAsync() inside a fresh context.</summary>
    private async Task<(string AccessKeyId, RecordingLoadContext Context)> GetCredentialsInFreshContext(Action<RecordingLoadContext>? created = null)
    {
        var context = new RecordingLoadContext();
        created?.Invoke(context);
        var runtime = context.LoadFromAssemblyName(new AssemblyName("AwsCodegen.Runtime"));
        var chainType = runtime.GetType("AwsCodegen.Runtime.DefaultCredentialsChain", throwOnError: true)!;
        object provider = chainType.GetMethod("Create")!.Invoke(null, new object?[] { null, _env.Env, null, null, null })!;
        var getCredentials = provider.GetType().GetMethod("GetCredentialsAsync", new[] { typeof(CancellationToken) })!;
        object valueTask = getCredentials.Invoke(provider, new object[] { CancellationToken.None })!;
        var task = (Task)valueTask.GetType().GetMethod("AsTask")!.Invoke(valueTask, null)!;
        await task;
        object credentials = task.GetType().GetProperty("Result")!.GetValue(task)!;
        string accessKeyId = (string)credentials.GetType().GetProperty("AccessKeyId")!.GetValue(credentials)!;
        return (accessKeyId, context);
    }

    [Test]
    public async Task EnvironmentCredentials_DoNotLoadAwsSdkCore()
    {
        _env["AWS_ACCESS_KEY_ID"] = "AKIDENV";
        _env["AWS_SECRET_ACCESS_KEY"] = "s";

        var (accessKeyId, context) = await GetCredentialsInFreshContext();

        Assert.That(accessKeyId, Is.EqualTo("AKIDENV"));
        Assert.That(context.Requested, Does.Contain("AwsCodegen.Runtime"));
        Assert.That(context.Requested, Does.Not.Contain("AWSSDK.Core"));
        context.Unload();
    }

    [Test]
    public async Task StaticProfileCredentials_DoNotLoadAwsSdkCore()
    {
        _env.WriteConfig("[default]\nregion = us-east-1\n");
        _env.WriteCredentials("[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = s\n");

        var (accessKeyId, context) = await GetCredentialsInFreshContext();

        Assert.That(accessKeyId, Is.EqualTo("AKIDFILE"));
        Assert.That(context.Requested, Does.Not.Contain("AWSSDK.Core"));
        context.Unload();
    }

    [Test]
    public async Task AssumeRoleProfile_DoesNotLoadAwsSdkCore_ItUsesOurStsClient()
    {
        await using var sts = AwsCodegen.Tests.Credentials.LocalHttpServer.Start(_ => new AwsCodegen.Tests.Credentials.FakeResponse(200, """
            <AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><Credentials>
            <AccessKeyId>ASIAROLE</AccessKeyId><SecretAccessKey>s</SecretAccessKey><SessionToken>t</SessionToken>
            <Expiration>2030-01-01T13:00:00Z</Expiration></Credentials></AssumeRoleResult></AssumeRoleResponse>
            """, "text/xml"));
        _env["AWS_ENDPOINT_URL_STS"] = sts.Endpoint.ToString();
        _env["AWS_PROFILE"] = "dev";
        _env.WriteConfig("[profile dev]\nrole_arn = arn:aws:iam::123456789012:role/r\nsource_profile = base\n");
        _env.WriteCredentials("[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = s\n");

        var (accessKeyId, context) = await GetCredentialsInFreshContext();

        Assert.That(accessKeyId, Is.EqualTo("ASIAROLE"));
        Assert.That(context.Requested, Does.Not.Contain("AWSSDK.Core"));
        context.Unload();
    }

    [Test]
    public async Task CredentialProcessProfile_DoesNotLoadAwsSdkCore_ItRunsTheProcessItself()
    {
        if (OperatingSystem.IsWindows()) Assert.Ignore("The helper script is a POSIX shell script.");
        string script = _env.WriteScript("bin/creds.sh", "echo '{\"Version\": 1, \"AccessKeyId\": \"AKIDPROC\", \"SecretAccessKey\": \"s\"}'");
        _env.WriteConfig($"[default]\ncredential_process = {script}\n");

        var (accessKeyId, context) = await GetCredentialsInFreshContext();

        Assert.That(accessKeyId, Is.EqualTo("AKIDPROC"));
        Assert.That(context.Requested, Does.Not.Contain("AWSSDK.Core"));
        context.Unload();
    }

    [Test]
    public async Task LoginSessionProfile_DoesLoadAwsSdkCore()
    {
        // The checks above can see AWSSDK.Core being loaded: this path does load it (and fails: no cached login).
        _env.WriteConfig("[default]\nregion = us-east-1\nlogin_session = arn:aws:iam::123456789012:user/u\n");
        RecordingLoadContext? seen = null;
        try
        {
            await GetCredentialsInFreshContext(context => seen = context);
        }
        catch (TargetInvocationException) { }
        catch (Exception e) when (e.GetType().Name == "CredentialsException") { }
        Assert.That(seen, Is.Not.Null);
        Assert.That(seen!.Requested, Does.Contain("AWSSDK.Core"));
        seen.Unload();
    }
}
