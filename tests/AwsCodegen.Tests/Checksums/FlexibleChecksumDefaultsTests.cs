using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using AwsCodegen.Runtime;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Checksums;
using AwsCodegen.Runtime.Errors;
using AwsCodegen.S3;
using AwsCodegen.Tests.Infrastructure;
using NUnit.Framework;

namespace AwsCodegen.Tests.Checksums;

/// <summary>
/// The checksum policy's defaults, through the generated S3 client and a canned handler: CRC32 on every operation
/// with httpChecksum unless the client calculates only when required; GetObject's validation mode ENABLED unless the
/// client validates only when required; the settings from options, the environment and the profile.
/// </summary>
[TestFixture]
public sealed class FlexibleChecksumDefaultsTests
{
    private static readonly byte[] Data = Encoding.ASCII.GetBytes("123456789");
    private static readonly string Crc32OfData = Convert.ToBase64String(new byte[] { 0xCB, 0xF4, 0x39, 0x26 });

    private static (S3Client Client, CannedHandler Handler) Client(Func<HttpRequestMessage, HttpResponseMessage>? respond = null,
        RequestChecksumCalculation? calculation = null, ResponseChecksumValidation? validation = null, Func<string, string?>? env = null)
    {
        var handler = new CannedHandler(respond ?? (_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(Array.Empty<byte>()) }));
        var client = new S3Client(new AwsClientOptions
        {
            Region = "us-east-1",
            ServiceUrl = new Uri("http://127.0.0.1:1"),
            Credentials = new StaticCredentialsProvider("AKID", "SECRET"),
            HttpHandler = handler,
            MaxAttempts = 1,
            ForcePathStyle = true,
            RequestChecksumCalculation = calculation,
            ResponseChecksumValidation = validation,
            EnvironmentVariables = env ?? (name => name is "AWS_CONFIG_FILE" or "AWS_SHARED_CREDENTIALS_FILE" ? "/dev/null" : null),
        });
        return (client, handler);
    }

    private static string? Header(HttpRequestMessage request, string name) =>
        request.Headers.TryGetValues(name, out var values) ? string.Join(",", values) :
        request.Content is { } content && content.Headers.TryGetValues(name, out var contentValues) ? string.Join(",", contentValues) : null;

    private static string[] ChecksumHeaders(HttpRequestMessage request) =>
        request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<System.Collections.Generic.KeyValuePair<string, System.Collections.Generic.IEnumerable<string>>>())
            .Select(h => h.Key.ToLowerInvariant()).Where(k => k.StartsWith("x-amz-checksum-") || k == "x-amz-sdk-checksum-algorithm" || k == "content-md5").OrderBy(k => k).ToArray();

    [Test]
    public async Task PutObject_without_an_algorithm_sends_CRC32_by_default()
    {
        byte[]? sent = null;
        var (client, handler) = Client(r =>
        {
            sent = r.Content!.ReadAsByteArrayAsync().GetAwaiter().GetResult();
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(Array.Empty<byte>()) };
        });
        using (client)
        {
            await client.PutObjectAsync(new PutObjectRequest { Bucket = "b", Key = "bytes", Body = new MemoryStream(Data) });
        }
        var request = handler.Requests.Single();
        Assert.That(Header(request, "x-amz-checksum-crc32"), Is.EqualTo(Crc32OfData));
        Assert.That(Header(request, "x-amz-sdk-checksum-algorithm"), Is.EqualTo("CRC32"));
        Assert.That(sent, Is.EqualTo(Data), "the stream was rewound after hashing");
    }

    [Test]
    public async Task When_required_PutObject_carries_no_checksum_and_DeleteObjects_still_does()
    {
        byte[]? deleteBody = null;
        var (client, handler) = Client(r =>
        {
            if (r.Method == HttpMethod.Post) deleteBody = r.Content!.ReadAsByteArrayAsync().GetAwaiter().GetResult();
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(r.Method == HttpMethod.Post ? "<DeleteResult/>" : "", Encoding.UTF8, "application/xml") };
        }, calculation: RequestChecksumCalculation.WhenRequired);
        using (client)
        {
            await client.PutObjectAsync(new PutObjectRequest { Bucket = "b", Key = "k", Body = new MemoryStream(Data) });
            await client.DeleteObjectsAsync(new DeleteObjectsRequest { Bucket = "b", Delete = new Delete { Objects = new() { new ObjectIdentifier { Key = "k" } } } });
        }
        Assert.That(ChecksumHeaders(handler.Requests[0]), Is.Empty);
        // DeleteObjects requires a checksum (httpChecksum.requestChecksumRequired): CRC32, as botocore sends it, not MD5.
        Assert.That(ChecksumHeaders(handler.Requests[1]), Is.EqualTo(new[] { "x-amz-checksum-crc32", "x-amz-sdk-checksum-algorithm" }));
        uint crc = Runtime.Checksums.Crc32.HashIeee(deleteBody);
        Assert.That(Header(handler.Requests[1], "x-amz-checksum-crc32"), Is.EqualTo(Convert.ToBase64String(new[] { (byte)(crc >> 24), (byte)(crc >> 16), (byte)(crc >> 8), (byte)crc })));
    }

    [Test]
    public async Task The_callers_algorithm_and_the_callers_own_checksum_win()
    {
        var (client, handler) = Client();
        using (client)
        {
            await client.PutObjectAsync(new PutObjectRequest { Bucket = "b", Key = "sha", Body = new MemoryStream(Data), ChecksumAlgorithm = "sha256" });
            await client.PutObjectAsync(new PutObjectRequest { Bucket = "b", Key = "own", Body = new MemoryStream(Data), ChecksumSHA1 = "precomputed" });
        }
        Assert.That(ChecksumHeaders(handler.Requests[0]), Is.EqualTo(new[] { "x-amz-checksum-sha256", "x-amz-sdk-checksum-algorithm" }));
        Assert.That(Header(handler.Requests[0], "x-amz-checksum-sha256"), Is.EqualTo(Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Data))));
        Assert.That(Header(handler.Requests[0], "x-amz-sdk-checksum-algorithm"), Is.EqualTo("SHA256"));
        Assert.That(ChecksumHeaders(handler.Requests[1]), Is.EqualTo(new[] { "x-amz-checksum-sha1" }));
        Assert.That(Header(handler.Requests[1], "x-amz-checksum-sha1"), Is.EqualTo("precomputed"));
    }

    [Test]
    public async Task A_stream_that_cannot_be_rewound_is_sent_without_a_default_checksum_but_a_chosen_one_is_an_error()
    {
        var (client, handler) = Client();
        using (client)
        {
            await client.PutObjectAsync(new PutObjectRequest { Bucket = "b", Key = "k", Body = new ForwardOnlyStream(Data), ContentLength = Data.Length });
            Assert.That(ChecksumHeaders(handler.Requests.Single()), Is.Empty);
            var e = Assert.ThrowsAsync<AwsClientException>(() => client.PutObjectAsync(
                new PutObjectRequest { Bucket = "b", Key = "k", Body = new ForwardOnlyStream(Data), ContentLength = Data.Length, ChecksumAlgorithm = "CRC32C" }));
            Assert.That(e!.Message, Does.Contain("CRC32C checksum of a stream body needs a seekable stream"));
        }
        Assert.That(handler.Requests, Has.Count.EqualTo(1), "the failing call sent nothing");
    }

    [Test]
    public async Task GetObject_validates_by_default_and_only_on_request_when_required()
    {
        string header = Convert.ToBase64String(new byte[] { 0, 0, 0, 1 });
        HttpResponseMessage Respond(HttpRequestMessage _)
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(Data) };
            response.Headers.TryAddWithoutValidation("x-amz-checksum-crc32", header);
            return response;
        }
        var (byDefault, defaultHandler) = Client(Respond);
        using (byDefault)
        {
            var response = await byDefault.GetObjectAsync(new GetObjectRequest { Bucket = "b", Key = "k" });
            await using var body = response.Body!;
            var e = Assert.ThrowsAsync<ChecksumMismatchException>(() => body.CopyToAsync(Stream.Null));
            Assert.That(e!.Expected, Is.EqualTo(header));
        }
        Assert.That(Header(defaultHandler.Requests.Single(), "x-amz-checksum-mode"), Is.EqualTo("ENABLED"));

        var (whenRequired, requiredHandler) = Client(Respond, validation: ResponseChecksumValidation.WhenRequired);
        using (whenRequired)
        {
            var unchecked_ = await whenRequired.GetObjectAsync(new GetObjectRequest { Bucket = "b", Key = "k" });
            await using (var body = unchecked_.Body!) await body.CopyToAsync(Stream.Null);
            var asked = await whenRequired.GetObjectAsync(new GetObjectRequest { Bucket = "b", Key = "k", ChecksumMode = ChecksumMode.Enabled });
            await using (var body = asked.Body!) Assert.ThrowsAsync<ChecksumMismatchException>(() => body.CopyToAsync(Stream.Null));
        }
        Assert.That(Header(requiredHandler.Requests[0], "x-amz-checksum-mode"), Is.Null);
        Assert.That(Header(requiredHandler.Requests[1], "x-amz-checksum-mode"), Is.EqualTo("ENABLED"));
    }

    [Test]
    public void The_settings_come_from_the_environment_then_the_profile_in_any_case_and_a_bad_value_names_its_source()
    {
        string config = Path.Combine(Path.GetTempPath(), "awscg-checksum-config-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(config, "[default]\nrequest_checksum_calculation = WHEN_REQUIRED\nresponse_checksum_validation = when_required\n");
        try
        {
            Func<string, string?> Env(params (string Name, string Value)[] set) => name =>
                name == "AWS_CONFIG_FILE" ? config : name == "AWS_SHARED_CREDENTIALS_FILE" ? "/dev/null" : set.FirstOrDefault(s => s.Name == name).Value;
            var (fromProfile, _) = Client(env: Env());
            using (fromProfile)
            {
                Assert.That(fromProfile.Configuration.RequestChecksumCalculation, Is.EqualTo(RequestChecksumCalculation.WhenRequired));
                Assert.That(fromProfile.Configuration.ResponseChecksumValidation, Is.EqualTo(ResponseChecksumValidation.WhenRequired));
            }
            var (fromEnv, _) = Client(env: Env(("AWS_REQUEST_CHECKSUM_CALCULATION", "When_Supported")));
            using (fromEnv)
            {
                Assert.That(fromEnv.Configuration.RequestChecksumCalculation, Is.EqualTo(RequestChecksumCalculation.WhenSupported));
                Assert.That(fromEnv.Configuration.ResponseChecksumValidation, Is.EqualTo(ResponseChecksumValidation.WhenRequired));
            }
            var (fromOptions, _) = Client(calculation: RequestChecksumCalculation.WhenSupported, env: Env(("AWS_REQUEST_CHECKSUM_CALCULATION", "when_required")));
            using (fromOptions)
                Assert.That(fromOptions.Configuration.RequestChecksumCalculation, Is.EqualTo(RequestChecksumCalculation.WhenSupported));
            var e = Assert.Throws<AwsClientException>(() => Client(env: Env(("AWS_RESPONSE_CHECKSUM_VALIDATION", "always"))));
            Assert.That(e!.Message, Is.EqualTo("AWS_RESPONSE_CHECKSUM_VALIDATION: unknown value 'always' (expected when_supported or when_required)."));
        }
        finally
        {
            File.Delete(config);
        }
    }

    [Test]
    public async Task The_default_checksum_is_computed_once_per_call_not_per_attempt()
    {
        int attempts = 0;
        var handler = new CannedHandler(_ => ++attempts == 1
            ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = new StringContent("<Error><Code>SlowDown</Code></Error>") }
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(Array.Empty<byte>()) });
        using var client = new S3Client(new AwsClientOptions
        {
            Region = "us-east-1", ServiceUrl = new Uri("http://127.0.0.1:1"), ForcePathStyle = true, MaxAttempts = 2,
            Credentials = new StaticCredentialsProvider("AKID", "SECRET"), HttpHandler = handler,
            EnvironmentVariables = name => name is "AWS_CONFIG_FILE" or "AWS_SHARED_CREDENTIALS_FILE" ? "/dev/null" : null,
        });
        await client.PutObjectAsync(new PutObjectRequest { Bucket = "b", Key = "k", Body = new MemoryStream(Data) });
        Assert.That(handler.Requests, Has.Count.EqualTo(2));
        foreach (var request in handler.Requests)
            Assert.That(request.Headers.GetValues("x-amz-checksum-crc32"), Is.EqualTo(new[] { Crc32OfData }), "one header per attempt, the same value");
    }
}
