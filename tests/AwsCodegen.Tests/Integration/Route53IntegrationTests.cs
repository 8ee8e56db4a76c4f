using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AwsCodegen.Route53;
using AwsCodegen.Runtime.Errors;
using AwsCodegen.Tests.Infrastructure;
using NUnit.Framework;

namespace AwsCodegen.Tests.Integration;

/// <summary>The generated Route 53 client (restXml: labels in the path, XML request bodies) against moto.</summary>
/// <remarks>
/// <para>Route 53 is a global service: the client still gets ServiceUrl = the moto endpoint.</para>
/// <para>moto 5.2.1's signature check fails every bodiless Route 53 request (GET/DELETE), whoever signs it: boto3
/// gets an empty-coded 403 on ListHostedZones/GetHostedZone/ListResourceRecordSets/DeleteHostedZone too (the same
/// limitation as LambdaIntegrationTests). So the full round trip runs against a private moto without
/// authentication, and the POSTs moto can verify (CreateHostedZone, ChangeResourceRecordSets) also run against the
/// shared, authenticated instance.</para>
/// <para>Zone ids come back as "/hostedzone/ID" and the tests pass them back exactly so: the client strips the
/// prefix for the URI (a quirk outside the model, in the generator's customization table), as botocore does.</para>
/// </remarks>
[TestFixture]
[Category("Integration")]
public sealed class Route53IntegrationTests
{
    private MotoServer _moto = null!;
    private Route53Client _client = null!;

    [OneTimeSetUp]
    public async Task StartMoto()
    {
        _moto = await MotoServer.StartAsync(authentication: false);
        _client = new Route53Client(IntegrationSupport.Options(_moto));
    }

    [OneTimeTearDown]
    public void StopMoto()
    {
        _client?.Dispose();
        _moto?.Dispose();
    }


    private static string UniqueZoneName() => $"{Guid.NewGuid():N}.example.com";

    private static Change Change(ChangeAction action, string name, RRType type, long ttl, params string[] values) => new()
    {
        Action = action,
        ResourceRecordSet = new ResourceRecordSet
        {
            Name = name,
            Type = type,
            TTL = ttl,
            ResourceRecords = values.Select(v => new ResourceRecord { Value = v }).ToList(),
        },
    };

    private async Task<List<ResourceRecordSet>> ListRecordsAsync(Route53Client client, string zoneId)
    {
        var records = new List<ResourceRecordSet>();
        string? name = null;
        RRType? type = null;
        int pages = 0;
        while (true)
        {
            var page = await client.ListResourceRecordSetsAsync(new ListResourceRecordSetsRequest { HostedZoneId = zoneId, StartRecordName = name, StartRecordType = type });
            records.AddRange(page.ResourceRecordSets ?? new());
            Assert.That(++pages, Is.LessThan(50));
            if (page.IsTruncated != true) return records;
            (name, type) = (page.NextRecordName, page.NextRecordType);
        }
    }

