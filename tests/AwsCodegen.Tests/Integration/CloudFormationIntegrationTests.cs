using System;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using AwsCodegen.CloudFormation;
using AwsCodegen.Runtime.Errors;
using AwsCodegen.Tests.Infrastructure;
using NUnit.Framework;
using Sns = AwsCodegen.SNS;

namespace AwsCodegen.Tests.Integration;

/// <summary>The generated CloudFormation client (awsQuery) against moto with signature checking on.</summary>
[TestFixture]
[Category("Integration")]
public sealed class CloudFormationIntegrationTests
{
    private static readonly TimeSpan s_pollLimit = TimeSpan.FromSeconds(60);

    private MotoServer _moto = null!;
    private CloudFormationClient _client = null!;

    [OneTimeSetUp]
    public void CreateClient()
    {
        _moto = MotoServer.Shared;
        _client = new CloudFormationClient(IntegrationSupport.Options(_moto));
    }

    [OneTimeTearDown]
    public void DisposeClient() => _client?.Dispose();

    private const string TopicTemplate = """
        AWSTemplateFormatVersion: '2010-09-09'
        Description: An SNS topic made by the AwsCodegen integration tests
        Parameters:
          TopicName:
            Type: String
        Resources:
          Topic:
            Type: AWS::SNS::Topic
            Properties:
              TopicName: !Ref TopicName
              DisplayName: integration & <tests>
        Outputs:
          TopicArn:
            Description: The topic's ARN
            Value: !Ref Topic
          TopicName:
            Value: !GetAtt Topic.TopicName
        """;

    /// <summary>DescribeStacks until the stack leaves its IN_PROGRESS state, backing off from 50 ms, within a bound.</summary>
    private async Task<Stack> WaitWhileInProgressAsync(string stackId)
    {
        var clock = Stopwatch.StartNew();
        int delay = 50;
        while (true)
        {
            var stack = (await _client.DescribeStacksAsync(new DescribeStacksRequest { StackName = stackId })).Stacks!.Single();
            string status = stack.StackStatus?.Value ?? "";
            if (!status.EndsWith("_IN_PROGRESS", StringComparison.Ordinal)) return stack;
            if (clock.Elapsed > s_pollLimit) Assert.Fail($"stack {stackId} still {status} after {s_pollLimit.TotalSeconds:0} s");
            await Task.Delay(delay);
            delay = Math.Min(delay * 2, 1000);
        }
    }

    [Test]
    public async Task Stack_CreateDescribeResourcesOutputsDelete()
    {
        string stackName = IntegrationSupport.UniqueName("stack");
        string topicName = IntegrationSupport.UniqueName("stack-topic");

        var created = await _client.CreateStackAsync(new CreateStackRequest
        {
            StackName = stackName,
            TemplateBody = TopicTemplate,
            Parameters = new() { new Parameter { ParameterKey = "TopicName", ParameterValue = topicName } },
            Tags = new() { new Tag { Key = "suite", Value = "integration" } },
        });
        Assert.That(created.StackId, Does.StartWith($"arn:aws:cloudformation:{_moto.Region}:{MotoServer.AccountId}:stack/{stackName}/"));
        string stackId = created.StackId!;
        string topicArn = $"arn:aws:sns:{_moto.Region}:{MotoServer.AccountId}:{topicName}";

        try
        {
            var stack = await WaitWhileInProgressAsync(stackId);
            Assert.Multiple(() =>
            {
                Assert.That(stack.StackStatus, Is.EqualTo(StackStatus.CreateComplete), stack.StackStatusReason);
                Assert.That(stack.StackId, Is.EqualTo(stackId));
                Assert.That(stack.StackName, Is.EqualTo(stackName));
                Assert.That(stack.Description, Is.EqualTo("An SNS topic made by the AwsCodegen integration tests"));
                Assert.That(stack.CreationTime, Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(10)));
                Assert.That(stack.Parameters?.Select(p => (p.ParameterKey, p.ParameterValue)), Is.EquivalentTo(new[] { ("TopicName", topicName) }));
                Assert.That(stack.Tags?.Select(t => (t.Key, t.Value)), Is.EquivalentTo(new[] { ("suite", "integration") }));
                Assert.That(stack.Outputs?.ToDictionary(o => o.OutputKey!, o => o.OutputValue), Is.EquivalentTo(new System.Collections.Generic.Dictionary<string, string?>
                {
                    ["TopicArn"] = topicArn,
                    ["TopicName"] = topicName,
                }));
                Assert.That(stack.Outputs?.Single(o => o.OutputKey == "TopicArn").Description, Is.EqualTo("The topic's ARN"));
            });

            var resources = await _client.DescribeStackResourcesAsync(new DescribeStackResourcesRequest { StackName = stackName });
            var resource = resources.StackResources!.Single();
            Assert.Multiple(() =>
            {
                Assert.That(resource.LogicalResourceId, Is.EqualTo("Topic"));
                Assert.That(resource.ResourceType, Is.EqualTo("AWS::SNS::Topic"));
                Assert.That(resource.PhysicalResourceId, Is.EqualTo(topicArn));
                Assert.That(resource.ResourceStatus, Is.EqualTo(ResourceStatus.CreateComplete));
                Assert.That(resource.StackId, Is.EqualTo(stackId));
                Assert.That(resource.StackName, Is.EqualTo(stackName));
            });

            // The stack really made the topic, with the template's properties.
            using var sns = new Sns.SNSClient(IntegrationSupport.Options(_moto));
            var topic = await sns.GetTopicAttributesAsync(new Sns.GetTopicAttributesRequest { TopicArn = topicArn });
            Assert.That(topic.Attributes?["DisplayName"], Is.EqualTo("integration & <tests>"));

            // GetTemplate hands back the body as sent (a YAML string inside XML).
            var template = await _client.GetTemplateAsync(new GetTemplateRequest { StackName = stackName });
            Assert.That(template.TemplateBody, Is.EqualTo(TopicTemplate));
        }
        finally
        {
            await _client.DeleteStackAsync(new DeleteStackRequest { StackName = stackId });
        }

