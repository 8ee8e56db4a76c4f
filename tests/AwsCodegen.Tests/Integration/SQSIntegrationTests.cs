using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Errors;
using AwsCodegen.SQS;
using AwsCodegen.Tests.Infrastructure;
using NUnit.Framework;

namespace AwsCodegen.Tests.Integration;

/// <summary>The generated SQS client over awsJson 1.0 (with the awsQueryCompatible trait) against moto.</summary>
[TestFixture]
[Category("Integration")]
public sealed class SQSIntegrationTests
{
    private MotoServer _moto = null!;
    private SQSClient _client = null!;

    [OneTimeSetUp]
    public void CreateClient()
    {
        _moto = MotoServer.Shared;
        _client = new SQSClient(IntegrationSupport.Options(_moto));
    }

    [OneTimeTearDown]
    public void DisposeClient() => _client?.Dispose();

    private static string Md5Hex(string text) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(text)));

    [Test]
    public async Task Queue_SendReceiveDelete()
    {
        string name = IntegrationSupport.UniqueName("queue");
        var created = await _client.CreateQueueAsync(new CreateQueueRequest
        {
            QueueName = name,
            Attributes = new() { ["VisibilityTimeout"] = "30" },
        });
        Assert.That(created.QueueUrl, Does.EndWith("/" + name));

        try
        {
            var url = await _client.GetQueueUrlAsync(new GetQueueUrlRequest { QueueName = name });
            Assert.That(url.QueueUrl, Is.EqualTo(created.QueueUrl));
            string queueUrl = url.QueueUrl!;

            string body = "hello from the generated client ✓ <xml-ish> & \"json-ish\"";
            byte[] blob = { 1, 2, 3, 250, 0 };
            var sent = await _client.SendMessageAsync(new SendMessageRequest
            {
                QueueUrl = queueUrl,
                MessageBody = body,
                MessageAttributes = new()
                {
                    ["color"] = new MessageAttributeValue { DataType = "String", StringValue = "blue" },
                    ["count"] = new MessageAttributeValue { DataType = "Number", StringValue = "42" },
                    ["blob"] = new MessageAttributeValue { DataType = "Binary", BinaryValue = blob },
                },
            });
            Assert.That(sent.MessageId, Is.Not.Null.And.Not.Empty);
            Assert.That(sent.MD5OfMessageBody, Is.EqualTo(Md5Hex(body)));
            Assert.That(sent.MD5OfMessageAttributes, Is.Not.Null.And.Not.Empty);

            var received = await _client.ReceiveMessageAsync(new ReceiveMessageRequest
            {
                QueueUrl = queueUrl,
                MaxNumberOfMessages = 10,
                WaitTimeSeconds = 0,
                MessageAttributeNames = new() { "All" },
                MessageSystemAttributeNames = new() { MessageSystemAttributeName.ApproximateReceiveCount },
            });
            Assert.That(received.Messages, Has.Count.EqualTo(1));
            var message = received.Messages![0];
            Assert.Multiple(() =>
            {
                Assert.That(message.MessageId, Is.EqualTo(sent.MessageId));
                Assert.That(message.Body, Is.EqualTo(body));
                Assert.That(message.MD5OfBody, Is.EqualTo(sent.MD5OfMessageBody));
                Assert.That(message.MD5OfMessageAttributes, Is.EqualTo(sent.MD5OfMessageAttributes));
                Assert.That(message.ReceiptHandle, Is.Not.Null.And.Not.Empty);
                Assert.That(message.Attributes?["ApproximateReceiveCount"], Is.EqualTo("1"));
                Assert.That(message.MessageAttributes?.Keys, Is.EquivalentTo(new[] { "color", "count", "blob" }));
                Assert.That(message.MessageAttributes?["color"].StringValue, Is.EqualTo("blue"));
                Assert.That(message.MessageAttributes?["color"].DataType, Is.EqualTo("String"));
                Assert.That(message.MessageAttributes?["count"].StringValue, Is.EqualTo("42"));
                Assert.That(message.MessageAttributes?["count"].DataType, Is.EqualTo("Number"));
                Assert.That(message.MessageAttributes?["blob"].BinaryValue, Is.EqualTo(blob));
                Assert.That(message.MessageAttributes?["blob"].DataType, Is.EqualTo("Binary"));
            });

            await _client.DeleteMessageAsync(new DeleteMessageRequest { QueueUrl = queueUrl, ReceiptHandle = message.ReceiptHandle });

            // With a 30 s visibility timeout an undeleted message would stay hidden too, so look at the counters as well.
            var again = await _client.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = queueUrl, MaxNumberOfMessages = 10, WaitTimeSeconds = 0 });
            Assert.That(again.Messages, Is.Null.Or.Empty);
            var attributes = await _client.GetQueueAttributesAsync(new GetQueueAttributesRequest
            {
                QueueUrl = queueUrl,
                AttributeNames = new() { QueueAttributeName.ApproximateNumberOfMessages, QueueAttributeName.ApproximateNumberOfMessagesNotVisible },
            });
            Assert.That(attributes.Attributes?["ApproximateNumberOfMessages"], Is.EqualTo("0"));
            Assert.That(attributes.Attributes?["ApproximateNumberOfMessagesNotVisible"], Is.EqualTo("0"), "the message was deleted, not just hidden");
        }
        finally
        {
            await _client.DeleteQueueAsync(new DeleteQueueRequest { QueueUrl = created.QueueUrl });
        }
    }

    /// <summary>
    /// SQS's JSON protocol is awsQueryCompatible. A missing queue answers 400 with
    /// <c>{"__type":"com.amazonaws.sqs#QueueDoesNotExist",...}</c> (and X-Amzn-Errortype the same) plus
    /// <c>x-amzn-query-error: AWS.SimpleQueueService.NonExistentQueue;Sender</c>. The typed exception is the model's
    /// QueueDoesNotExist shape (botocore picks the class by the __type code for SQS, whose error shapes carry no
    /// query code), while the error code may be either spelling (botocore's Error.Code is the query code).
    /// </summary>
    private static void AssertQueueDoesNotExist(AwsServiceException? error)
    {
        Assert.That(error, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(error, Is.InstanceOf<QueueDoesNotExistException>(),
                $"got {error!.GetType().FullName} with ErrorCode '{error.ErrorCode}': {error.Message}");
            Assert.That(error!.ErrorCode, Is.EqualTo("QueueDoesNotExist").Or.EqualTo("AWS.SimpleQueueService.NonExistentQueue"));
            Assert.That(error.StatusCode, Is.EqualTo(400));
            Assert.That(error.ErrorType, Is.EqualTo("Sender"));
            Assert.That(error.RequestId, Is.Not.Null.And.Not.Empty);
            Assert.That(error.ErrorMessage, Does.Contain("does not exist"));
        });
    }

    [Test]
    public void GetQueueUrl_ForAMissingQueue_ThrowsQueueDoesNotExistException()
    {
        string name = IntegrationSupport.UniqueName("no-such-queue");

        var error = Assert.ThrowsAsync(Is.InstanceOf<AwsServiceException>(),
            () => _client.GetQueueUrlAsync(new GetQueueUrlRequest { QueueName = name })) as AwsServiceException;

        AssertQueueDoesNotExist(error);
    }

    [Test]
    public async Task SendMessage_ToADeletedQueue_ThrowsQueueDoesNotExistException()
    {
        string name = IntegrationSupport.UniqueName("deleted-queue");
        var created = await _client.CreateQueueAsync(new CreateQueueRequest { QueueName = name });
        await _client.DeleteQueueAsync(new DeleteQueueRequest { QueueUrl = created.QueueUrl });

        var error = Assert.ThrowsAsync(Is.InstanceOf<AwsServiceException>(),
            () => _client.SendMessageAsync(new SendMessageRequest { QueueUrl = created.QueueUrl, MessageBody = "x" })) as AwsServiceException;

        AssertQueueDoesNotExist(error);
    }
}
