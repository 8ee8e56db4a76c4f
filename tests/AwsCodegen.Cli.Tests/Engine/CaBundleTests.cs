using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using AwsCodegen.Cli.Engine;
using AwsCodegen.Cli.Tests.Infrastructure;
using AwsCodegen.Tests.Infrastructure;
using NUnit.Framework;

namespace AwsCodegen.Cli.Tests.Engine;

/// <summary>
/// --ca-bundle, AWS_CA_BUNDLE and ca_bundle against moto behind a TLS front with a self-signed certificate: the bundle
/// decides trust, it is read only when TLS needs it, and a bad one is named.
/// </summary>
[TestFixture, NonParallelizable]
public sealed class CaBundleTests
{
    private MotoServer _moto = null!;
    private TlsFront _front = null!;
    private CliHarness _cli = null!;
    private string _trusting = null!;
    private string _garbage = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _moto = await MotoServer.StartAsync(authentication: true);
        _front = TlsFront.Start(_moto.Endpoint);
        _cli = new CliHarness(_moto);
        _cli.Environment["AWS_MAX_ATTEMPTS"] = "1";
        _cli.Environment.Remove("AWS_CA_BUNDLE");
        _trusting = Path.Combine(_cli.Directory, "front.pem");
        await File.WriteAllTextAsync(_trusting, _front.CertificatePem);
        _garbage = Path.Combine(_cli.Directory, "garbage.pem");
        await File.WriteAllTextAsync(_garbage, "-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n");
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _cli.Dispose();
        await _front.DisposeAsync();
        await _moto.DisposeAsync();
    }

    private Task<CliHarness.Result> CallerIdentityAsync(string endpoint, params string[] options)
    {
        var arguments = new List<string> { "sts", "get-caller-identity", "--endpoint-url", endpoint, "--query", "Account", "--output", "text" };
        arguments.AddRange(options);
        return _cli.RunAsync(arguments.ToArray());
    }

    [Test]
    public async Task A_bundle_holding_the_servers_certificate_makes_it_trusted()
    {
        var result = await CallerIdentityAsync(_front.Endpoint.ToString(), "--ca-bundle", _trusting);
        Assert.That(result, Is.EqualTo(new CliHarness.Result(0, "123456789012\n", "")));
    }

    [Test]
    public async Task The_environment_variable_and_the_profile_key_name_the_bundle_too()
    {
        var fromEnv = await _cli.RunAsync(new[] { "sts", "get-caller-identity", "--endpoint-url", _front.Endpoint.ToString(), "--query", "Account" }, "",
            new Dictionary<string, string> { ["AWS_CA_BUNDLE"] = _trusting });
        Assert.That(fromEnv.ExitCode, Is.Zero, fromEnv.Stderr);

        var config = Path.Combine(_cli.Directory, "bundle-config");
        await File.WriteAllTextAsync(config,
            $"[profile tls]\nca_bundle = {_trusting}\naws_access_key_id = {_moto.AccessKeyId}\naws_secret_access_key = {_moto.SecretAccessKey}\n");
        var fromProfile = await _cli.RunAsync(new[] { "sts", "get-caller-identity", "--endpoint-url", _front.Endpoint.ToString(), "--profile", "tls" }, "",
            new Dictionary<string, string> { ["AWS_CONFIG_FILE"] = config });
        Assert.That(fromProfile.ExitCode, Is.Zero, fromProfile.Stderr);
    }

    [Test]
    public async Task Without_the_bundle_a_self_signed_server_is_refused_as_an_ssl_error()
    {
        var result = await CallerIdentityAsync(_front.Endpoint.ToString());
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Other));
        Assert.That(result.Stdout, Is.Empty);
        Assert.That(result.Stderr, Does.StartWith($"\nSSL validation failed for {_front.Endpoint}"));
    }

    [Test]
    public async Task No_verify_ssl_accepts_the_self_signed_server()
    {
        var result = await CallerIdentityAsync(_front.Endpoint.ToString(), "--no-verify-ssl");
        Assert.That(result.ExitCode, Is.Zero, result.Stderr);
        Assert.That(result.Stdout, Is.EqualTo("123456789012\n"));
    }

    [Test]
    public async Task An_unreadable_bundle_is_named_when_tls_needs_it()
    {
        var result = await CallerIdentityAsync(_front.Endpoint.ToString(), "--ca-bundle", _garbage);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Configuration), result.Stderr);
        Assert.That(result.Stderr, Does.StartWith($"\nThe CA bundle '{_garbage}' could not be read: "));
    }

    [Test]
    public async Task A_plain_http_endpoint_never_reads_the_bundle()
    {
        // Read lazily: AWS_CA_BUNDLE is often set machine-wide, and plain HTTP has no use for it.
        var result = await CallerIdentityAsync(_moto.Endpoint.ToString(), "--ca-bundle", _garbage);
        Assert.That(result, Is.EqualTo(new CliHarness.Result(0, "123456789012\n", "")));
    }

    [Test]
    public async Task A_missing_bundle_is_a_configuration_error_before_anything_is_sent()
    {
        var missing = Path.Combine(_cli.Directory, "no-such.pem");
        var result = await CallerIdentityAsync(_moto.Endpoint.ToString(), "--ca-bundle", missing);
        Assert.That(result, Is.EqualTo(new CliHarness.Result(ExitCodes.Configuration, "", $"\nThe CA bundle '{missing}' does not exist.\n")));
    }
}
