// Cold start, floor: one DynamoDB GetItem, SigV4-signed in a few lines and sent with a bare HttpClient.
// usage: AwsCodegen.ColdStart.Raw http://127.0.0.1:PORT/
using System;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using AwsCodegen.Benchmarks.Fixtures;
using AwsCodegen.ColdStart;

if (EndpointArgument.Parse(args, "AwsCodegen.ColdStart.Raw") is not { } endpoint) return 2;

const string Target = "DynamoDB_20120810.GetItem";
const string ContentType = "application/x-amz-json-1.0";
byte[] body = Encoding.UTF8.GetBytes(
    "{\"TableName\":\"" + BenchmarkData.TableName + "\",\"Key\":{\"" + BenchmarkData.PartitionKey + "\":{\"S\":\"" + BenchmarkData.PartitionKeyValue + "\"}}}");
string amzDate = DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
string date = amzDate[..8];
string host = endpoint.IsDefaultPort ? endpoint.Host : endpoint.Host + ":" + endpoint.Port.ToString(CultureInfo.InvariantCulture);
const string SignedHeaders = "content-type;host;x-amz-date;x-amz-target";
string canonicalRequest =
    $"POST\n/\n\ncontent-type:{ContentType}\nhost:{host}\nx-amz-date:{amzDate}\nx-amz-target:{Target}\n\n{SignedHeaders}\n{Hex(SHA256.HashData(body))}";
string scope = $"{date}/{BenchmarkData.Region}/dynamodb/aws4_request";
string stringToSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)))}";
byte[] key = Encoding.UTF8.GetBytes("AWS4" + BenchmarkData.SecretAccessKey);
foreach (string part in new[] { date, BenchmarkData.Region, "dynamodb", "aws4_request" }) key = Hmac(key, part);
string signature = Hex(Hmac(key, stringToSign));

using var http = new HttpClient();
using var request = new HttpRequestMessage(HttpMethod.Post, endpoint);
request.Headers.TryAddWithoutValidation("X-Amz-Date", amzDate);
request.Headers.TryAddWithoutValidation("X-Amz-Target", Target);
request.Headers.TryAddWithoutValidation("Authorization",
    $"AWS4-HMAC-SHA256 Credential={BenchmarkData.AccessKeyId}/{scope}, SignedHeaders={SignedHeaders}, Signature={signature}");
request.Content = new ByteArrayContent(body);
request.Content.Headers.ContentType = new MediaTypeHeaderValue(ContentType);
using var response = await http.SendAsync(request);
string text = await response.Content.ReadAsStringAsync();
bool found = response.IsSuccessStatusCode && text.Contains("\"Ada Lovelace\"", StringComparison.Ordinal);
Console.WriteLine(found ? "Ada Lovelace" : text);
return found ? 0 : 1;

static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));
static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
