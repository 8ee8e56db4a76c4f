using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Errors;
using AwsCodegen.S3;
using AwsCodegen.Tests.Infrastructure;
using NUnit.Framework;

namespace AwsCodegen.Tests.Integration;

/// <summary>The generated S3 client (rest-xml) against moto with signature checking on, path-style addressing.</summary>
[TestFixture]
[Category("Integration")]
public sealed class S3IntegrationTests
{
    private MotoServer _moto = null!;
    private S3Client _client = null!;

    [OneTimeSetUp]
    public void CreateClient()
    {
        _moto = MotoServer.Shared;
        var options = IntegrationSupport.Options(_moto);
        options.ForcePathStyle = true;
        _client = new S3Client(options);
    }

    [OneTimeTearDown]
    public void DisposeClient() => _client?.Dispose();

    private static string BucketName() => "s3-" + Guid.NewGuid().ToString("N").Substring(0, 20);

    private async Task<string> NewBucketAsync()
    {
        string bucket = BucketName();
        await _client.CreateBucketAsync(new CreateBucketRequest { Bucket = bucket });
        return bucket;
    }

    private Task PutTextAsync(string bucket, string key, string text) =>
        _client.PutObjectAsync(new PutObjectRequest { Bucket = bucket, Key = key, Body = new MemoryStream(Encoding.UTF8.GetBytes(text)) });

    private static async Task<byte[]> ReadAllAsync(Stream? stream)
    {
        Assert.That(stream, Is.Not.Null);
        await using (stream)
        {
            using var copy = new MemoryStream();
            await stream!.CopyToAsync(copy);
            return copy.ToArray();
        }
    }

    [Test]
    public async Task Buckets_CreateListLocateDelete()
    {
        string bucket = await NewBucketAsync();
        var list = await _client.ListBucketsAsync(new ListBucketsRequest());
        Assert.That(list.Buckets!.Select(b => b.Name), Does.Contain(bucket));

        // us-east-1 answers a bare, empty <LocationConstraint/>.
        var location = await _client.GetBucketLocationAsync(new GetBucketLocationRequest { Bucket = bucket });
        Assert.That(location.LocationConstraint, Is.Null);
        await _client.HeadBucketAsync(new HeadBucketRequest { Bucket = bucket });

        await _client.DeleteBucketAsync(new DeleteBucketRequest { Bucket = bucket });
        list = await _client.ListBucketsAsync(new ListBucketsRequest());
        Assert.That(list.Buckets?.Select(b => b.Name) ?? Enumerable.Empty<string?>(), Does.Not.Contain(bucket));
        var missing = Assert.ThrowsAsync<NoSuchBucketException>(() => _client.HeadBucketAsync(new HeadBucketRequest { Bucket = bucket }));
        Assert.That(missing!.StatusCode, Is.EqualTo(404));
    }

    [Test]
    public async Task Objects_PutGetHead_WithMetadata()
    {
        string bucket = await NewBucketAsync();
        // moto rebuilds the URL through werkzeug, which decodes %2B, %2A, %28 and non-ASCII before it checks the signature,
        // so keys with those characters fail there (not on S3); spaces and slashes survive.
        string key = "dir/with space/file.txt";
        byte[] data = Encoding.UTF8.GetBytes("hello, S3 ✓");
        var put = await _client.PutObjectAsync(new PutObjectRequest
        {
            Bucket = bucket,
            Key = key,
            Body = new MemoryStream(data),
            ContentType = "text/plain; charset=utf-8",
            Metadata = new() { ["color"] = "blue", ["owner"] = "tests" },
            Expires = "not a date, and that is fine",
        });
        Assert.That(put.ETag, Is.EqualTo("\"" + Convert.ToHexStringLower(MD5.HashData(data)) + "\""));

        var get = await _client.GetObjectAsync(new GetObjectRequest { Bucket = bucket, Key = key });
        Assert.That(await ReadAllAsync(get.Body), Is.EqualTo(data));
        Assert.That(get.ContentType, Is.EqualTo("text/plain; charset=utf-8"));
        Assert.That(get.ContentLength, Is.EqualTo(data.Length));
        Assert.That(get.Metadata, Is.EquivalentTo(new Dictionary<string, string> { ["color"] = "blue", ["owner"] = "tests" }));
        Assert.That(get.ETag, Is.EqualTo(put.ETag));

        var head = await _client.HeadObjectAsync(new HeadObjectRequest { Bucket = bucket, Key = key });
        Assert.That(head.ContentLength, Is.EqualTo(data.Length));
        Assert.That(head.Metadata!["color"], Is.EqualTo("blue"));
        Assert.That(head.Expires, Is.EqualTo("not a date, and that is fine"));
    }

