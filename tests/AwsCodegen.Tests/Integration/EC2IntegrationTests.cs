using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AwsCodegen.EC2;
using AwsCodegen.Runtime.Errors;
using AwsCodegen.Tests.Infrastructure;
using NUnit.Framework;

namespace AwsCodegen.Tests.Integration;

/// <summary>The generated EC2 client (the ec2 protocol: query-style form with EC2's member names, XML without result wrappers) against moto.</summary>
[TestFixture]
[Category("Integration")]
public sealed class EC2IntegrationTests
{
    private MotoServer _moto = null!;
    private EC2Client _client = null!;
    private string _imageId = null!;

    [OneTimeSetUp]
    public async Task CreateClientAndFindAnImage()
    {
        _moto = MotoServer.Shared;
        _client = new EC2Client(IntegrationSupport.Options(_moto));
        // An AMI moto ships with: its catalogue of Amazon-owned images.
        var images = await _client.DescribeImagesAsync(new DescribeImagesRequest { Owners = new() { "amazon" } });
        Assert.That(images.Images, Is.Not.Null.And.Not.Empty, "moto's default AMIs");
        var image = images.Images!.First();
        Assert.That(image.ImageId, Does.StartWith("ami-"));
        Assert.That(image.OwnerId, Is.Not.Null.And.Not.Empty);
        _imageId = image.ImageId!;
    }

    [OneTimeTearDown]
    public void DisposeClient() => _client?.Dispose();

    private static Filter TagFilter(string key, string value) => new() { Name = "tag:" + key, Values = new() { value } };

    private async Task<List<Instance>> DescribeAllAsync(List<Filter> filters, int? maxResults = null, List<int>? pageSizes = null)
    {
        var instances = new List<Instance>();
        string? token = null;
        int pages = 0;
        do
        {
            var page = await _client.DescribeInstancesAsync(new DescribeInstancesRequest { Filters = filters, MaxResults = maxResults, NextToken = token });
            pageSizes?.Add(page.Reservations?.Count ?? 0);
            instances.AddRange(page.Reservations?.SelectMany(r => r.Instances ?? new()) ?? Enumerable.Empty<Instance>());
            Assert.That(token is null || page.NextToken != token, "the token must move on");
            token = page.NextToken;
            Assert.That(++pages, Is.LessThan(50), "DescribeInstances never stopped paging");
        }
        while (!string.IsNullOrEmpty(token));
        return instances;
    }

