using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using AwsCodegen.DynamoDB;
using AwsCodegen.IAM;
using AwsCodegen.Kinesis;
using AwsCodegen.Runtime;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Endpoints;
using AwsCodegen.Runtime.Errors;
using AwsCodegen.S3;
using AwsCodegen.STS;
using AwsCodegen.Tests.Infrastructure;
using NUnit.Framework;

namespace AwsCodegen.Tests.Endpoints;

/// <summary>
/// Generated clients resolve every request's endpoint with their service's rule set: built-ins from configuration,
/// static and context parameters from the model, and the signing name and region from the endpoint's authSchemes.
/// A canned handler records what would have been sent.
/// </summary>
[TestFixture]
public sealed class ClientEndpointTests
{
    private static HttpResponseMessage Json(HttpRequestMessage _) =>
        new(HttpStatusCode.OK) { Content = new StringContent("{}", Encoding.UTF8, "application/x-amz-json-1.0") };

    private static HttpResponseMessage Xml(string body) =>
        new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "text/xml") };

    private static AwsClientOptions Options(CannedHandler handler, string region, Action<AwsClientOptions>? configure = null, Dictionary<string, string>? env = null)
    {
        var options = new AwsClientOptions
        {
            Region = region,
            Credentials = new StaticCredentialsProvider("AKID", "SECRET"),
            HttpHandler = handler,
            MaxAttempts = 1,
            EnvironmentVariables = name => name is "AWS_CONFIG_FILE" or "AWS_SHARED_CREDENTIALS_FILE" ? "/dev/null"
                : env is not null && env.TryGetValue(name, out var value) ? value : null,
        };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>The credential scope of the request's SigV4 Authorization header: region/service.</summary>
    private static string SigningScope(HttpRequestMessage request)
    {
        string authorization = request.Headers.GetValues("Authorization").Single();
        string credential = authorization.Split("Credential=")[1].Split(',')[0];
        var parts = credential.Split('/');
        return parts[2] + "/" + parts[3];
    }

    [TestCase("us-west-2", null, null, "https://dynamodb.us-west-2.amazonaws.com/")]
    [TestCase("us-west-2", true, null, "https://dynamodb-fips.us-west-2.amazonaws.com/")]
    [TestCase("us-west-2", null, true, "https://dynamodb.us-west-2.api.aws/")]
    [TestCase("cn-north-1", null, null, "https://dynamodb.cn-north-1.amazonaws.com.cn/")]
    [TestCase("eu-central-1", null, null, "https://dynamodb.eu-central-1.amazonaws.com/")]
    public async Task DynamoDB_EndpointFollowsRegionFipsAndDualStack(string region, bool? fips, bool? dualStack, string expected)
    {
        var handler = new CannedHandler(Json);
        using var client = new DynamoDBClient(Options(handler, region, o => { o.UseFips = fips; o.UseDualStack = dualStack; }));
        await client.ListTablesAsync(new ListTablesRequest());
        Assert.That(handler.Requests[0].RequestUri!.AbsoluteUri, Is.EqualTo(expected));
        Assert.That(SigningScope(handler.Requests[0]), Is.EqualTo(region + "/dynamodb"));
    }

    [Test]
    public async Task FipsAndDualStack_FromTheEnvironment()
    {
        var handler = new CannedHandler(Json);
        var env = new Dictionary<string, string> { ["AWS_USE_FIPS_ENDPOINT"] = "true", ["AWS_USE_DUALSTACK_ENDPOINT"] = "TRUE" };
        using var client = new DynamoDBClient(Options(handler, "us-east-2", env: env));
        await client.ListTablesAsync(new ListTablesRequest());
        Assert.That(handler.Requests[0].RequestUri!.Host, Is.EqualTo("dynamodb-fips.us-east-2.api.aws"));
        Assert.That(client.Configuration.EndpointParameters["UseFIPS"].ToString(), Is.EqualTo("true"));
    }

    [Test]
    public void NotABooleanSetting_IsAnErrorNamingIt()
    {
        var env = new Dictionary<string, string> { ["AWS_USE_FIPS_ENDPOINT"] = "yes" };
        var error = Assert.Throws<AwsClientException>(() => new DynamoDBClient(Options(new CannedHandler(Json), "us-east-1", env: env)));
        Assert.That(error!.Message, Does.Contain("AWS_USE_FIPS_ENDPOINT").And.Contain("'yes'"));
    }

    [Test]
    public async Task GlobalService_IsSignedForTheRegionItsEndpointNames()
    {
        // IAM has one endpoint for the aws partition; its authSchemes say to sign for us-east-1 whatever the client's region.
        var handler = new CannedHandler(_ => Xml("<ListUsersResponse><ListUsersResult><Users/><IsTruncated>false</IsTruncated></ListUsersResult></ListUsersResponse>"));
        using var client = new IAMClient(Options(handler, "eu-west-1"));
        await client.ListUsersAsync(new ListUsersRequest());
        Assert.That(handler.Requests[0].RequestUri!.AbsoluteUri, Is.EqualTo("https://iam.amazonaws.com/"));
        Assert.That(SigningScope(handler.Requests[0]), Is.EqualTo("us-east-1/iam"));
    }

    [Test]
    public void RuleSetError_NamesTheServiceAndOperation()
    {
        var handler = new CannedHandler(Json);
        using var client = new DynamoDBClient(Options(handler, "us-east-1", o => { o.UseFips = true; o.ServiceUrl = new Uri("http://127.0.0.1:1"); }));
        var error = Assert.ThrowsAsync<EndpointResolutionException>(() => client.ListTablesAsync(new ListTablesRequest()));
        Assert.That(error!.Message, Does.StartWith("DynamoDB ListTables: no endpoint:").And.Contain("FIPS"));
        Assert.That(handler.Requests, Is.Empty);
    }

    [Test]
    public async Task ContextParameters_ComeFromTheRequest_StaticOnesFromTheModel()
    {
        // Kinesis: StreamARN is a contextParam; OperationType ("data" or "control") is a staticContextParam. Together
        // they select the account's data- or control-plane host.
        var handler = new CannedHandler(Json);
        using var client = new KinesisClient(Options(handler, "us-east-1"));
        const string arn = "arn:aws:kinesis:us-east-1:123456789012:stream/orders";
        await client.DescribeStreamSummaryAsync(new DescribeStreamSummaryRequest { StreamARN = arn });
        await client.PutRecordAsync(new PutRecordRequest { StreamARN = arn, Data = new byte[] { 1 }, PartitionKey = "p" });
        await client.DescribeStreamSummaryAsync(new DescribeStreamSummaryRequest { StreamName = "orders" });
        Assert.That(handler.Requests.Select(r => r.RequestUri!.Host), Is.EqualTo(new[]
        {
            "123456789012.control-kinesis.us-east-1.amazonaws.com",
            "123456789012.data-kinesis.us-east-1.amazonaws.com",
            "kinesis.us-east-1.amazonaws.com",
        }));
    }

    [Test]
    public async Task S3_AccelerateAndRegion()
    {
        var handler = new CannedHandler(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(Array.Empty<byte>()) });
        using var accelerated = new S3Client(Options(handler, "eu-west-1", o => o.Accelerate = true));
        await accelerated.HeadObjectAsync(new HeadObjectRequest { Bucket = "my-bucket", Key = "a b/c.txt" });
        using var regional = new S3Client(Options(handler, "eu-west-1"));
        await regional.HeadObjectAsync(new HeadObjectRequest { Bucket = "my-bucket", Key = "k" });
        Assert.That(handler.Requests[0].RequestUri!.AbsoluteUri, Is.EqualTo("https://my-bucket.s3-accelerate.amazonaws.com/a%20b/c.txt"));
        Assert.That(handler.Requests[1].RequestUri!.AbsoluteUri, Is.EqualTo("https://my-bucket.s3.eu-west-1.amazonaws.com/k"));
        Assert.That(SigningScope(handler.Requests[1]), Is.EqualTo("eu-west-1/s3"));
    }

    [Test]
    public void S3_EmptyBucket_IsRejectedBeforeSending()
    {
        var handler = new CannedHandler(_ => new HttpResponseMessage(HttpStatusCode.OK));
        using var client = new S3Client(Options(handler, "us-east-1"));
        var error = Assert.ThrowsAsync<AwsClientException>(() => client.HeadObjectAsync(new HeadObjectRequest { Bucket = "", Key = "k" }));
        Assert.That(error!.Message, Does.Contain("HeadObject").And.Contain("Bucket"));
        Assert.That(handler.Requests, Is.Empty);
    }

    [TestCase("us-west-2", null, "https://sts.us-west-2.amazonaws.com/")]
    [TestCase("us-east-1", null, "https://sts.us-east-1.amazonaws.com/")]
    [TestCase("us-east-1", "legacy", "https://sts.amazonaws.com/")]
    public async Task Sts_RegionalUnlessLegacyIsAskedFor(string region, string? mode, string expected)
    {
        var handler = new CannedHandler(_ => Xml("<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>arn</Arn></GetCallerIdentityResult></GetCallerIdentityResponse>"));
        var env = mode is null ? null : new Dictionary<string, string> { ["AWS_STS_REGIONAL_ENDPOINTS"] = mode };
        using var client = new STSClient(Options(handler, region, env: env));
        await client.GetCallerIdentityAsync(new GetCallerIdentityRequest());
        Assert.That(handler.Requests[0].RequestUri!.AbsoluteUri, Is.EqualTo(expected));
    }

    [Test]
    public async Task NoAuthOperation_IsSentUnsigned()
    {
        var handler = new CannedHandler(_ => Xml("<AssumeRoleWithWebIdentityResponse><AssumeRoleWithWebIdentityResult/></AssumeRoleWithWebIdentityResponse>"));
        using var client = new STSClient(Options(handler, "us-east-1"));
        await client.AssumeRoleWithWebIdentityAsync(new AssumeRoleWithWebIdentityRequest { RoleArn = "arn:aws:iam::123456789012:role/r", RoleSessionName = "s", WebIdentityToken = "token" });
        await client.GetCallerIdentityAsync(new GetCallerIdentityRequest());
        Assert.That(handler.Requests[0].Headers.Contains("Authorization"), Is.False);
        Assert.That(handler.Requests[0].Headers.Contains("X-Amz-Date"), Is.False);
        Assert.That(handler.Requests[1].Headers.Contains("Authorization"), Is.True);
    }

    [Test]
    public void ResolvedTargets_AreCachedPerParameterSet()
    {
        using var client = new S3Client(Options(new CannedHandler(Json), "us-east-1"));
        var endpoints = client.Configuration.Endpoints!;
        OperationEndpointParameters Bucket(string name)
        {
            var parameters = new OperationEndpointParameters("HeadObject", null);
            parameters.Set("Bucket", name);
            return parameters;
        }
        var first = endpoints.Resolve("HeadObject", Bucket("a-bucket"));
        Assert.That(endpoints.Resolve("GetObject", Bucket("a-bucket")), Is.SameAs(first));
        var other = endpoints.Resolve("HeadObject", Bucket("another-bucket"));
        Assert.That(other, Is.Not.SameAs(first));
        Assert.That(other.Url.Host, Is.EqualTo("another-bucket.s3.us-east-1.amazonaws.com"));
    }

    [Test]
    public void EndpointParametersByName_OverrideBuiltIns()
    {
        using var client = new DynamoDBClient(Options(new CannedHandler(Json), "us-east-1", o =>
            o.EndpointParameters = new Dictionary<string, EndpointParameterValue> { ["Region"] = "ap-south-1" }));
        Assert.That(client.Configuration.Endpoints!.Resolve("ListTables", null).Url.Host, Is.EqualTo("dynamodb.ap-south-1.amazonaws.com"));
    }
}
