using System.Linq;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace AwsCodegen.Tests.Generator;

/// <summary>Bad models become compiler diagnostics that name the file and the shape or operation: never a crash, never silent.</summary>
public class DiagnosticsTests
{
    private const string Path = "/repo/models/broken/service-2.json";

    private static Diagnostic Single(string json)
    {
        var (run, _) = GeneratorHarness.Generate((Path, json));
        Assert.That(run.Results.Single().Exception, Is.Null);
        Assert.That(run.Results.Single().GeneratedSources, Is.Empty, "nothing is generated from a broken model");
        Assert.That(run.Diagnostics, Has.Length.EqualTo(1), GeneratorHarness.Describe(run.Diagnostics));
        var diagnostic = run.Diagnostics[0];
        Assert.That(diagnostic.Severity, Is.EqualTo(DiagnosticSeverity.Error));
        Assert.That(diagnostic.Location.GetLineSpan().Path, Is.EqualTo(Path));
        return diagnostic;
    }

    private static string Model(string metadata, string operations, string shapes) =>
        "{\"version\":\"2.0\",\"metadata\":{" + metadata + "},\"operations\":{" + operations + "},\"shapes\":{" + shapes + "}}";

    private const string Json = "\"protocol\":\"json\",\"jsonVersion\":\"1.1\",\"serviceId\":\"Broken\",\"endpointPrefix\":\"broken\",\"targetPrefix\":\"B\"";

    [Test]
    public void InvalidJson_NamesTheFileAndLine()
    {
        var d = Single("{\n  \"metadata\": {\n    \"protocol\": \"json\",,\n  }\n}");
        Assert.That(d.Id, Is.EqualTo("AWSCG001"));
        Assert.That(d.Location.GetLineSpan().StartLinePosition.Line + 1, Is.EqualTo(3));
        Assert.That(d.GetMessage(), Does.Contain(Path));
    }

    [Test]
    public void MissingMetadata() =>
        Assert.That(Single("""{"operations":{},"shapes":{}}""").GetMessage(), Does.Contain("no 'metadata'"));

    [Test]
    public void UnsupportedProtocol_ListsWhatTheModelAsksFor()
    {
        var d = Single(Model("\"protocol\":\"smithy-rpc-v2-cbor\",\"protocols\":[\"smithy-rpc-v2-cbor\"]", "", ""));
        Assert.That(d.Id, Is.EqualTo("AWSCG003"));
        Assert.That(d.GetMessage(), Does.Contain("smithy-rpc-v2-cbor"));
    }

    [Test]
    public void ProtocolChoice_TakesTheFirstSupportedOfProtocols()
    {
        var spec = GeneratedCodeTests.Parse(Model("\"protocols\":[\"smithy-rpc-v2-cbor\",\"json\"],\"protocol\":\"smithy-rpc-v2-cbor\",\"jsonVersion\":\"1.0\",\"serviceId\":\"X\"", "", ""));
        Assert.That(spec.Protocol, Is.EqualTo(AwsCodegen.Generator.Model.WireProtocol.Json));
    }

    [Test]
    public void UnknownShape_NamesMemberAndTarget()
    {
        var d = Single(Model(Json, "", "\"Item\":{\"type\":\"structure\",\"members\":{\"Price\":{\"shape\":\"Money\"}}}"));
        Assert.That(d.Id, Is.EqualTo("AWSCG004"));
        Assert.That(d.GetMessage(), Does.Contain("member 'Price' of shape 'Item'").And.Contain("'Money'"));
    }

    [Test]
    public void UnknownShapeType()
    {
        var d = Single(Model(Json, "", "\"Weird\":{\"type\":\"quaternion\"}"));
        Assert.That(d.Id, Is.EqualTo("AWSCG005"));
        Assert.That(d.GetMessage(), Does.Contain("'Weird'").And.Contain("quaternion"));
    }

    [Test]
    public void OperationInputThatIsNotAStructure()
    {
        var d = Single(Model(Json, "\"Go\":{\"name\":\"Go\",\"http\":{\"method\":\"POST\",\"requestUri\":\"/\"},\"input\":{\"shape\":\"S\"}}", "\"S\":{\"type\":\"string\"}"));
        Assert.That(d.Id, Is.EqualTo("AWSCG006"));
        Assert.That(d.GetMessage(), Does.Contain("operation 'Go'"));
    }

    [Test]
    public void OnlyFilesNamedExactlyServiceModel_AreRead()
    {
        var (run, _) = GeneratorHarness.Generate(("/m/x/service-2.sdk-extras.json", "not json at all"), ("/m/x/paginators-1.json", "{}"));
        Assert.That(run.Diagnostics, Is.Empty);
        Assert.That(run.Results.Single().GeneratedSources, Is.Empty);
    }
}
