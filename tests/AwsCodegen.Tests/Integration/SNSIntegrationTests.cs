using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Errors;
using AwsCodegen.SNS;
using AwsCodegen.Tests.Infrastructure;
using NUnit.Framework;
using Sqs = AwsCodegen.SQS;

namespace AwsCodegen.Tests.Integration;

/// <summary>The generated SNS client (awsQuery: form-encoded requests, XML responses with result wrappers) against moto.</summary>
[TestFixture]
[Category("Integration")]
public sealed class SNSIntegrationTests
{
    private MotoServer _moto = null!;
    private SNSClient _client = null!;
    private Sqs.SQSClient _sqs = null!;

    [OneTimeSetUp]
    public void CreateClients()
    {
        _moto = MotoServer.Shared;
        _client = new SNSClient(IntegrationSupport.Options(_moto));
        _sqs = new Sqs.SQSClient(IntegrationSupport.Options(_moto));
    }

    [OneTimeTearDown]
    public void DisposeClients()
    {
        _client?.Dispose();
        _sqs?.Dispose();
    }

    /// <summary>Every topic ARN, following NextToken by hand (moto pages ListTopics by 100; other tests add topics).</summary>
    private async Task<List<string>> ListAllTopicArnsAsync()
    {
        var arns = new List<string>();
        string? token = null;
        int pages = 0;
        do
        {
            var page = await _client.ListTopicsAsync(new ListTopicsRequest { NextToken = token });
            arns.AddRange(page.Topics?.Select(t => t.TopicArn!) ?? Enumerable.Empty<string>());
            token = page.NextToken;
            Assert.That(++pages, Is.LessThan(1000), "ListTopics never stopped paging");
        }
        while (!string.IsNullOrEmpty(token));
        return arns;
    }