    [Test]
    public async Task Objects_RangedGet()
    {
        string bucket = await NewBucketAsync();
        await PutTextAsync(bucket, "digits", "0123456789abcdefghij");
        var get = await _client.GetObjectAsync(new GetObjectRequest { Bucket = bucket, Key = "digits", Range = "bytes=10-14" });
        Assert.That(Encoding.ASCII.GetString(await ReadAllAsync(get.Body)), Is.EqualTo("abcde"));
        Assert.That(get.ContentRange, Is.EqualTo("bytes 10-14/20"));
        Assert.That(get.HttpStatusCode, Is.EqualTo(206));
    }

    [Test]
    public async Task Errors_AreTyped()
    {
        string bucket = await NewBucketAsync();
        var noKey = Assert.ThrowsAsync<NoSuchKeyException>(() => _client.GetObjectAsync(new GetObjectRequest { Bucket = bucket, Key = "absent" }));
        Assert.That(noKey!.ErrorCode, Is.EqualTo("NoSuchKey"));
        Assert.That(noKey.StatusCode, Is.EqualTo(404));

        // HEAD has no body: the status names the error, as botocore's "404", and the model's 404 error types it.
        var headMissing = Assert.ThrowsAsync<NoSuchKeyException>(() => _client.HeadObjectAsync(new HeadObjectRequest { Bucket = bucket, Key = "absent" }));
        Assert.That(headMissing!.ErrorCode, Is.EqualTo("404"));

        string absentBucket = BucketName();
        var noBucket = Assert.ThrowsAsync<NoSuchBucketException>(() => _client.ListObjectsV2Async(new ListObjectsV2Request { Bucket = absentBucket }));
        Assert.That(noBucket!.ErrorCode, Is.EqualTo("NoSuchBucket"));
    }

    /// <remarks>
    /// The delimiter is '.', not '/': moto checks signatures against a URL whose query werkzeug has percent-decoded,
    /// so "prefix=a%2F" (correct SigV4) is checked as "prefix=a/" and fails there. Unreserved characters are never encoded.
    /// </remarks>
    [Test]
    public async Task List_V1AndV2_PrefixDelimiterAndPages()
    {
        string bucket = await NewBucketAsync();
        string[] keys = { "a.1", "a.2", "a.3", "a.sub.4", "a.sub.5", "b.6", "top" };
        foreach (var key in keys) await PutTextAsync(bucket, key, key);

        // v2, two keys a page, under "a.": five keys in three pages.
        var seen = new List<string>();
        string? token = null;
        int pages = 0;
        do
        {
            var page = await _client.ListObjectsV2Async(new ListObjectsV2Request { Bucket = bucket, Prefix = "a.", MaxKeys = 2, ContinuationToken = token });
            pages++;
            seen.AddRange(page.Contents!.Select(o => o.Key!));
            token = page.IsTruncated == true ? page.NextContinuationToken : null;
            Assert.That(page.KeyCount, Is.EqualTo(page.Contents!.Count));
        }
        while (token is not null);
        Assert.That(pages, Is.EqualTo(3));
        Assert.That(seen, Is.EqualTo(new[] { "a.1", "a.2", "a.3", "a.sub.4", "a.sub.5" }));

        // v2 with a delimiter: direct children and common prefixes.
        var tree = await _client.ListObjectsV2Async(new ListObjectsV2Request { Bucket = bucket, Delimiter = "." });
        Assert.That(tree.Contents!.Select(o => o.Key), Is.EqualTo(new[] { "top" }));
        Assert.That(tree.CommonPrefixes!.Select(p => p.Prefix), Is.EqualTo(new[] { "a.", "b." }));

        // v1 with markers.
        var v1Seen = new List<string>();
        string? marker = null;
        int v1Pages = 0;
        while (true)
        {
            var page = await _client.ListObjectsAsync(new ListObjectsRequest { Bucket = bucket, MaxKeys = 3, Marker = marker });
            v1Pages++;
            v1Seen.AddRange(page.Contents!.Select(o => o.Key!));
            if (page.IsTruncated != true) break;
            marker = page.NextMarker ?? page.Contents!.Last().Key;
        }
        Assert.That(v1Pages, Is.EqualTo(3));
        Assert.That(v1Seen, Is.EqualTo(keys.OrderBy(k => k, StringComparer.Ordinal)));

        var v1Tree = await _client.ListObjectsAsync(new ListObjectsRequest { Bucket = bucket, Prefix = "a.", Delimiter = "." });
        Assert.That(v1Tree.Contents!.Select(o => o.Key), Is.EqualTo(new[] { "a.1", "a.2", "a.3" }));
        Assert.That(v1Tree.CommonPrefixes!.Select(p => p.Prefix), Is.EqualTo(new[] { "a.sub." }));
    }