    [Test]
    public async Task Instances_RunDescribeTagTerminate()
    {
        string run = IntegrationSupport.UniqueName("run");
        string name = IntegrationSupport.UniqueName("instance");

        var launched = await _client.RunInstancesAsync(new RunInstancesRequest
        {
            ImageId = _imageId,
            InstanceType = InstanceType.T2Micro,
            MinCount = 2,
            MaxCount = 2,
            TagSpecifications = new()
            {
                new TagSpecification
                {
                    ResourceType = ResourceType.Instance,
                    Tags = new() { new Tag { Key = "Name", Value = name }, new Tag { Key = "run", Value = run } },
                },
            },
        });
        Assert.That(launched.ReservationId, Does.StartWith("r-"));
        Assert.That(launched.OwnerId, Is.EqualTo(MotoServer.AccountId));
        Assert.That(launched.Instances, Has.Count.EqualTo(2));
        var ids = launched.Instances!.Select(i => i.InstanceId!).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(ids, Is.All.StartWith("i-"));
            Assert.That(launched.Instances!.Select(i => i.ImageId), Is.All.EqualTo(_imageId));
            Assert.That(launched.Instances!.Select(i => i.InstanceType), Is.All.EqualTo(InstanceType.T2Micro));
            Assert.That(launched.Instances!.Select(i => i.AmiLaunchIndex), Is.EquivalentTo(new int?[] { 0, 1 }));
            Assert.That(launched.Instances![0].Tags?.Select(t => (t.Key, t.Value)), Is.SupersetOf(new[] { ("Name", name), ("run", run) }));
        });

        try
        {
            // Filters: state and tag:Name select exactly our two instances among everything on the shared moto.
            var running = await DescribeAllAsync(new()
            {
                new Filter { Name = "instance-state-name", Values = new() { "running" } },
                TagFilter("Name", name),
            });
            Assert.That(running.Select(i => i.InstanceId), Is.EquivalentTo(ids));
            Assert.Multiple(() =>
            {
                Assert.That(running.Select(i => i.State?.Name), Is.All.EqualTo(InstanceStateName.Running));
                Assert.That(running.Select(i => i.State?.Code), Is.All.EqualTo(16));
                Assert.That(running.Select(i => i.LaunchTime), Is.All.Not.Null);
                Assert.That(running.Select(i => i.Placement?.AvailabilityZone), Is.All.StartWith(_moto.Region));
            });

            var stopped = await DescribeAllAsync(new()
            {
                new Filter { Name = "instance-state-name", Values = new() { "stopped" } },
                TagFilter("Name", name),
            });
            Assert.That(stopped, Is.Empty);

            await _client.CreateTagsAsync(new CreateTagsRequest
            {
                Resources = new() { ids[0] },
                Tags = new() { new Tag { Key = "role", Value = "primary & <first>" }, new Tag { Key = "empty", Value = "" } },
            });
            var primary = await DescribeAllAsync(new() { TagFilter("role", "primary & <first>") });
            Assert.That(primary.Select(i => i.InstanceId), Is.EqualTo(new[] { ids[0] }));
            Assert.That(primary[0].Tags?.ToDictionary(t => t.Key!, t => t.Value), Is.EquivalentTo(new Dictionary<string, string?>
            {
                ["Name"] = name,
                ["run"] = run,
                ["role"] = "primary & <first>",
                ["empty"] = "",
            }));

            var byId = await _client.DescribeInstancesAsync(new DescribeInstancesRequest { InstanceIds = new() { ids[1] } });
            Assert.That(byId.Reservations?.SelectMany(r => r.Instances!).Select(i => i.InstanceId), Is.EqualTo(new[] { ids[1] }));
            Assert.That(byId.Reservations![0].ReservationId, Is.EqualTo(launched.ReservationId));
        }
        finally
        {
            var terminated = await _client.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = ids });
            Assert.That(terminated.TerminatingInstances?.Select(c => c.InstanceId), Is.EquivalentTo(ids));
            Assert.That(terminated.TerminatingInstances!.Select(c => c.PreviousState?.Name), Is.All.EqualTo(InstanceStateName.Running));
            Assert.That(terminated.TerminatingInstances!.Select(c => c.CurrentState?.Name),
                Is.All.EqualTo(InstanceStateName.ShuttingDown).Or.All.EqualTo(InstanceStateName.Terminated));
        }

        var afterTerminate = await DescribeAllAsync(new()
        {
            new Filter { Name = "instance-state-name", Values = new() { "running" } },
            TagFilter("run", run),
        });
        Assert.That(afterTerminate, Is.Empty);
    }

    /// <summary>
    /// MaxResults/NextToken by hand over five reservations. moto pages by reservation after filtering. (Real EC2
    /// wants MaxResults of at least 5; moto takes 2, which gives three pages here.)
    /// </summary>
    [Test]
    public async Task DescribeInstances_FollowsNextToken()
    {
        string run = IntegrationSupport.UniqueName("paged");
        var ids = new List<string>();
        try
        {
            for (int i = 0; i < 5; i++)
            {
                var launched = await _client.RunInstancesAsync(new RunInstancesRequest
                {
                    ImageId = _imageId,
                    MinCount = 1,
                    MaxCount = 1,
                    TagSpecifications = new() { new TagSpecification { ResourceType = ResourceType.Instance, Tags = new() { new Tag { Key = "run", Value = run } } } },
                });
                ids.Add(launched.Instances!.Single().InstanceId!);
            }

            var sizes = new List<int>();
            var instances = await DescribeAllAsync(new() { TagFilter("run", run) }, maxResults: 2, pageSizes: sizes);
            Assert.That(instances.Select(i => i.InstanceId), Is.EquivalentTo(ids));
            Assert.That(instances.Select(i => i.InstanceId), Is.Unique);
            Assert.That(sizes, Is.EqualTo(new[] { 2, 2, 1 }));
        }
        finally
        {
            if (ids.Count > 0) await _client.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = ids });
        }
    }

    [Test]
    public async Task VpcAndSecurityGroup_CreateAuthorizeDescribeDelete()
    {
        string name = IntegrationSupport.UniqueName("vpc");
        var vpc = (await _client.CreateVpcAsync(new CreateVpcRequest
        {
            CidrBlock = "10.42.0.0/16",
            TagSpecifications = new() { new TagSpecification { ResourceType = ResourceType.Vpc, Tags = new() { new Tag { Key = "Name", Value = name } } } },
        })).Vpc!;
        Assert.Multiple(() =>
        {
            Assert.That(vpc.VpcId, Does.StartWith("vpc-"));
            Assert.That(vpc.CidrBlock, Is.EqualTo("10.42.0.0/16"));
            Assert.That(vpc.IsDefault, Is.False);
            Assert.That(vpc.Tags?.Select(t => (t.Key, t.Value)), Is.EquivalentTo(new[] { ("Name", name) }));
        });

        string? groupId = null;
        try
        {
            var described = await _client.DescribeVpcsAsync(new DescribeVpcsRequest { Filters = new() { TagFilter("Name", name) } });
            Assert.That(described.Vpcs?.Select(v => v.VpcId), Is.EqualTo(new[] { vpc.VpcId }));
            Assert.That(described.Vpcs![0].State, Is.EqualTo(VpcState.Available));

            string groupName = IntegrationSupport.UniqueName("sg");
            var group = await _client.CreateSecurityGroupAsync(new CreateSecurityGroupRequest
            {
                GroupName = groupName,
                Description = "integration tests: web & dns",
                VpcId = vpc.VpcId,
            });
            groupId = group.GroupId;
            Assert.That(groupId, Does.StartWith("sg-"));

            await _client.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
            {
                GroupId = groupId,
                IpPermissions = new()
                {
                    new IpPermission
                    {
                        IpProtocol = "tcp",
                        FromPort = 443,
                        ToPort = 443,
                        IpRanges = new() { new IpRange { CidrIp = "203.0.113.0/24", Description = "docs range" } },
                    },
                    new IpPermission
                    {
                        IpProtocol = "udp",
                        FromPort = 53,
                        ToPort = 53,
                        IpRanges = new() { new IpRange { CidrIp = "198.51.100.0/24" }, new IpRange { CidrIp = "192.0.2.0/24" } },
                    },
                },
            });

            var groups = await _client.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest { GroupIds = new() { groupId! } });
            var sg = groups.SecurityGroups!.Single();
            Assert.Multiple(() =>
            {
                Assert.That(sg.GroupId, Is.EqualTo(groupId));
                Assert.That(sg.GroupName, Is.EqualTo(groupName));
                Assert.That(sg.Description, Is.EqualTo("integration tests: web & dns"));
                Assert.That(sg.VpcId, Is.EqualTo(vpc.VpcId));
                Assert.That(sg.OwnerId, Is.EqualTo(MotoServer.AccountId));
            });
            var tcp = sg.IpPermissions!.Single(p => p.IpProtocol == "tcp");
            var udp = sg.IpPermissions!.Single(p => p.IpProtocol == "udp");
            Assert.Multiple(() =>
            {
                Assert.That(sg.IpPermissions, Has.Count.EqualTo(2));
                Assert.That((tcp.FromPort, tcp.ToPort), Is.EqualTo((443, 443)));
                Assert.That(tcp.IpRanges?.Select(r => (r.CidrIp, r.Description)), Is.EqualTo(new[] { ("203.0.113.0/24", "docs range") }));
                Assert.That((udp.FromPort, udp.ToPort), Is.EqualTo((53, 53)));
                Assert.That(udp.IpRanges?.Select(r => r.CidrIp), Is.EquivalentTo(new[] { "198.51.100.0/24", "192.0.2.0/24" }));
                // The default egress rule of a VPC group: all traffic to anywhere.
                Assert.That(sg.IpPermissionsEgress?.SelectMany(p => p.IpRanges ?? new()).Select(r => r.CidrIp), Does.Contain("0.0.0.0/0"));
            });

            var inVpc = await _client.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest
            {
                Filters = new() { new Filter { Name = "vpc-id", Values = new() { vpc.VpcId! } }, new Filter { Name = "group-name", Values = new() { groupName } } },
            });
            Assert.That(inVpc.SecurityGroups?.Select(g => g.GroupId), Is.EqualTo(new[] { groupId }));

            await _client.DeleteSecurityGroupAsync(new DeleteSecurityGroupRequest { GroupId = groupId });
            groupId = null;
            var gone = Assert.ThrowsAsync(Is.InstanceOf<AwsServiceException>(),
                () => _client.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest { GroupIds = new() { group.GroupId! } })) as AwsServiceException;
            Assert.That(gone!.ErrorCode, Is.EqualTo("InvalidGroup.NotFound"));
        }
        finally
        {
            if (groupId is not null) await _client.DeleteSecurityGroupAsync(new DeleteSecurityGroupRequest { GroupId = groupId });
            await _client.DeleteVpcAsync(new DeleteVpcRequest { VpcId = vpc.VpcId });
        }

        var vpcGone = Assert.ThrowsAsync(Is.InstanceOf<AwsServiceException>(),
            () => _client.DescribeVpcsAsync(new DescribeVpcsRequest { VpcIds = new() { vpc.VpcId! } })) as AwsServiceException;
        Assert.That(vpcGone!.ErrorCode, Is.EqualTo("InvalidVpcID.NotFound"));
        Assert.That(vpcGone.StatusCode, Is.EqualTo(400));
    }

    /// <summary>
    /// EC2's error body is <c>&lt;Response&gt;&lt;Errors&gt;&lt;Error&gt;&lt;Code/&gt;&lt;Message/&gt;&lt;/Error&gt;&lt;/Errors&gt;&lt;RequestID/&gt;&lt;/Response&gt;</c>
    /// (RequestID with a capital D). EC2 models no error shapes, so the exception is the untyped one. moto answers
    /// InvalidInstanceID.NotFound even for a malformed id, where EC2 says InvalidInstanceID.Malformed.
    /// </summary>
    [TestCase("i-0123456789abcdef0")]
    [TestCase("i-not-an-instance")]
    public void DescribeInstances_ForAMissingInstance_ThrowsWithTheEc2ErrorCode(string instanceId)
    {
        var error = Assert.ThrowsAsync(Is.InstanceOf<AwsServiceException>(),
            () => _client.DescribeInstancesAsync(new DescribeInstancesRequest { InstanceIds = new() { instanceId } })) as AwsServiceException;

        Assert.Multiple(() =>
        {
            Assert.That(error!.ErrorCode, Is.EqualTo("InvalidInstanceID.NotFound").Or.EqualTo("InvalidInstanceID.Malformed"));
            Assert.That(error.StatusCode, Is.EqualTo(400));
            Assert.That(error.RequestId, Is.Not.Null.And.Not.Empty);
            Assert.That(error.ErrorMessage, Does.Contain(instanceId));
        });
    }

    [Test]
    public void TerminateInstances_ForAMissingInstance_Throws()
    {
        var error = Assert.ThrowsAsync(Is.InstanceOf<AwsServiceException>(),
            () => _client.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = new() { "i-0fedcba9876543210" } })) as AwsServiceException;
        Assert.That(error!.ErrorCode, Is.EqualTo("InvalidInstanceID.NotFound"));
        Assert.That(error.RequestId, Is.Not.Null.And.Not.Empty);
    }
}
