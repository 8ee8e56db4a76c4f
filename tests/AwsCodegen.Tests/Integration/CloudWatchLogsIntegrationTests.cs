using System;
using System.Linq;
using System.Threading.Tasks;
using AwsCodegen.CloudWatchLogs;
using AwsCodegen.Tests.Infrastructure;
using NUnit.Framework;

namespace AwsCodegen.Tests.Integration;

/// <summary>The generated CloudWatch Logs client (awsJson 1.1) against moto with signature checking on.</summary>
[TestFixture]
[Category("Integration")]
public sealed class CloudWatchLogsIntegrationTests
{
    private MotoServer _moto = null!;
    private CloudWatchLogsClient _client = null!;

    [OneTimeSetUp]
    public void CreateClient()
    {
        _moto = MotoServer.Shared;
        _client = new CloudWatchLogsClient(IntegrationSupport.Options(_moto));
    }

    [OneTimeTearDown]
    public void DisposeClient() => _client?.Dispose();

    [Test]
    public async Task LogGroup_CreateStreamPutGetDescribeDelete()
    {
        string prefix = "/awscodegen/" + Guid.NewGuid().ToString("N");
        string group = prefix + "/app";
        string stream = "stream-" + Guid.NewGuid().ToString("N");

        await _client.CreateLogGroupAsync(new CreateLogGroupRequest { LogGroupName = group, Tags = new() { ["suite"] = "integration" } });
        try
        {
            await _client.CreateLogStreamAsync(new CreateLogStreamRequest { LogGroupName = group, LogStreamName = stream });

            long now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            string[] messages = { "first line", "second line with unicode ✓ and \"quotes\"", "{\"json\": true}" };
            var put = await _client.PutLogEventsAsync(new PutLogEventsRequest
            {
                LogGroupName = group,
                LogStreamName = stream,
                LogEvents = messages.Select((m, i) => new InputLogEvent { Timestamp = now + i, Message = m }).ToList(),
            });
            Assert.That(put.RejectedLogEventsInfo, Is.Null, "no event was rejected");

            var events = await _client.GetLogEventsAsync(new GetLogEventsRequest
            {
                LogGroupName = group,
                LogStreamName = stream,
                StartFromHead = true,
            });
            Assert.That(events.Events?.Select(e => e.Message), Is.EqualTo(messages));
            Assert.That(events.Events?.Select(e => e.Timestamp), Is.EqualTo(new long?[] { now, now + 1, now + 2 }));
            Assert.That(events.NextForwardToken, Is.Not.Null.And.Not.Empty);

            var limited = await _client.GetLogEventsAsync(new GetLogEventsRequest { LogGroupName = group, LogStreamName = stream, StartFromHead = true, Limit = 1 });
            Assert.That(limited.Events?.Select(e => e.Message), Is.EqualTo(new[] { "first line" }));

            var streams = await _client.DescribeLogStreamsAsync(new DescribeLogStreamsRequest { LogGroupName = group });
            Assert.That(streams.LogStreams?.Select(s => s.LogStreamName), Is.EqualTo(new[] { stream }));

            var groups = await _client.DescribeLogGroupsAsync(new DescribeLogGroupsRequest { LogGroupNamePrefix = prefix });
            Assert.That(groups.LogGroups?.Select(g => g.LogGroupName), Is.EqualTo(new[] { group }));
            Assert.That(groups.LogGroups![0].Arn, Does.StartWith($"arn:aws:logs:{_moto.Region}:{MotoServer.AccountId}:log-group:{group}"));
            Assert.That(groups.LogGroups[0].CreationTime, Is.GreaterThan(0));

            var duplicate = Assert.ThrowsAsync<ResourceAlreadyExistsException>(() =>
                _client.CreateLogGroupAsync(new CreateLogGroupRequest { LogGroupName = group }))!;
            Assert.That(duplicate.ErrorCode, Is.EqualTo("ResourceAlreadyExistsException"));
            Assert.That(duplicate.StatusCode, Is.EqualTo(400));
        }
        finally
        {
            await _client.DeleteLogGroupAsync(new DeleteLogGroupRequest { LogGroupName = group });
        }

        var after = await _client.DescribeLogGroupsAsync(new DescribeLogGroupsRequest { LogGroupNamePrefix = prefix });
        Assert.That(after.LogGroups, Is.Null.Or.Empty);

        var missing = Assert.ThrowsAsync<ResourceNotFoundException>(() =>
            _client.GetLogEventsAsync(new GetLogEventsRequest { LogGroupName = group, LogStreamName = stream }))!;
        Assert.That(missing.ErrorCode, Is.EqualTo("ResourceNotFoundException"));
        Assert.That(missing.StatusCode, Is.EqualTo(400));
        Assert.That(missing.RequestId, Is.Not.Null.And.Not.Empty);
    }
}