    [Test]
    public async Task Delete_OneAndBatch()
    {
        string bucket = await NewBucketAsync();
        foreach (var key in new[] { "k1", "k2", "k3", "k4" }) await PutTextAsync(bucket, key, key);
        await _client.DeleteObjectAsync(new DeleteObjectRequest { Bucket = bucket, Key = "k1" });

        // DeleteObjects requires a checksum: Content-MD5 is computed from the XML body.
        var batch = await _client.DeleteObjectsAsync(new DeleteObjectsRequest
        {
            Bucket = bucket,
            Delete = new Delete { Objects = new() { new ObjectIdentifier { Key = "k2" }, new ObjectIdentifier { Key = "k3" } } },
        });
        Assert.That(batch.Deleted!.Select(d => d.Key).OrderBy(k => k), Is.EqualTo(new[] { "k2", "k3" }));
        var left = await _client.ListObjectsV2Async(new ListObjectsV2Request { Bucket = bucket });
        Assert.That(left.Contents!.Select(o => o.Key), Is.EqualTo(new[] { "k4" }));
    }

    [Test]
    public async Task Copy_KeepsDataAndMetadata()
    {
        string bucket = await NewBucketAsync();
        await _client.PutObjectAsync(new PutObjectRequest
        {
            Bucket = bucket,
            Key = "source",
            Body = new MemoryStream(Encoding.UTF8.GetBytes("copy me")),
            Metadata = new() { ["kept"] = "yes" },
        });
        var copy = await _client.CopyObjectAsync(new CopyObjectRequest { Bucket = bucket, Key = "target", CopySource = bucket + "/source" });
        Assert.That(copy.CopyObjectResult?.ETag, Is.Not.Null.And.Not.Empty);
        var get = await _client.GetObjectAsync(new GetObjectRequest { Bucket = bucket, Key = "target" });
        Assert.That(Encoding.UTF8.GetString(await ReadAllAsync(get.Body)), Is.EqualTo("copy me"));
        Assert.That(get.Metadata!["kept"], Is.EqualTo("yes"));

        Assert.ThrowsAsync<NoSuchKeyException>(() =>
            _client.CopyObjectAsync(new CopyObjectRequest { Bucket = bucket, Key = "t2", CopySource = bucket + "/absent" }));
    }

    [Test]
    public async Task Checksums_FlexibleOnUpload_ValidatedOnDownload()
    {
        string bucket = await NewBucketAsync();
        byte[] data = Encoding.UTF8.GetBytes("checksummed content");
        await _client.PutObjectAsync(new PutObjectRequest
        {
            Bucket = bucket,
            Key = "c",
            Body = new MemoryStream(data),
            ChecksumAlgorithm = "CRC32C",
        });
        var get = await _client.GetObjectAsync(new GetObjectRequest { Bucket = bucket, Key = "c", ChecksumMode = ChecksumMode.Enabled });
        Assert.That(await ReadAllAsync(get.Body), Is.EqualTo(data));
        Assert.That(get.ChecksumCRC32C, Is.EqualTo(Convert.ToBase64String(BigEndian(Runtime.Checksums.Crc32.HashCastagnoli(data)))));
    }

