using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using AwsCodegen.Benchmarks.Calls;
using AwsCodegen.Benchmarks.Fixtures;
using AwsCodegen.Runtime.Http;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Amazon.Runtime.Internal.Transform;
using Ours = AwsCodegen.DynamoDB;
using Sdk = Amazon.DynamoDBv2.Model;
using SdkTransform = Amazon.DynamoDBv2.Model.Internal.MarshallTransformations;

namespace AwsCodegen.Benchmarks.Micro;

/// <summary>
/// The JSON protocol codecs on a large payload: reading a DynamoDB Query response of 100 ten-attribute items (~50 KB)
/// into the response object, and writing a 25-item BatchWriteItem request body. Ours: the generated reader and writer the
/// client calls. AWSSDK: its QueryResponseUnmarshaller over a JsonUnmarshallerContext, and its BatchWriteItemRequestMarshaller.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class JsonCodecBenchmarks
{
    private const string Serializers = "AwsCodegen.DynamoDB.DynamoDBSerializers";
    private const string ContentType = "application/x-amz-json-1.0";

    private byte[] _queryResponse = null!;
    private Func<AwsHttpResponse, Ours.QueryResponse> _ourQueryReader = null!;
    private CannedResponseData _awsSdkQueryResponseData = null!;
    private Action<Ours.BatchWriteItemRequest, AwsHttpRequest> _ourBatchWriteWriter = null!;
    private Ours.BatchWriteItemRequest _ourBatchWrite = null!;
    private Sdk.BatchWriteItemRequest _awsSdkBatchWrite = null!;

    [GlobalSetup]
    public void Setup()
    {
        _queryResponse = DynamoDbJson.QueryResponse(SampleItems.Create(SampleItems.QueryPageSize));
        _ourQueryReader = GeneratedCodecs.Reader<Ours.QueryResponse>(Serializers, "Query");
        _awsSdkQueryResponseData = new CannedResponseData(_queryResponse.Length, ContentType, ("x-amzn-RequestId", "STUB"));

        var batch = SampleItems.Create(25);
        _ourBatchWriteWriter = GeneratedCodecs.Writer<Ours.BatchWriteItemRequest>(Serializers, "BatchWriteItem");
        _ourBatchWrite = new()
        {
            RequestItems = new() { ["bench"] = batch.Select(item => new Ours.WriteRequest { PutRequest = new() { Item = AttributeValueMapping.ToOurs(item) } }).ToList() },
        };
        _awsSdkBatchWrite = new()
        {
            RequestItems = new() { ["bench"] = batch.Select(item => new Sdk.WriteRequest { PutRequest = new() { Item = AttributeValueMapping.ToAwsSdk(item) } }).ToList() },
        };

        Expect.Equal(SampleItems.QueryPageSize, ReadQuery_Ours().Items!.Count, "our Query items");
        Expect.Equal(SampleItems.QueryPageSize, ((Sdk.QueryResponse)ReadQuery_AwsSdk()).Items.Count, "AWSSDK Query items");
        Expect.Equal("London", ReadQuery_Ours().Items![99]["address"].M!["city"].S, "our nested map");
        using var awsSdkRequest = SdkTransform.BatchWriteItemRequestMarshaller.Instance.Marshall(_awsSdkBatchWrite);
        Expect.Equal(true, JsonNode.DeepEquals(JsonNode.Parse(OurBody().Span), JsonNode.Parse(MarshalledBody.Read(awsSdkRequest))), "both BatchWriteItem bodies mean the same");
    }

    [Benchmark(Baseline = true), BenchmarkCategory("JSON read Query 100 items")]
    public Amazon.Runtime.AmazonWebServiceResponse ReadQuery_AwsSdk()
    {
        using var context = new JsonUnmarshallerContext(new MemoryStream(_queryResponse, writable: false), false, _awsSdkQueryResponseData, false);
        return SdkTransform.QueryResponseUnmarshaller.Instance.Unmarshall(context);
    }

    [Benchmark, BenchmarkCategory("JSON read Query 100 items")]
    public Ours.QueryResponse ReadQuery_Ours()
    {
        var headers = new HeaderList();
        headers.Add("Content-Type", ContentType);
        headers.Add("x-amzn-RequestId", "STUB");
        return _ourQueryReader(new AwsHttpResponse(200, headers, _queryResponse));
    }

    /// <summary>AWSSDK writes into a pooled buffer that disposing the request gives back, as its pipeline does after sending.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("JSON write BatchWriteItem 25 items")]
    public long WriteBatchWriteItem_AwsSdk()
    {
        using var request = SdkTransform.BatchWriteItemRequestMarshaller.Instance.Marshall(_awsSdkBatchWrite);
        return request.ContentStream.Length;
    }

    [Benchmark, BenchmarkCategory("JSON write BatchWriteItem 25 items")]
    public long WriteBatchWriteItem_Ours() => OurBody().Length;

    private ReadOnlyMemory<byte> OurBody()
    {
        var request = new AwsHttpRequest();
        _ourBatchWriteWriter(_ourBatchWrite, request);
        return ((BytesRequestContent)request.Content!).Bytes;
    }
}
