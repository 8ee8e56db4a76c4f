using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Runtime;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Errors;
using AwsCodegen.S3;
using AwsCodegen.Tests.Infrastructure;
using NUnit.Framework;

namespace AwsCodegen.Tests.Protocols.RestXml;

/// <summary>
/// S3's quirks from the customizations table and its endpoint rules and the model's httpChecksum traits, through the generated S3 client
/// and a canned HTTP handler: addressing, errors in 200s, bodyless HEAD errors, bare roots, checksums.
/// </summary>
[TestFixture]
public sealed class S3CustomizationTests
{
    private static HttpResponseMessage Xml(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/xml") };

    private static (S3Client Client, CannedHandler Handler) Client(Func<HttpRequestMessage, HttpResponseMessage> respond, string endpoint = "https://s3.us-east-1.amazonaws.com", bool? pathStyle = null)
    {
        var handler = new CannedHandler(respond);
        var client = new S3Client(new AwsClientOptions
        {
            Region = "us-east-1",
            ServiceUrl = new Uri(endpoint),
            Credentials = new StaticCredentialsProvider("AKID", "SECRET"),
            HttpHandler = handler,
            MaxAttempts = 1,
            ForcePathStyle = pathStyle,
            EnvironmentVariables = name => name is "AWS_CONFIG_FILE" or "AWS_SHARED_CREDENTIALS_FILE" ? "/dev/null" : null,
        });
        return (client, handler);
    }

    private static HttpResponseMessage Ok(HttpRequestMessage _) => new(HttpStatusCode.OK) { Content = new ByteArrayContent(Array.Empty<byte>()) };

    [TestCase("my-bucket", "https://s3.us-east-1.amazonaws.com", null, "https://my-bucket.s3.us-east-1.amazonaws.com/some/key.txt")]
    [TestCase("my-bucket", "https://s3.us-east-1.amazonaws.com", true, "https://s3.us-east-1.amazonaws.com/my-bucket/some/key.txt")]
    [TestCase("dotted.bucket.name", "https://s3.us-east-1.amazonaws.com", null, "https://s3.us-east-1.amazonaws.com/dotted.bucket.name/some/key.txt")]
    [TestCase("Upper_Case", "https://s3.us-east-1.amazonaws.com", null, "https://s3.us-east-1.amazonaws.com/Upper_Case/some/key.txt")]
    [TestCase("my-bucket", "http://127.0.0.1:5000", null, "http://127.0.0.1:5000/my-bucket/some/key.txt")]
    // The rule set moves the bucket into any host name that is not an IP address, localhost included (as botocore
    // does); local servers reached by name need ForcePathStyle.
    [TestCase("my-bucket", "http://localhost:5000/base", null, "http://my-bucket.localhost:5000/base/some/key.txt")]
    [TestCase("my-bucket", "http://localhost:5000/base", true, "http://localhost:5000/base/my-bucket/some/key.txt")]
    [TestCase("my-bucket", "https://minio.example.com:9000", null, "https://my-bucket.minio.example.com:9000/some/key.txt")]
    public async Task Addressing(string bucket, string endpoint, bool? pathStyle, string expected)
    {
        var (client, handler) = Client(Ok, endpoint, pathStyle);
        using (client)
            await client.HeadObjectAsync(new HeadObjectRequest { Bucket = bucket, Key = "some/key.txt" });
        Assert.That(handler.Requests[0].RequestUri!.AbsoluteUri, Is.EqualTo(expected));
    }

    [Test]
    public async Task Addressing_BucketOnlyPath_BecomesRoot()
    {
        var (client, handler) = Client(r => Xml(HttpStatusCode.OK, "<ListBucketResult/>"));
        using (client)
            await client.ListObjectsV2Async(new ListObjectsV2Request { Bucket = "my-bucket", Prefix = "p" });
        Assert.That(handler.Requests[0].RequestUri!.AbsoluteUri, Is.EqualTo("https://my-bucket.s3.us-east-1.amazonaws.com/?list-type=2&prefix=p"));
    }

    [Test]
    public async Task Addressing_ProfileAddressingStyle()
    {
        string dir = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        string config = Path.Combine(dir, "config");
        File.WriteAllText(config, "[default]\nregion = us-east-1\ns3 =\n  addressing_style = path\n");
        try
        {
            var handler = new CannedHandler(Ok);
            using var client = new S3Client(new AwsClientOptions
            {
                ServiceUrl = new Uri("https://s3.us-east-1.amazonaws.com"),
                Credentials = new StaticCredentialsProvider("AKID", "SECRET"),
                HttpHandler = handler,
                EnvironmentVariables = name => name switch { "AWS_CONFIG_FILE" => config, "AWS_SHARED_CREDENTIALS_FILE" => "/dev/null", _ => null },
            });
            Assert.That(client.Configuration.ForcePathStyle, Is.True);
            await client.HeadObjectAsync(new HeadObjectRequest { Bucket = "my-bucket", Key = "k" });
            Assert.That(handler.Requests[0].RequestUri!.AbsoluteUri, Is.EqualTo("https://s3.us-east-1.amazonaws.com/my-bucket/k"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void CopyObject_ErrorInsideA200_IsTheTypedException()
    {
        var (client, _) = Client(r => Xml(HttpStatusCode.OK,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>NoSuchKey</Code><Message>gone</Message><RequestId>r1</RequestId></Error>"));
        using (client)
        {
            var e = Assert.ThrowsAsync<NoSuchKeyException>(() => client.CopyObjectAsync(new CopyObjectRequest { Bucket = "b", Key = "k", CopySource = "b/src" }));
            Assert.That(e!.ErrorCode, Is.EqualTo("NoSuchKey"));
            Assert.That(e.Message, Does.Contain("gone"));
        }
    }

    [Test]
    public async Task CopyObject_Success_IsParsed()
    {
        var (client, _) = Client(r => Xml(HttpStatusCode.OK,
            "<CopyObjectResult><ETag>\"abc\"</ETag><LastModified>2024-01-02T03:04:05.000Z</LastModified></CopyObjectResult>"));
        using (client)
        {
            var result = await client.CopyObjectAsync(new CopyObjectRequest { Bucket = "b", Key = "k", CopySource = "b/src" });
            Assert.That(result.CopyObjectResult!.ETag, Is.EqualTo("\"abc\""));
        }
    }

    [Test]
    public void HeadObject_404WithoutBody_IsNoSuchKey_WithTheStatusAsCode()
    {
        var (client, _) = Client(r => new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new ByteArrayContent(Array.Empty<byte>()) });
        using (client)
        {
            var e = Assert.ThrowsAsync<NoSuchKeyException>(() => client.HeadObjectAsync(new HeadObjectRequest { Bucket = "b", Key = "k" }));
            Assert.That(e!.ErrorCode, Is.EqualTo("404"));
            Assert.That(e.StatusCode, Is.EqualTo(404));
        }
    }

    [Test]
    public void HeadObject_403WithoutBody_IsGeneric()
    {
        var (client, _) = Client(r => new HttpResponseMessage(HttpStatusCode.Forbidden) { Content = new ByteArrayContent(Array.Empty<byte>()) });
        using (client)
        {
            var e = Assert.ThrowsAsync<AwsServiceException>(() => client.HeadObjectAsync(new HeadObjectRequest { Bucket = "b", Key = "k" }));
            Assert.That(e!.GetType(), Is.EqualTo(typeof(AwsServiceException)));
            Assert.That(e.ErrorCode, Is.EqualTo("403"));
        }
    }

    [TestCase("<LocationConstraint xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">eu-west-1</LocationConstraint>", "eu-west-1")]
    [TestCase("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<LocationConstraint xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"/>", null)]
    public async Task GetBucketLocation_BareRoot(string body, string? expected)
    {
        var (client, _) = Client(r => Xml(HttpStatusCode.OK, body));
        using (client)
        {
            var result = await client.GetBucketLocationAsync(new GetBucketLocationRequest { Bucket = "b" });
            Assert.That(result.LocationConstraint?.Value, Is.EqualTo(expected));
        }
    }

    [Test]
    public async Task PutObject_FlexibleChecksum_IsSentInTheHeader()
    {
        var (client, handler) = Client(Ok);
        byte[] data = Encoding.ASCII.GetBytes("123456789");
        using (client)
            await client.PutObjectAsync(new PutObjectRequest { Bucket = "b", Key = "k", Body = new MemoryStream(data), ChecksumAlgorithm = "CRC32" });
        var request = handler.Requests[0];
        Assert.That(request.Headers.GetValues("x-amz-checksum-crc32"), Is.EqualTo(new[] { Convert.ToBase64String(new byte[] { 0xCB, 0xF4, 0x39, 0x26 }) }));
        Assert.That(request.Headers.GetValues("x-amz-sdk-checksum-algorithm"), Is.EqualTo(new[] { "CRC32" }));
        // A stream over https is not hashed for the signature.
        Assert.That(request.Headers.GetValues("x-amz-content-sha256"), Is.EqualTo(new[] { "UNSIGNED-PAYLOAD" }));
    }

    [Test]
    public async Task GetObject_ChecksumValidation()
    {
        byte[] data = Encoding.ASCII.GetBytes("123456789");
        string good = Convert.ToBase64String(new byte[] { 0xE3, 0x06, 0x92, 0x83 });
        string header = good;
        var (client, _) = Client(r =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(data) };
            response.Headers.TryAddWithoutValidation("x-amz-checksum-crc32c", header);
            return response;
        });
        using (client)
        {
            var ok = await client.GetObjectAsync(new GetObjectRequest { Bucket = "b", Key = "k", ChecksumMode = ChecksumMode.Enabled });
            await using (var body = ok.Body!)
                Assert.That(await new StreamReader(body).ReadToEndAsync(), Is.EqualTo("123456789"));

            header = Convert.ToBase64String(new byte[] { 0, 0, 0, 1 });
            var bad = await client.GetObjectAsync(new GetObjectRequest { Bucket = "b", Key = "k", ChecksumMode = ChecksumMode.Enabled });
            await using (var body = bad.Body!)
            {
                var e = Assert.ThrowsAsync<ChecksumMismatchException>(() => body.CopyToAsync(Stream.Null));
                Assert.That(e!.Algorithm, Is.EqualTo("CRC32C"));
                Assert.That(e.Actual, Is.EqualTo(good));
            }

            // Not opted in: validated all the same, since the client validates when supported by default
            // (Checksums/FlexibleChecksumDefaultsTests covers when_required).
            var unasked = await client.GetObjectAsync(new GetObjectRequest { Bucket = "b", Key = "k" });
            await using (var body = unasked.Body!)
                Assert.ThrowsAsync<ChecksumMismatchException>(() => body.CopyToAsync(Stream.Null));
        }
    }

    [Test]
    public void Crc32_KnownVectors()
    {
        byte[] check = Encoding.ASCII.GetBytes("123456789");
        Assert.That(Runtime.Checksums.Crc32.HashIeee(check), Is.EqualTo(0xCBF43926u));
        Assert.That(Runtime.Checksums.Crc32.HashCastagnoli(check), Is.EqualTo(0xE3069283u));
        Assert.That(Runtime.Checksums.Crc32.HashIeee(ReadOnlySpan<byte>.Empty), Is.EqualTo(0u));
        Assert.That(Runtime.Checksums.Crc32.HashCastagnoli(new byte[32]), Is.EqualTo(0x8A9136AAu));
    }

    [TestCase("<Error><Code>X</Code></Error>", true)]
    [TestCase("  \n<?xml version=\"1.0\"?>\n<Error>", true)]
    [TestCase("<CopyObjectResult><Error/></CopyObjectResult>", false)]
    [TestCase("<Errors/>", false)]
    [TestCase("", false)]
    public void IsErrorDocument(string body, bool expected) =>
        Assert.That(AwsServiceClient.IsErrorDocument(Encoding.UTF8.GetBytes(body)), Is.EqualTo(expected));
}
