using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using AwsCodegen.Benchmarks.Calls;
using AwsCodegen.Runtime.Http;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Amazon.Runtime.Internal.Transform;
using Ours = AwsCodegen.S3;
using Sdk = Amazon.S3.Model;
using SdkTransform = Amazon.S3.Model.Internal.MarshallTransformations;

namespace AwsCodegen.Benchmarks.Micro;

/// <summary>
/// The rest-xml codecs on a large payload: reading a full 1000-key ListObjectsV2 page (~300 KB) into the response
/// object, and writing a 1000-part CompleteMultipartUpload body. Ours: the generated reader and writer the client calls.
/// AWSSDK: its ListObjectsV2ResponseUnmarshaller over an XmlUnmarshallerContext, and its CompleteMultipartUploadRequestMarshaller.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class XmlCodecBenchmarks
{
    private const string Serializers = "AwsCodegen.S3.S3Serializers";
    private const int Count = 1000;

    private byte[] _listing = null!;
    private Func<AwsHttpResponse, Ours.ListObjectsV2Response> _ourListingReader = null!;
    private CannedResponseData _awsSdkListingData = null!;
    private Action<Ours.CompleteMultipartUploadRequest, AwsHttpRequest> _ourCompleteWriter = null!;
    private Ours.CompleteMultipartUploadRequest _ourComplete = null!;
    private Sdk.CompleteMultipartUploadRequest _awsSdkComplete = null!;

    [GlobalSetup]
    public void Setup()
    {
        _listing = S3ListingXml.ListObjectsV2Response(Count);
        _ourListingReader = GeneratedCodecs.Reader<Ours.ListObjectsV2Response>(Serializers, "ListObjectsV2");
        _awsSdkListingData = new CannedResponseData(_listing.Length, "application/xml", ("x-amz-request-id", "STUB"));

        _ourCompleteWriter = GeneratedCodecs.Writer<Ours.CompleteMultipartUploadRequest>(Serializers, "CompleteMultipartUpload");
        var parts = Enumerable.Range(1, Count).Select(n => (Number: n, ETag: $"\"{n * 2654435761L:x16}{n:x16}\"")).ToList();
        _ourComplete = new()
        {
            Bucket = "bench-bucket", Key = "big/object", UploadId = "upload-1",
            MultipartUpload = new() { Parts = parts.Select(p => new Ours.CompletedPart { PartNumber = p.Number, ETag = p.ETag }).ToList() },
        };
        _awsSdkComplete = new()
        {
            BucketName = "bench-bucket", Key = "big/object", UploadId = "upload-1",
            PartETags = parts.Select(p => new Sdk.PartETag(p.Number, p.ETag)).ToList(),
        };

        Expect.Equal(Count, ReadListObjectsV2_Ours().Contents!.Count, "our ListObjectsV2 keys");
        Expect.Equal(Count, ((Sdk.ListObjectsV2Response)ReadListObjectsV2_AwsSdk()).S3Objects.Count, "AWSSDK ListObjectsV2 keys");
        Expect.Equal(Count, PartCount(OurBody().ToArray()), "our CompleteMultipartUpload parts");
        using var awsSdkRequest = SdkTransform.CompleteMultipartUploadRequestMarshaller.Instance.Marshall(_awsSdkComplete);
        Expect.Equal(Count, PartCount(MarshalledBody.Read(awsSdkRequest)), "AWSSDK CompleteMultipartUpload parts");
    }

    private static int PartCount(byte[] body) =>
        XDocument.Load(new MemoryStream(body)).Descendants().Count(e => e.Name.LocalName == "Part");

    [Benchmark(Baseline = true), BenchmarkCategory("XML read ListObjectsV2 1000 keys")]
    public Amazon.Runtime.AmazonWebServiceResponse ReadListObjectsV2_AwsSdk()
    {
        using var context = new XmlUnmarshallerContext(new MemoryStream(_listing, writable: false), false, _awsSdkListingData, false);
        return SdkTransform.ListObjectsV2ResponseUnmarshaller.Instance.Unmarshall(context);
    }

    [Benchmark, BenchmarkCategory("XML read ListObjectsV2 1000 keys")]
    public Ours.ListObjectsV2Response ReadListObjectsV2_Ours()
    {
        var headers = new HeaderList();
        headers.Add("Content-Type", "application/xml");
        headers.Add("x-amz-request-id", "STUB");
        return _ourListingReader(new AwsHttpResponse(200, headers, _listing));
    }

    /// <summary>AWSSDK writes into a pooled buffer that disposing the request gives back, as its pipeline does after sending.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("XML write CompleteMultipartUpload 1000 parts")]
    public long WriteCompleteMultipartUpload_AwsSdk()
    {
        using var request = SdkTransform.CompleteMultipartUploadRequestMarshaller.Instance.Marshall(_awsSdkComplete);
        return request.ContentStream.Length;
    }

    [Benchmark, BenchmarkCategory("XML write CompleteMultipartUpload 1000 parts")]
    public long WriteCompleteMultipartUpload_Ours() => OurBody().Length;

    private ReadOnlyMemory<byte> OurBody()
    {
        var request = new AwsHttpRequest();
        _ourCompleteWriter(_ourComplete, request);
        return ((BytesRequestContent)request.Content!).Bytes;
    }
}