    private static byte[] BigEndian(uint value) => new[] { (byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value };

    [Test]
    public async Task Multipart_FromTempFile_Over16MB()
    {
        string bucket = await NewBucketAsync();
        const int partSize = 5 * 1024 * 1024;
        const long total = 17L * 1024 * 1024 + 123;
        string path = Path.GetTempFileName();
        try
        {
            using (var file = File.Create(path))
            using (var source = new PatternStream(total, seed: 7))
                await source.CopyToAsync(file);

            var created = await _client.CreateMultipartUploadAsync(new CreateMultipartUploadRequest { Bucket = bucket, Key = "big" });
            var parts = new List<CompletedPart>();
            await using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true))
            {
                int number = 1;
                for (long offset = 0; offset < total; offset += partSize, number++)
                {
                    long length = Math.Min(partSize, total - offset);
                    var window = new WindowStream(file, offset, length);
                    var part = await _client.UploadPartAsync(new UploadPartRequest
                    {
                        Bucket = bucket,
                        Key = "big",
                        UploadId = created.UploadId,
                        PartNumber = number,
                        Body = window,
                        ContentLength = length,
                    });
                    parts.Add(new CompletedPart { PartNumber = number, ETag = part.ETag });
                }
            }
            Assert.That(parts, Has.Count.EqualTo(4));
            var done = await _client.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest
            {
                Bucket = bucket,
                Key = "big",
                UploadId = created.UploadId,
                MultipartUpload = new CompletedMultipartUpload { Parts = parts },
            });
            Assert.That(done.ETag, Does.EndWith("-4\""));

            var head = await _client.HeadObjectAsync(new HeadObjectRequest { Bucket = bucket, Key = "big" });
            Assert.That(head.ContentLength, Is.EqualTo(total));
            var get = await _client.GetObjectAsync(new GetObjectRequest { Bucket = bucket, Key = "big" });
            await using var body = get.Body!;
            Assert.That(Convert.ToHexString(await SHA256.HashDataAsync(body)), Is.EqualTo(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)))));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// 200 MB up and down through a non-seekable generated stream: nothing may buffer the object. Managed memory is
    /// sampled during both transfers; its peak growth must stay far below the object's size.
    /// </summary>
    [Test]
    public async Task Streaming_LargeObject_IsNotBuffered()
    {
        string bucket = await NewBucketAsync();
        const long size = 200L * 1024 * 1024;
        const long limit = 32L * 1024 * 1024;

        using var uploadSampler = MemorySampler.Start();
        using (var source = new PatternStream(size, seed: 42))
        {
            await _client.PutObjectAsync(new PutObjectRequest { Bucket = bucket, Key = "large", Body = source, ContentLength = size });
            Assert.That(source.Position, Is.EqualTo(size));
        }
        long uploadGrowth = uploadSampler.Stop();

        using var downloadSampler = MemorySampler.Start();
        var get = await _client.GetObjectAsync(new GetObjectRequest { Bucket = bucket, Key = "large" });
        Assert.That(get.ContentLength, Is.EqualTo(size));
        long read = 0;
        bool same = true;
        await using (var body = get.Body!)
        using (var expected = new PatternStream(size, seed: 42))
        {
            byte[] buffer = new byte[64 * 1024], want = new byte[64 * 1024];
            int n;
            while ((n = await body.ReadAsync(buffer)) > 0)
            {
                expected.ReadExactly(want, 0, n);
                same &= buffer.AsSpan(0, n).SequenceEqual(want.AsSpan(0, n));
                read += n;
            }
        }
        long downloadGrowth = downloadSampler.Stop();
        TestContext.Out.WriteLine($"200 MB object: peak managed growth upload {uploadGrowth / 1024 / 1024.0:F1} MB, download {downloadGrowth / 1024 / 1024.0:F1} MB");

        Assert.That(read, Is.EqualTo(size));
        Assert.That(same, Is.True, "the downloaded bytes differ from the uploaded ones");
        Assert.That(uploadGrowth, Is.LessThan(limit), "the upload buffered the body");
        Assert.That(downloadGrowth, Is.LessThan(limit), "the download buffered the body");
        await _client.DeleteObjectAsync(new DeleteObjectRequest { Bucket = bucket, Key = "large" });
    }

    /// <summary>Samples GC.GetTotalMemory every few milliseconds and reports the peak above the starting point.</summary>
    private sealed class MemorySampler : IDisposable
    {
        private readonly long _baseline;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;
        private long _peak;

        private MemorySampler()
        {
            _baseline = GC.GetTotalMemory(forceFullCollection: true);
            _peak = _baseline;
            _loop = Task.Run(async () =>
            {
                while (!_stop.IsCancellationRequested)
                {
                    long now = GC.GetTotalMemory(false);
                    if (now > Interlocked.Read(ref _peak)) Interlocked.Exchange(ref _peak, now);
                    try { await Task.Delay(5, _stop.Token); } catch (OperationCanceledException) { }
                }
            });
        }

        public static MemorySampler Start() => new();

        public long Stop()
        {
            _stop.Cancel();
            _loop.Wait();
            long now = GC.GetTotalMemory(false);
            return Math.Max(now, Interlocked.Read(ref _peak)) - _baseline;
        }

        public void Dispose() => _stop.Dispose();
    }

    /// <summary>
    /// A presigned PUT and GET made by a plain HttpClient. moto 5.2.1 with signature checking on fails every
    /// presigned request (it looks for an Authorization header, with botocore's URLs too), so this runs on a private
    /// moto with checking off: it proves the URLs address the object; the signatures themselves are compared with
    /// botocore's in PresignTests.
    /// </summary>
    [Test]
    public async Task PresignedUrls_UploadAndDownloadWithoutCredentials()
    {
        using var moto = await MotoServer.StartAsync(authentication: false);
        var options = IntegrationSupport.Options(moto);
        options.ForcePathStyle = true;
        using var client = new S3Client(options);
        string bucket = BucketName();
        await client.CreateBucketAsync(new CreateBucketRequest { Bucket = bucket });
        byte[] content = Encoding.UTF8.GetBytes("presigned upload " + Guid.NewGuid());
        var put = await client.PresignAsync(S3Client.Operations.PutObject, new PutObjectRequest { Bucket = bucket, Key = "dir/file name.txt" }, TimeSpan.FromMinutes(5));
        var get = await client.PresignAsync(S3Client.Operations.GetObject, new GetObjectRequest { Bucket = bucket, Key = "dir/file name.txt" }, TimeSpan.FromMinutes(5));
        Assert.That(get.Url.AbsolutePath, Is.EqualTo($"/{bucket}/dir/file%20name.txt"));

        // A plain HttpClient: no SDK, no credentials, only the URL.
        using var http = new System.Net.Http.HttpClient();
        using (var upload = new System.Net.Http.HttpRequestMessage(System.Net.Http.HttpMethod.Put, put.Url) { Content = new System.Net.Http.ByteArrayContent(content) })
        using (var uploaded = await http.SendAsync(upload))
            Assert.That((int)uploaded.StatusCode, Is.EqualTo(200), await uploaded.Content.ReadAsStringAsync());
        Assert.That(await http.GetByteArrayAsync(get.Url), Is.EqualTo(content));
    }
}