    [Test]
    public async Task HostedZone_CreateGetListRecordSetsDelete()
    {
        string zoneName = UniqueZoneName();
        string callerReference = Guid.NewGuid().ToString();
        const string comment = "integration tests & <friends>";

        var created = await _client.CreateHostedZoneAsync(new CreateHostedZoneRequest
        {
            Name = zoneName,
            CallerReference = callerReference,
            HostedZoneConfig = new HostedZoneConfig { Comment = comment, PrivateZone = false },
        });
        var zone = created.HostedZone!;
        string zoneId = zone.Id!;
        Assert.Multiple(() =>
        {
            Assert.That(zone.Id, Does.StartWith("/hostedzone/"));
            Assert.That(zone.Name, Is.EqualTo(zoneName + "."));
            Assert.That(zone.CallerReference, Is.EqualTo(callerReference));
            Assert.That(zone.Config?.Comment, Is.EqualTo(comment));
            Assert.That(zone.Config?.PrivateZone, Is.False);
            Assert.That(created.DelegationSet?.NameServers, Is.Not.Null.And.Not.Empty);
            // The Location header (the new zone's URL) binds to the output too.
            Assert.That(created.Location, Does.EndWith(zoneId));
        });

        try
        {
            var got = await _client.GetHostedZoneAsync(new GetHostedZoneRequest { Id = zoneId });
            Assert.Multiple(() =>
            {
                Assert.That(got.HostedZone?.Id, Is.EqualTo(zone.Id));
                Assert.That(got.HostedZone?.Name, Is.EqualTo(zoneName + "."));
                Assert.That(got.HostedZone?.Config?.Comment, Is.EqualTo(comment));
                Assert.That(got.HostedZone?.ResourceRecordSetCount, Is.EqualTo(2), "SOA and NS");
                Assert.That(got.DelegationSet?.NameServers, Is.EquivalentTo(created.DelegationSet!.NameServers!));
            });

            var listed = new List<HostedZone>();
            string? marker = null;
            do
            {
                var page = await _client.ListHostedZonesAsync(new ListHostedZonesRequest { Marker = marker });
                listed.AddRange(page.HostedZones ?? new());
                marker = page.IsTruncated == true ? page.NextMarker : null;
            }
            while (marker is not null);
            Assert.That(listed.Where(z => z.Id == zone.Id).Select(z => (z.Name, z.CallerReference)), Is.EqualTo(new[] { (zoneName + ".", callerReference) }));

            string www = "www." + zoneName;
            string txt = "txt." + zoneName;
            var change = await _client.ChangeResourceRecordSetsAsync(new ChangeResourceRecordSetsRequest
            {
                HostedZoneId = zoneId,
                ChangeBatch = new ChangeBatch
                {
                    Comment = "create",
                    Changes = new()
                    {
                        Change(ChangeAction.Create, www, RRType.A, 300, "192.0.2.1", "192.0.2.2"),
                        Change(ChangeAction.Create, txt, RRType.Txt, 60, "\"hello world\"", "\"a&b<c>\""),
                    },
                },
            });
            Assert.That(change.ChangeInfo?.Id, Is.Not.Null.And.Not.Empty);
            Assert.That(change.ChangeInfo?.Status, Is.EqualTo(ChangeStatus.Insync).Or.EqualTo(ChangeStatus.Pending));

            var records = await ListRecordsAsync(_client, zoneId);
            Assert.That(records.Select(r => r.Type), Is.SupersetOf(new[] { RRType.Soa, RRType.Ns }));
            var a = records.Single(r => r.Name == www + "." && r.Type == RRType.A);
            var t = records.Single(r => r.Name == txt + "." && r.Type == RRType.Txt);
            Assert.Multiple(() =>
            {
                Assert.That(a.TTL, Is.EqualTo(300));
                Assert.That(a.ResourceRecords?.Select(r => r.Value), Is.EquivalentTo(new[] { "192.0.2.1", "192.0.2.2" }));
                Assert.That(t.TTL, Is.EqualTo(60));
                Assert.That(t.ResourceRecords?.Select(r => r.Value), Is.EquivalentTo(new[] { "\"hello world\"", "\"a&b<c>\"" }));
            });

            await _client.ChangeResourceRecordSetsAsync(new ChangeResourceRecordSetsRequest
            {
                HostedZoneId = zoneId,
                ChangeBatch = new ChangeBatch { Changes = new() { Change(ChangeAction.Upsert, www, RRType.A, 120, "198.51.100.7") } },
            });
            records = await ListRecordsAsync(_client, zoneId);
            a = records.Single(r => r.Name == www + "." && r.Type == RRType.A);
            Assert.That(a.TTL, Is.EqualTo(120));
            Assert.That(a.ResourceRecords?.Select(r => r.Value), Is.EqualTo(new[] { "198.51.100.7" }));

            await _client.ChangeResourceRecordSetsAsync(new ChangeResourceRecordSetsRequest
            {
                HostedZoneId = zoneId,
                ChangeBatch = new ChangeBatch
                {
                    Changes = new()
                    {
                        Change(ChangeAction.Delete, www, RRType.A, 120, "198.51.100.7"),
                        Change(ChangeAction.Delete, txt, RRType.Txt, 60, "\"hello world\"", "\"a&b<c>\""),
                    },
                },
            });
            records = await ListRecordsAsync(_client, zoneId);
            Assert.That(records.Select(r => r.Name), Has.None.EqualTo(www + ".").And.None.EqualTo(txt + "."));
        }
        finally
        {
            await _client.DeleteHostedZoneAsync(new DeleteHostedZoneRequest { Id = zoneId });
        }

        var error = Assert.ThrowsAsync<NoSuchHostedZoneException>(() => _client.GetHostedZoneAsync(new GetHostedZoneRequest { Id = zoneId }));
        Assert.That(error!.ErrorCode, Is.EqualTo("NoSuchHostedZone"));
    }

    [Test]
    public void GetHostedZone_ForAMissingZone_ThrowsNoSuchHostedZoneException()
    {
        var error = Assert.ThrowsAsync(Is.InstanceOf<AwsServiceException>(),
            () => _client.GetHostedZoneAsync(new GetHostedZoneRequest { Id = "Z0123456789NOSUCHZONE" })) as AwsServiceException;

        Assert.Multiple(() =>
        {
            Assert.That(error, Is.InstanceOf<NoSuchHostedZoneException>(), $"got {error?.GetType().FullName} with ErrorCode '{error?.ErrorCode}'");
            Assert.That(error!.ErrorCode, Is.EqualTo("NoSuchHostedZone"));
            Assert.That(error.StatusCode, Is.EqualTo(404));
            Assert.That(error.ErrorMessage, Does.Contain("Z0123456789NOSUCHZONE"));
        });
    }

    /// <summary>The signed POSTs on the shared, authenticated moto (see the class remarks for why only these).</summary>
    [Test]
    public async Task CreateZoneAndChangeRecords_OnTheAuthenticatedMoto()
    {
        using var client = new Route53Client(IntegrationSupport.Options(MotoServer.Shared));
        string zoneName = UniqueZoneName();
        var created = await client.CreateHostedZoneAsync(new CreateHostedZoneRequest { Name = zoneName, CallerReference = Guid.NewGuid().ToString() });
        Assert.That(created.HostedZone?.Name, Is.EqualTo(zoneName + "."));
        string zoneId = created.HostedZone!.Id!;

        var change = await client.ChangeResourceRecordSetsAsync(new ChangeResourceRecordSetsRequest
        {
            HostedZoneId = zoneId,
            ChangeBatch = new ChangeBatch { Changes = new() { Change(ChangeAction.Create, "api." + zoneName, RRType.Cname, 30, "target.example.net") } },
        });
        Assert.That(change.ChangeInfo?.Id, Is.Not.Null.And.Not.Empty);

        // Both changes are POSTs moto verifies; the zone cannot be deleted there (DELETE), so remove the record at least.
        await client.ChangeResourceRecordSetsAsync(new ChangeResourceRecordSetsRequest
        {
            HostedZoneId = zoneId,
            ChangeBatch = new ChangeBatch { Changes = new() { Change(ChangeAction.Delete, "api." + zoneName, RRType.Cname, 30, "target.example.net") } },
        });
    }
}
