using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Waiters;
using AwsCodegen.Tests.Infrastructure;
using NUnit.Framework;
using Ddb = AwsCodegen.DynamoDB;
using Ec2 = AwsCodegen.EC2;
using Iam = AwsCodegen.IAM;
using S3 = AwsCodegen.S3;

namespace AwsCodegen.Tests.Integration;

/// <summary>Generated paginators (XxxPagesAsync / XxxItemsAsync) and waiters (WaitUntilXxxAsync) against moto, signature checking on.</summary>
[TestFixture]
[Category("Integration")]
public sealed class PaginatorWaiterIntegrationTests
{
    private static readonly WaiterOptions Quick = new() { Delay = TimeSpan.FromMilliseconds(200), MaxAttempts = 50 };

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items) list.Add(item);
        return list;
    }

    [Test]
    public async Task DynamoDB_WaitUntilTableExists_ThenATimeoutNamesTheWaiter()
    {
        var moto = MotoServer.Shared;
        using var client = new Ddb.DynamoDBClient(IntegrationSupport.Options(moto));
        string table = IntegrationSupport.UniqueName("waiter");
        await client.CreateTableAsync(new Ddb.CreateTableRequest
        {
            TableName = table,
            AttributeDefinitions = new() { new Ddb.AttributeDefinition { AttributeName = "pk", AttributeType = Ddb.ScalarAttributeType.S } },
            KeySchema = new() { new Ddb.KeySchemaElement { AttributeName = "pk", KeyType = Ddb.KeyType.Hash } },
            BillingMode = Ddb.BillingMode.PayPerRequest,
        });
        try
        {
            var described = await client.WaitUntilTableExistsAsync(new Ddb.DescribeTableRequest { TableName = table }, Quick);
            Assert.That(described?.Table?.TableStatus, Is.EqualTo(Ddb.TableStatus.Active));

            // TableNotExists waits for ResourceNotFoundException, which an existing table never gives.
            var e = Assert.ThrowsAsync<WaiterTimeoutException>(() => client.WaitUntilTableNotExistsAsync(
                new Ddb.DescribeTableRequest { TableName = table }, new WaiterOptions { MaxAttempts = 2, Delay = TimeSpan.FromMilliseconds(10) }));
            Assert.That(e!.WaiterName, Is.EqualTo("TableNotExists"));
            Assert.That(e.Attempts, Is.EqualTo(2));
            Assert.That(e.LastErrorCode, Is.Null);
            Assert.That(e.Message, Is.EqualTo("Waiter TableNotExists gave up after 2 attempts; last state: no acceptor matched."));
        }
        finally
        {
            await client.DeleteTableAsync(new Ddb.DeleteTableRequest { TableName = table });
        }
        // And now it does not exist: the error acceptor is the success.
        Assert.That(await client.WaitUntilTableNotExistsAsync(new Ddb.DescribeTableRequest { TableName = table }, Quick), Is.Null);
    }

    [Test]
    public async Task EC2_WaitUntilInstanceRunning_AndDescribeInstancesPages()
    {
        var moto = MotoServer.Shared;
        using var client = new Ec2.EC2Client(IntegrationSupport.Options(moto));
        var images = await client.DescribeImagesAsync(new Ec2.DescribeImagesRequest { Owners = new() { "amazon" } });
        string imageId = images.Images!.First().ImageId!;
        string run = IntegrationSupport.UniqueName("pages");
        var ids = new List<string>();
        try
        {
            for (int i = 0; i < 3; i++)
            {
                var launched = await client.RunInstancesAsync(new Ec2.RunInstancesRequest
                {
                    ImageId = imageId,
                    MinCount = 1,
                    MaxCount = 1,
                    TagSpecifications = new() { new Ec2.TagSpecification { ResourceType = Ec2.ResourceType.Instance, Tags = new() { new Ec2.Tag { Key = "run", Value = run } } } },
                });
                ids.Add(launched.Instances!.Single().InstanceId!);
            }

            var running = await client.WaitUntilInstanceRunningAsync(new Ec2.DescribeInstancesRequest { InstanceIds = ids }, Quick);
            Assert.That(running?.Reservations?.SelectMany(r => r.Instances!).Select(i => i.State?.Name), Is.All.EqualTo(Ec2.InstanceStateName.Running));

            var request = new Ec2.DescribeInstancesRequest { Filters = new() { new Ec2.Filter { Name = "tag:run", Values = new() { run } } }, MaxResults = 2 };
            var pages = await ToListAsync(client.DescribeInstancesPagesAsync(request));
            Assert.That(pages, Has.Count.EqualTo(2));
            var seen = pages.SelectMany(p => p.Reservations!).SelectMany(r => r.Instances!).Select(i => i.InstanceId).ToList();
            Assert.That(seen, Is.EquivalentTo(ids));
            Assert.That(seen, Is.Unique);
            Assert.That(request.NextToken, Is.Null, "the caller's request is not changed");
            Assert.That(request.MaxResults, Is.EqualTo(2));

            var reservations = await ToListAsync(client.DescribeInstancesItemsAsync(request));
            Assert.That(reservations.SelectMany(r => r.Instances!).Select(i => i.InstanceId), Is.EquivalentTo(ids));
        }
        finally
        {
            if (ids.Count > 0) await client.TerminateInstancesAsync(new Ec2.TerminateInstancesRequest { InstanceIds = ids });
        }
    }

    [Test]
    public async Task S3_ListObjectsV2Pages_AndListObjectsWithAJmesPathToken()
    {
        var moto = MotoServer.Shared;
        var options = IntegrationSupport.Options(moto);
        options.ForcePathStyle = true;
        using var client = new S3.S3Client(options);
        string bucket = "pages-" + Guid.NewGuid().ToString("N").Substring(0, 20);
        await client.CreateBucketAsync(new S3.CreateBucketRequest { Bucket = bucket });
        var keys = Enumerable.Range(0, 5).Select(i => $"k/{i:D2}").ToList();
        try
        {
            foreach (var key in keys)
                await client.PutObjectAsync(new S3.PutObjectRequest { Bucket = bucket, Key = key, Body = new MemoryStream(Encoding.UTF8.GetBytes(key)) });

            var v2 = await ToListAsync(client.ListObjectsV2PagesAsync(new S3.ListObjectsV2Request { Bucket = bucket, MaxKeys = 2 }));
            Assert.That(v2.Select(p => p.Contents?.Count ?? 0), Is.EqualTo(new[] { 2, 2, 1 }));
            Assert.That(v2.SelectMany(p => p.Contents!).Select(o => o.Key), Is.EqualTo(keys));

            var items = await ToListAsync(client.ListObjectsV2ItemsAsync(new S3.ListObjectsV2Request { Bucket = bucket, MaxKeys = 2 }));
            Assert.That(items.Select(o => o.Key), Is.EqualTo(keys));

            // ListObjects (v1): output token "NextMarker || Contents[-1].Key", evaluated over the response's document form.
            var v1 = await ToListAsync(client.ListObjectsPagesAsync(new S3.ListObjectsRequest { Bucket = bucket, MaxKeys = 2 }));
            Assert.That(v1, Has.Count.EqualTo(3));
            Assert.That(v1.SelectMany(p => p.Contents!).Select(o => o.Key), Is.EqualTo(keys));
        }
        finally
        {
            foreach (var key in keys) await client.DeleteObjectAsync(new S3.DeleteObjectRequest { Bucket = bucket, Key = key });
            await client.DeleteBucketAsync(new S3.DeleteBucketRequest { Bucket = bucket });
        }
    }

    [Test]
    public async Task IAM_ListRolesPages_AndItems()
    {
        const string trust = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";
        var moto = MotoServer.Shared;
        using var client = new Iam.IAMClient(IntegrationSupport.Options(moto));
        string path = "/pages" + Guid.NewGuid().ToString("N").Substring(0, 12) + "/";
        var names = Enumerable.Range(0, 5).Select(i => $"pager-{i}-{Guid.NewGuid():N}".Substring(0, 40)).ToList();
        foreach (var name in names)
            await client.CreateRoleAsync(new Iam.CreateRoleRequest { RoleName = name, Path = path, AssumeRolePolicyDocument = trust });
        try
        {
            var request = new Iam.ListRolesRequest { PathPrefix = path, MaxItems = 2 };
            var pages = await ToListAsync(client.ListRolesPagesAsync(request));
            Assert.That(pages.Select(p => p.Roles?.Count ?? 0), Is.EqualTo(new[] { 2, 2, 1 }));
            Assert.That(pages.SelectMany(p => p.Roles!).Select(r => r.RoleName), Is.EquivalentTo(names).And.Unique);
            Assert.That(request.Marker, Is.Null);

            var roles = await ToListAsync(client.ListRolesItemsAsync(request));
            Assert.That(roles.Select(r => r.RoleName), Is.EquivalentTo(names).And.Unique);
        }
        finally
        {
            foreach (var name in names) await client.DeleteRoleAsync(new Iam.DeleteRoleRequest { RoleName = name });
        }
    }
}
