using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.DynamoDB;
using AwsCodegen.Runtime;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Errors;
using AwsCodegen.SQS;
using AwsCodegen.Tests.Infrastructure;
using NUnit.Framework;

namespace AwsCodegen.Tests.Integration;

/// <summary>What sits under every generated client: SigV4 (checked by moto) and the shared connection pool.</summary>
[TestFixture]
[Category("Integration")]
public sealed class TransportIntegrationTests
{
    [Test]
    public async Task GeneratedClient_WithTheRightKey_IsAccepted()
    {
        var moto = MotoServer.Shared;
        using var client = new DynamoDBClient(IntegrationSupport.Options(moto));

        var tables = await client.ListTablesAsync(new ListTablesRequest { Limit = 1 });

        Assert.That(tables.HttpStatusCode, Is.EqualTo(200));
    }

    [Test]
    public async Task GeneratedClient_WithAWrongSecret_FailsTheSignatureCheck()
    {
        var moto = MotoServer.Shared;
        var wrongSecret = new StaticCredentialsProvider(moto.AccessKeyId, "this-is-not-the-secret");
        using var dynamo = new DynamoDBClient(IntegrationSupport.Options(moto, wrongSecret));
        using var sqs = new SQSClient(IntegrationSupport.Options(moto, wrongSecret));

        // The same key with its right secret works: only the signature differs.
        using var good = new DynamoDBClient(IntegrationSupport.Options(moto));
        await good.ListTablesAsync(new ListTablesRequest { Limit = 1 });

        var dynamoError = Assert.ThrowsAsync(Is.InstanceOf<AwsServiceException>(), () => dynamo.ListTablesAsync(new ListTablesRequest { Limit = 1 })) as AwsServiceException;
        var sqsError = Assert.ThrowsAsync(Is.InstanceOf<AwsServiceException>(), () => sqs.ListQueuesAsync(new ListQueuesRequest())) as AwsServiceException;

        Assert.Multiple(() =>
        {
            foreach (var error in new[] { dynamoError, sqsError })
            {
                Assert.That(error, Is.Not.Null);
                Assert.That(error!.StatusCode, Is.EqualTo(403), error.Message);
                // moto answers auth failures for every protocol with a query-style XML body, Content-Type text/html:
                // <ErrorResponse><Errors><Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we
                // calculated does not match...</Message><Type>Sender</Type></Error></Errors></ErrorResponse>
                // (AWS's JSON services answer {"__type":"...#InvalidSignatureException",...}): either names the signature.
                Assert.That(error.ErrorCode, Does.Contain("Signature"), $"ErrorCode '{error.ErrorCode}', message: {error.Message}");
                Assert.That(error.ErrorMessage, Does.Contain("signature").IgnoreCase, error.Message);
            }
        });
    }

    [Test]
    public void GeneratedClient_WithAnUnknownKey_IsRejected()
    {
        var moto = MotoServer.Shared;
        using var client = new DynamoDBClient(IntegrationSupport.Options(moto, new StaticCredentialsProvider("AKIAUNKNOWNKEY000000", "whatever")));

        var error = Assert.ThrowsAsync(Is.InstanceOf<AwsServiceException>(), () => client.ListTablesAsync(new ListTablesRequest { Limit = 1 })) as AwsServiceException;

        // moto: 403 with an XML body, <Code>InvalidClientTokenId</Code> (AWS's JSON services: UnrecognizedClientException).
        Assert.That(error!.StatusCode, Is.EqualTo(403), error.Message);
        Assert.That(error.ErrorCode, Is.EqualTo("InvalidClientTokenId").Or.EqualTo("UnrecognizedClientException"), error.Message);
    }

    /// <summary>
    /// Two clients share one pooled handler; a ConnectCallback counts the TCP connections it opens. moto itself
    /// closes every connection after its answer (Werkzeug sends "Connection: close"), so the clients talk to it
    /// through <see cref="KeepAliveProxy"/>, which keeps the client side alive and forwards to moto (signature checked).
    /// </summary>
    [Test]
    public async Task TwoClientsSharingOneHandler_ReuseConnections()
    {
        var moto = MotoServer.Shared;
        using var proxy = KeepAliveProxy.Start(moto.Endpoint);
        int connections = 0;
        using var handler = SharedHandlers.CreatePooledHandler();
        handler.UseProxy = false;
        handler.ConnectCallback = async (context, cancellationToken) =>
        {
            Interlocked.Increment(ref connections);
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };
        AwsClientOptions Options()
        {
            var options = IntegrationSupport.Options(moto, handler: handler);
            options.ServiceUrl = proxy.Endpoint;
            return options;
        }

        int calls = 0;
        using (var dynamo = new DynamoDBClient(Options()))
        using (var sqs = new SQSClient(Options()))
        {
            for (int i = 0; i < 10; i++)
            {
                await dynamo.ListTablesAsync(new ListTablesRequest { Limit = 1 });
                await sqs.ListQueuesAsync(new ListQueuesRequest { MaxResults = 1 });
                calls += 2;
            }
            // An error response must not cost a connection either.
            Assert.ThrowsAsync<AwsCodegen.DynamoDB.ResourceNotFoundException>(() =>
                dynamo.DescribeTableAsync(new DescribeTableRequest { TableName = IntegrationSupport.UniqueName("missing") }));
            await dynamo.ListTablesAsync(new ListTablesRequest { Limit = 1 });
            calls += 2;
        }

        Assert.That(calls, Is.EqualTo(22));
        Assert.That(connections, Is.InRange(1, 2), $"{calls} sequential calls through two clients sharing one handler opened {connections} connections");

        // Disposing the clients did not dispose the shared handler: a third client still uses the pooled connection.
        using var third = new DynamoDBClient(Options());
        await third.ListTablesAsync(new ListTablesRequest { Limit = 1 });
        Assert.That(connections, Is.InRange(1, 2));
    }
}
