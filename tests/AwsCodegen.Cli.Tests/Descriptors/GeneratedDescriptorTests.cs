using System.Linq;
using AwsCodegen.Generated;
using AwsCodegen.Runtime.Descriptors;
using NUnit.Framework;

namespace AwsCodegen.Cli.Tests.Descriptors;

/// <summary>The generated service index and descriptors, as the CLI reads them.</summary>
public sealed class GeneratedDescriptorTests
{
    [Test]
    public void The_index_lists_the_default_services_by_command_name()
    {
        var names = AwsServiceIndex.Services.Select(s => s.CliName).ToList();
        Assert.That(names, Is.Ordered.Using((System.Collections.Generic.IComparer<string>)System.StringComparer.Ordinal));
        Assert.That(names, Does.Contain("s3api").And.Contain("dynamodb").And.Contain("logs").And.Contain("ec2").And.Not.Contain("s3"));
        Assert.That(AwsServiceIndex.Find("s3api")!.ServiceName, Is.EqualTo("s3"));
        Assert.That(AwsServiceIndex.Find("nope"), Is.Null);
    }

    [Test]
    public void An_operation_is_found_by_command_name_with_its_input_members()
    {
        var dynamo = AwsServiceIndex.Find("dynamodb")!.Descriptor;
        Assert.That(dynamo.Protocol, Is.EqualTo(DocumentProtocol.Json));
        var op = dynamo.FindOperationByCliName("put-item")!;
        Assert.That(op.Name, Is.EqualTo("PutItem"));
        Assert.That(dynamo.FindOperation("PutItem"), Is.SameAs(op));
        var table = op.Input.Member("TableName")!;
        Assert.That(table.CliName, Is.EqualTo("table-name"));
        Assert.That(table.IsRequired, Is.True);
        var item = op.Input.Member("Item")!;
        Assert.That(item.Shape.Type, Is.EqualTo(ShapeType.Map));
        Assert.That(item.Shape.Element!.Shape.Type, Is.EqualTo(ShapeType.Structure));
        var returnValues = op.Input.Member("ReturnValues")!;
        Assert.That(returnValues.Shape.EnumValues, Does.Contain("ALL_OLD"));
    }

    [Test]
    public void Paginators_waiters_renames_and_streaming_come_from_the_models()
    {
        var dynamo = AwsServiceIndex.Find("dynamodb")!.Descriptor;
        var scan = dynamo.FindOperationByCliName("scan")!;
        Assert.That(scan.Paginator!.InputTokens, Is.EqualTo(new[] { "ExclusiveStartKey" }));
        Assert.That(scan.Paginator.ResultKeys, Is.EqualTo(new[] { "Items", "Count", "ScannedCount" }));
        Assert.That(scan.Paginator.NonAggregateKeys, Is.EqualTo(new[] { "ConsumedCapacity" }));
        var tableExists = dynamo.FindWaiterByCliName("table-exists")!;
        Assert.That(tableExists.Operation.Name, Is.EqualTo("DescribeTable"));
        Assert.That(tableExists.Acceptors, Is.Not.Empty);

        var sns = AwsServiceIndex.Find("sns")!.Descriptor;
        Assert.That(sns.FindOperationByCliName("subscribe")!.Input.Member("Endpoint")!.CliName, Is.EqualTo("notification-endpoint"));

        var ec2 = AwsServiceIndex.Find("ec2")!.Descriptor;
        Assert.That(ec2.FindOperationByCliName("import-instance")!.Is(OperationFlags.Hidden), Is.True);
        Assert.That(ec2.FindOperationByCliName("describe-instances")!.Input.Member("DryRun")!.NegatedCliName, Is.EqualTo("no-dry-run"));

        var s3 = AwsServiceIndex.Find("s3api")!.Descriptor;
        var getObject = s3.FindOperationByCliName("get-object")!;
        Assert.That(getObject.Is(OperationFlags.StreamingOutput), Is.True);
        Assert.That(s3.FindOperationByCliName("put-object")!.Is(OperationFlags.StreamingInput), Is.True);
        Assert.That(getObject.Output.Member("ContentLength")!.Location, Is.EqualTo(WireLocation.Header));
        Assert.That(getObject.Output.Member("Metadata")!.Location, Is.EqualTo(WireLocation.Headers));
        Assert.That(getObject.Output.Member("Metadata")!.WireName, Is.EqualTo("x-amz-meta-"));
    }

    [Test]
    public void Documentation_is_plain_text()
    {
        var dynamo = AwsServiceIndex.Find("dynamodb")!.Descriptor;
        string? doc = dynamo.Documentation.Operation("PutItem");
        Assert.That(doc, Does.StartWith("Creates a new item, or replaces an old item with a new item."));
        Assert.That(doc, Does.Not.Contain("<p>"));
        Assert.That(dynamo.Documentation.Member("PutItemInput", "TableName"), Does.Contain("table"));
    }
}