/// <summary>A non-seekable stream of <c>length</c> deterministic pseudo-random bytes, made on the fly.</summary>
internal sealed class PatternStream : Stream
{
    private readonly long _length;
    private long _position;
    private uint _state;

    public PatternStream(long length, uint seed)
    {
        _length = length;
        _state = seed | 1;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _position; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n = (int)Math.Min(buffer.Length, _length - _position);
        for (int i = 0; i < n; i++)
        {
            // xorshift32: cheap, deterministic, not compressible.
            _state ^= _state << 13;
            _state ^= _state >> 17;
            _state ^= _state << 5;
            buffer[i] = (byte)_state;
        }
        _position += n;
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));
}

/// <summary>A seekable read-only window [offset, offset + length) of another seekable stream: one part of a file.</summary>
internal sealed class WindowStream : Stream
{
    private readonly Stream _inner;
    private readonly long _offset;
    private readonly long _length;
    private long _position;

    public WindowStream(Stream inner, long offset, long length)
    {
        _inner = inner;
        _offset = offset;
        _length = length;
    }

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length => _length;
    public override long Position { get => _position; set => _position = Math.Clamp(value, 0, _length); }
    public override void Flush() { }
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch { SeekOrigin.Begin => offset, SeekOrigin.Current => _position + offset, _ => _length + offset };
        return _position;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n = (int)Math.Min(buffer.Length, _length - _position);
        if (n <= 0) return 0;
        _inner.Position = _offset + _position;
        n = _inner.Read(buffer[..n]);
        _position += n;
        return n;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int n = (int)Math.Min(buffer.Length, _length - _position);
        if (n <= 0) return 0;
        _inner.Position = _offset + _position;
        n = await _inner.ReadAsync(buffer[..n], cancellationToken).ConfigureAwait(false);
        _position += n;
        return n;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
}
