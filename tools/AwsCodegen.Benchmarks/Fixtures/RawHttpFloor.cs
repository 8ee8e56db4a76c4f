using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

namespace AwsCodegen.Benchmarks.Fixtures;

/// <summary>
/// The floor: a bare HttpClient sending the same requests as the SDKs (method, path, headers of the same names and
/// sizes, the same body) to the same stub, and reading the whole response. It signs nothing (the Authorization header is
/// a fixed string of the right shape) and parses nothing, so what an SDK costs above it is the SDK's own work.
/// </summary>
public sealed class RawHttpFloor : IDisposable
{
    private const string AmzDate = "20250101T000000Z";
    private const string Signature = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private const string UserAgent = "aws-sdk-dotnet-raw-floor/1.0 os/linux lang/dotnet";

    private static readonly byte[] GetItemBody =
        Encoding.UTF8.GetBytes("""{"TableName":"bench","Key":{"pk":{"S":"user#42"}}}""");

    private static readonly byte[] PutItemBody = Encoding.UTF8.GetBytes(
        """{"TableName":"bench","Item":{"pk":{"S":"user#42"},"name":{"S":"Ada Lovelace"},"email":{"S":"ada@example.com"},"age":{"N":"36"},"score":{"N":"98.5"},"active":{"BOOL":true},"tags":{"SS":["math","poetry"]}}}""");

    private static readonly byte[] QueryBody = Encoding.UTF8.GetBytes(
        """{"TableName":"bench","KeyConditionExpression":"pk = :pk","ExpressionAttributeValues":{":pk":{"S":"user#42"}}}""");

    private static readonly MediaTypeHeaderValue DynamoDbContentType = new("application/x-amz-json-1.0");
    private static readonly MediaTypeHeaderValue OctetStream = new("application/octet-stream");

    private readonly HttpClient _client = new(new SocketsHttpHandler(), disposeHandler: true);
    private readonly Uri _endpoint;
    private readonly Uri _putObjectUri;

    public RawHttpFloor(Uri endpoint)
    {
        _endpoint = endpoint;
        _putObjectUri = ObjectUri(BenchmarkData.PutKey);
    }

    public Uri ObjectUri(string key) => new(_endpoint, BenchmarkData.Bucket + "/" + key);

    public Task<int> GetItemAsync() => SendDynamoDbAsync("GetItem", GetItemBody);

    public Task<int> PutItemAsync() => SendDynamoDbAsync("PutItem", PutItemBody);

    public Task<int> QueryAsync() => SendDynamoDbAsync("Query", QueryBody);

    public async Task<int> PutObjectAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, _putObjectUri);
        AddSigV4Headers(request, "s3", "content-type;host;x-amz-content-sha256;x-amz-date");
        request.Headers.TryAddWithoutValidation("x-amz-content-sha256", Signature);
        request.Content = new StreamContent(new MemoryStream(BenchmarkData.SmallPayload, writable: false));
        request.Content.Headers.ContentType = OctetStream;
        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false)).Length;
    }

    public async Task<long> GetObjectAsync(Uri objectUri)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, objectUri);
        AddSigV4Headers(request, "s3", "host;x-amz-content-sha256;x-amz-date");
        request.Headers.TryAddWithoutValidation("x-amz-content-sha256", Signature);
        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        return await Drain.ToEndAsync(body).ConfigureAwait(false);
    }

    private async Task<int> SendDynamoDbAsync(string operation, byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint);
        AddSigV4Headers(request, "dynamodb", "content-type;host;x-amz-date;x-amz-target");
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "DynamoDB_20120810." + operation);
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = DynamoDbContentType;
        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false)).Length;
    }

    private static void AddSigV4Headers(HttpRequestMessage request, string service, string signedHeaders)
    {
        request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        request.Headers.TryAddWithoutValidation("X-Amz-Date", AmzDate);
        request.Headers.TryAddWithoutValidation("Authorization",
            $"AWS4-HMAC-SHA256 Credential={BenchmarkData.AccessKeyId}/20250101/{BenchmarkData.Region}/{service}/aws4_request, SignedHeaders={signedHeaders}, Signature={Signature}");
    }

    public void Dispose() => _client.Dispose();
}
