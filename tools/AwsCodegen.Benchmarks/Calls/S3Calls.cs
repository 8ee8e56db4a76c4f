using System;
using System.Threading.Tasks;
using AwsCodegen.Benchmarks.Fixtures;

namespace AwsCodegen.Benchmarks.Calls;

/// <summary>
/// PutObject (1 KiB) and GetObject (1 KiB, 1 MiB) through each of the three clients, path-style. GetObject reads the
/// whole body stream, as a caller must, and returns its length.
/// </summary>
public sealed class S3Calls : ClientTrio<AwsCodegen.S3.S3Client, Amazon.S3.AmazonS3Client>
{
    private readonly Uri _smallObjectUri;
    private readonly Uri _largeObjectUri;

    public S3Calls(Uri endpoint) : base(endpoint, OurSdk.S3, Fixtures.AwsSdk.S3)
    {
        _smallObjectUri = Raw.ObjectUri(BenchmarkData.SmallObjectKey);
        _largeObjectUri = Raw.ObjectUri(BenchmarkData.LargeObjectKey);
    }

    public Task<int> RawPutObjectAsync() => Raw.PutObjectAsync();

    public async Task<string?> OursPutObjectAsync() =>
        (await Ours.PutObjectAsync(OurSdk.PutObject()).ConfigureAwait(false)).ETag;

    public async Task<string?> AwsSdkPutObjectAsync(bool useChunkEncoding = true) =>
        (await AwsSdk.PutObjectAsync(Fixtures.AwsSdk.PutObject(useChunkEncoding)).ConfigureAwait(false)).ETag;

    public Task<long> RawGetSmallObjectAsync() => Raw.GetObjectAsync(_smallObjectUri);
    public Task<long> OursGetSmallObjectAsync() => OursGetObjectAsync(BenchmarkData.SmallObjectKey);
    public Task<long> AwsSdkGetSmallObjectAsync() => AwsSdkGetObjectAsync(BenchmarkData.SmallObjectKey);

    public Task<long> RawGetLargeObjectAsync() => Raw.GetObjectAsync(_largeObjectUri);
    public Task<long> OursGetLargeObjectAsync() => OursGetObjectAsync(BenchmarkData.LargeObjectKey);
    public Task<long> AwsSdkGetLargeObjectAsync() => AwsSdkGetObjectAsync(BenchmarkData.LargeObjectKey);

    private async Task<long> OursGetObjectAsync(string key)
    {
        var response = await Ours.GetObjectAsync(OurSdk.GetObject(key)).ConfigureAwait(false);
        await using var body = response.Body!;
        return await Drain.ToEndAsync(body).ConfigureAwait(false);
    }

    private async Task<long> AwsSdkGetObjectAsync(string key)
    {
        using var response = await AwsSdk.GetObjectAsync(Fixtures.AwsSdk.GetObject(key)).ConfigureAwait(false);
        return await Drain.ToEndAsync(response.ResponseStream).ConfigureAwait(false);
    }

    public override async Task VerifyAsync()
    {
        string etag = Stub.StubRoutes.PutObjectETag;
        Expect.Equal(0, await RawPutObjectAsync(), "raw PutObject body length");
        Expect.Equal(etag, await OursPutObjectAsync(), "our PutObject ETag");
        Expect.Equal(etag, await AwsSdkPutObjectAsync(), "AWSSDK PutObject ETag");
        Expect.Equal(etag, await AwsSdkPutObjectAsync(useChunkEncoding: false), "AWSSDK PutObject ETag (unchunked)");
        Expect.Equal((long)BenchmarkData.SmallObjectSize, await RawGetSmallObjectAsync(), "raw GetObject 1 KiB");
        Expect.Equal((long)BenchmarkData.SmallObjectSize, await OursGetSmallObjectAsync(), "our GetObject 1 KiB");
        Expect.Equal((long)BenchmarkData.SmallObjectSize, await AwsSdkGetSmallObjectAsync(), "AWSSDK GetObject 1 KiB");
        Expect.Equal((long)BenchmarkData.LargeObjectSize, await RawGetLargeObjectAsync(), "raw GetObject 1 MiB");
        Expect.Equal((long)BenchmarkData.LargeObjectSize, await OursGetLargeObjectAsync(), "our GetObject 1 MiB");
        Expect.Equal((long)BenchmarkData.LargeObjectSize, await AwsSdkGetLargeObjectAsync(), "AWSSDK GetObject 1 MiB");
    }
}
