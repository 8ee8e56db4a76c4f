using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using AwsCodegen.Runtime;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Errors;
using AwsCodegen.S3;
using AwsCodegen.STS;
using AwsCodegen.Tests.Infrastructure;
using NUnit.Framework;

namespace AwsCodegen.Tests.Auth;

/// <summary>
/// Presigned URLs (SigV4 in the query string): S3's compared with botocore's generate_presigned_url at the same
/// instant, any operation's form, and the limits.
/// </summary>
[TestFixture]
public sealed class PresignTests
{
    private static readonly DateTimeOffset Instant = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private static AwsClientOptions Options(string region, string? token = null) => new()
    {
        Region = region,
        Credentials = new StaticCredentialsProvider("AKID", "SECRET", token),
        HttpHandler = new CannedHandler(_ => throw new InvalidOperationException("a presigned request is not sent")),
        EnvironmentVariables = name => name is "AWS_CONFIG_FILE" or "AWS_SHARED_CREDENTIALS_FILE" ? "/dev/null" : null,
    };

    private static string Botocore(params string[] args)
    {
        string script = Path.Combine(SharedPaths.RepoRoot, "tests", "AwsCodegen.Tests", "Auth", "botocore_presign.py");
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["AWS_CONFIG_FILE"] = "/dev/null";
        start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null";
        start.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        Assert.That(process.WaitForExit(60_000), Is.True, "botocore_presign.py did not finish");
        Assert.That(process.ExitCode, Is.Zero, error);
        return output.Trim();
    }

    /// <summary>A URL as scheme, host, path and the sorted multiset of its query parameters (their order is free).</summary>
    private static string Normalized(Uri url) =>
        url.Scheme + "://" + url.Authority + url.AbsolutePath + "?" +
        string.Join("&", url.Query.TrimStart('?').Split('&').OrderBy(p => p, StringComparer.Ordinal));

    [TestCase("get_object", "us-west-2", "my-bucket", "photos/a b+c.jpg", null)]
    [TestCase("put_object", "eu-central-1", "upload-bucket", "x/y/z.bin", null)]
    [TestCase("get_object", "ap-southeast-2", "my-bucket", "k", "SESSION/TOKEN+=")]
    public async Task S3_MatchesBotocore(string method, string region, string bucket, string key, string? token)
    {
        using var client = new S3Client(Options(region, token));
        var presigned = method == "get_object"
            ? await client.PresignAtAsync(S3Client.Operations.GetObject, new GetObjectRequest { Bucket = bucket, Key = key }, TimeSpan.FromMinutes(15), Instant, default)
            : await client.PresignAtAsync(S3Client.Operations.PutObject, new PutObjectRequest { Bucket = bucket, Key = key }, TimeSpan.FromMinutes(15), Instant, default);
        var args = new List<string> { region, bucket, key, "900", "20260102T030405Z", method };
        if (token is not null) args.Add(token);
        var reference = new Uri(Botocore(args.ToArray()));
        Assert.That(Normalized(presigned.Url), Is.EqualTo(Normalized(reference)));
        Assert.That(presigned.Method, Is.EqualTo(method == "get_object" ? "GET" : "PUT"));
        Assert.That(presigned.Expires, Is.EqualTo(Instant.AddMinutes(15)));
        Assert.That(presigned.Body, Is.Null, "S3 signs UNSIGNED-PAYLOAD: any body may be sent");
    }

    [Test]
    public async Task QueryProtocol_MovesTheFormIntoTheUrl()
    {
        using var client = new STSClient(Options("us-west-2"));
        var presigned = await client.PresignAtAsync(STSClient.Operations.GetCallerIdentity, new GetCallerIdentityRequest(), TimeSpan.FromSeconds(60), Instant, default);
        Assert.That(presigned.Method, Is.EqualTo("GET"));
        Assert.That(presigned.Body, Is.Null);
        var query = presigned.Url.Query.TrimStart('?').Split('&').ToList();
        Assert.That(query, Does.Contain("Action=GetCallerIdentity").And.Contain("Version=2011-06-15").And.Contain("X-Amz-Expires=60"));
        Assert.That(query, Does.Contain("X-Amz-Credential=AKID%2F20260102%2Fus-west-2%2Fsts%2Faws4_request"));
        Assert.That(query.Count(p => p.StartsWith("X-Amz-Signature=", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(presigned.Url.Host, Is.EqualTo("sts.us-west-2.amazonaws.com"));
    }

    [Test]
    public void Presigning_ValidatesTheRequestAndTheExpiry()
    {
        using var client = new S3Client(Options("us-east-1"));
        Assert.ThrowsAsync<AwsValidationException>(() => client.PresignAsync(S3Client.Operations.GetObject, new GetObjectRequest { Bucket = "b" }, TimeSpan.FromMinutes(1)));
        Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.PresignAsync(S3Client.Operations.GetObject, new GetObjectRequest { Bucket = "b", Key = "k" }, TimeSpan.FromDays(8)));
        Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.PresignAsync(S3Client.Operations.GetObject, new GetObjectRequest { Bucket = "b", Key = "k" }, TimeSpan.Zero));
    }
}