    [Test]
    public async Task Topic_CreateSubscribeListPublishAttributesDelete()
    {
        string topicName = IntegrationSupport.UniqueName("topic");
        string queueName = IntegrationSupport.UniqueName("topic-queue");
        const string displayName = "Display & <name> \"quoted\"";

        var queue = await _sqs.CreateQueueAsync(new Sqs.CreateQueueRequest { QueueName = queueName });
        var queueAttributes = await _sqs.GetQueueAttributesAsync(new Sqs.GetQueueAttributesRequest
        {
            QueueUrl = queue.QueueUrl,
            AttributeNames = new() { Sqs.QueueAttributeName.QueueArn },
        });
        string queueArn = queueAttributes.Attributes!["QueueArn"];

        var created = await _client.CreateTopicAsync(new CreateTopicRequest
        {
            Name = topicName,
            Attributes = new() { ["DisplayName"] = displayName },
            Tags = new() { new Tag { Key = "owner", Value = "integration tests" } },
        });
        string topicArn = created.TopicArn!;
        Assert.That(topicArn, Is.EqualTo($"arn:aws:sns:{_moto.Region}:{MotoServer.AccountId}:{topicName}"));

        try
        {
            Assert.That(await ListAllTopicArnsAsync(), Does.Contain(topicArn));

            var attributes = await _client.GetTopicAttributesAsync(new GetTopicAttributesRequest { TopicArn = topicArn });
            Assert.That(attributes.Attributes, Is.Not.Null);
            Assert.Multiple(() =>
            {
                Assert.That(attributes.Attributes!["TopicArn"], Is.EqualTo(topicArn));
                Assert.That(attributes.Attributes!["DisplayName"], Is.EqualTo(displayName), "map values are XML-unescaped");
                Assert.That(attributes.Attributes!["Owner"], Is.EqualTo(MotoServer.AccountId));
                Assert.That(attributes.Attributes!, Does.ContainKey("Policy"));
            });

            var tags = await _client.ListTagsForResourceAsync(new ListTagsForResourceRequest { ResourceArn = topicArn });
            Assert.That(tags.Tags?.Select(t => (t.Key, t.Value)), Is.EquivalentTo(new[] { ("owner", "integration tests") }));

            var subscribed = await _client.SubscribeAsync(new SubscribeRequest
            {
                TopicArn = topicArn,
                Protocol = "sqs",
                Endpoint = queueArn,
                ReturnSubscriptionArn = true,
            });
            Assert.That(subscribed.SubscriptionArn, Does.StartWith(topicArn + ":"));

            var subscriptions = await _client.ListSubscriptionsByTopicAsync(new ListSubscriptionsByTopicRequest { TopicArn = topicArn });
            Assert.That(subscriptions.Subscriptions, Has.Count.EqualTo(1));
            var subscription = subscriptions.Subscriptions![0];
            Assert.Multiple(() =>
            {
                Assert.That(subscription.SubscriptionArn, Is.EqualTo(subscribed.SubscriptionArn));
                Assert.That(subscription.TopicArn, Is.EqualTo(topicArn));
                Assert.That(subscription.Protocol, Is.EqualTo("sqs"));
                Assert.That(subscription.Endpoint, Is.EqualTo(queueArn));
                Assert.That(subscription.Owner, Is.EqualTo(MotoServer.AccountId));
            });

            // The account-wide list pages too; our subscription is somewhere in it.
            var all = new List<Subscription>();
            string? token = null;
            do
            {
                var page = await _client.ListSubscriptionsAsync(new ListSubscriptionsRequest { NextToken = token });
                all.AddRange(page.Subscriptions ?? new());
                token = page.NextToken;
            }
            while (!string.IsNullOrEmpty(token));
            Assert.That(all.Select(s => s.SubscriptionArn), Does.Contain(subscribed.SubscriptionArn));

            const string message = "hello ✓ & <friends> + spaces = \"quoted\"";
            var published = await _client.PublishAsync(new PublishRequest
            {
                TopicArn = topicArn,
                Message = message,
                Subject = "Greetings",
                MessageAttributes = new()
                {
                    ["color"] = new MessageAttributeValue { DataType = "String", StringValue = "blue" },
                },
            });
            Assert.That(published.MessageId, Is.Not.Null.And.Not.Empty);

            // moto delivers to the SQS subscription at once: the queue holds the SNS envelope (JSON) of our message.
            var received = await _sqs.ReceiveMessageAsync(new Sqs.ReceiveMessageRequest { QueueUrl = queue.QueueUrl, MaxNumberOfMessages = 10, WaitTimeSeconds = 0 });
            Assert.That(received.Messages, Has.Count.EqualTo(1));
            using (var envelope = JsonDocument.Parse(received.Messages![0].Body!))
            {
                var root = envelope.RootElement;
                Assert.Multiple(() =>
                {
                    Assert.That(root.GetProperty("Type").GetString(), Is.EqualTo("Notification"));
                    Assert.That(root.GetProperty("MessageId").GetString(), Is.EqualTo(published.MessageId));
                    Assert.That(root.GetProperty("TopicArn").GetString(), Is.EqualTo(topicArn));
                    Assert.That(root.GetProperty("Subject").GetString(), Is.EqualTo("Greetings"));
                    Assert.That(root.GetProperty("Message").GetString(), Is.EqualTo(message));
                    Assert.That(root.GetProperty("MessageAttributes").GetProperty("color").GetProperty("Value").GetString(), Is.EqualTo("blue"));
                });
            }

            await _client.UnsubscribeAsync(new UnsubscribeRequest { SubscriptionArn = subscribed.SubscriptionArn });
            var afterUnsubscribe = await _client.ListSubscriptionsByTopicAsync(new ListSubscriptionsByTopicRequest { TopicArn = topicArn });
            Assert.That(afterUnsubscribe.Subscriptions, Is.Null.Or.Empty);
        }
        finally
        {
            await _client.DeleteTopicAsync(new DeleteTopicRequest { TopicArn = topicArn });
            await _sqs.DeleteQueueAsync(new Sqs.DeleteQueueRequest { QueueUrl = queue.QueueUrl });
        }

        Assert.That(await ListAllTopicArnsAsync(), Does.Not.Contain(topicArn));

        // A deleted topic is the modeled NotFound error (awsQueryError code "NotFound", HTTP 404).
        var error = Assert.ThrowsAsync<NotFoundException>(() => _client.GetTopicAttributesAsync(new GetTopicAttributesRequest { TopicArn = topicArn }));
        Assert.Multiple(() =>
        {
            Assert.That(error!.ErrorCode, Is.EqualTo("NotFound"));
            Assert.That(error.StatusCode, Is.EqualTo(404));
            Assert.That(error.ErrorType, Is.EqualTo("Sender"));
            Assert.That(error.RequestId, Is.Not.Null.And.Not.Empty);
            Assert.That(error.ErrorMessage, Does.Contain("does not exist"));
        });
    }

    [Test]
    public void Publish_ToAMissingTopic_ThrowsATypedError()
    {
        string arn = $"arn:aws:sns:{MotoServer.DefaultRegion}:{MotoServer.AccountId}:{IntegrationSupport.UniqueName("no-such-topic")}";

        var error = Assert.ThrowsAsync(Is.InstanceOf<AwsServiceException>(),
            () => _client.PublishAsync(new PublishRequest { TopicArn = arn, Message = "x" })) as AwsServiceException;

        Assert.That(error, Is.InstanceOf<NotFoundException>(), $"got {error?.GetType().FullName} with ErrorCode '{error?.ErrorCode}'");
        Assert.That(error!.ErrorCode, Is.EqualTo("NotFound"));
        Assert.That(error.RequestId, Is.Not.Null.And.Not.Empty);
    }
}