        // By id a deleted stack stays visible as DELETE_COMPLETE; by name it no longer exists.
        var deleted = await WaitWhileInProgressAsync(stackId);
        Assert.That(deleted.StackStatus, Is.EqualTo(StackStatus.DeleteComplete));
        var error = Assert.ThrowsAsync(Is.InstanceOf<AwsServiceException>(),
            () => _client.DescribeStacksAsync(new DescribeStacksRequest { StackName = stackName })) as AwsServiceException;
        Assert.That(error!.ErrorCode, Is.EqualTo("ValidationError"));
        Assert.That(error.ErrorMessage, Does.Contain(stackName).And.Contain("does not exist"));
    }

    /// <summary>
    /// CloudFormation's ValidationError has no error shape in the model, so it is the untyped exception with the
    /// wire code. (moto 5.2.1 answers CreateStack with an unparsable template with an HTML 500, so the bad template
    /// goes to ValidateTemplate, which answers ValidationError as CloudFormation does.)
    /// </summary>
    [Test]
    public void ValidateTemplate_WithABadTemplate_ThrowsValidationError()
    {
        var error = Assert.ThrowsAsync(Is.InstanceOf<AwsServiceException>(),
            () => _client.ValidateTemplateAsync(new ValidateTemplateRequest { TemplateBody = "{ \"Resources\": { not json" })) as AwsServiceException;

        Assert.Multiple(() =>
        {
            Assert.That(error!.GetType(), Is.EqualTo(typeof(AwsServiceException)), "ValidationError is not modeled");
            Assert.That(error.ErrorCode, Is.EqualTo("ValidationError"));
            Assert.That(error.StatusCode, Is.EqualTo(400));
            Assert.That(error.ErrorType, Is.EqualTo("Sender"));
            Assert.That(error.RequestId, Is.Not.Null.And.Not.Empty);
            Assert.That(error.ErrorMessage, Is.Not.Null.And.Not.Empty);
        });
    }

    [Test]
    public async Task ValidateTemplate_WithAGoodTemplate_ListsItsParameters()
    {
        var validated = await _client.ValidateTemplateAsync(new ValidateTemplateRequest { TemplateBody = TopicTemplate });
        Assert.That(validated.Description, Is.EqualTo("An SNS topic made by the AwsCodegen integration tests"));
        // moto 5.2.1 answers every valid template with an empty Parameters list (CloudFormation lists TopicName).
        Assert.That(validated.Parameters?.Select(p => p.ParameterKey), Is.Null.Or.Empty.Or.EqualTo(new[] { "TopicName" }));
    }

    [Test]
    public void DescribeStacks_ForAMissingStack_ThrowsValidationError()
    {
        string name = IntegrationSupport.UniqueName("no-such-stack");
        var error = Assert.ThrowsAsync(Is.InstanceOf<AwsServiceException>(),
            () => _client.DescribeStacksAsync(new DescribeStacksRequest { StackName = name })) as AwsServiceException;

        Assert.Multiple(() =>
        {
            Assert.That(error!.ErrorCode, Is.EqualTo("ValidationError"));
            Assert.That(error.StatusCode, Is.EqualTo(400));
            Assert.That(error.ErrorMessage, Is.EqualTo($"Stack with id {name} does not exist"));
        });
    }
}
