using System.Linq;
using AwsCodegen.Generator.Emit;
using AwsCodegen.Generator.Model;
using AwsCodegen.Generator.Parsing;
using NUnit.Framework;

namespace AwsCodegen.Tests.Generator;

/// <summary>The generator on a model written to exercise one feature per member, compiled with warnings as failures.</summary>
public class GeneratedCodeTests
{
    private static readonly string Features = GeneratorHarness.ReadModel("features.json");

    [Test]
    public void FeatureModel_CompilesWithoutWarnings()
    {
        var (run, output) = GeneratorHarness.Generate(("models/features/service-2.json", Features));
        Assert.That(run.Diagnostics, Is.Empty, GeneratorHarness.Describe(run.Diagnostics));
        var problems = GeneratorHarness.CompileProblems(output);
        Assert.That(problems, Is.Empty, GeneratorHarness.Describe(problems));
        var hints = run.Results.Single().GeneratedSources.Select(s => s.HintName).ToList();
        Assert.That(hints, Is.EquivalentTo(new[]
        {
            "AwsCodegen.FeatureTest.FeatureTest.Client.g.cs", "AwsCodegen.FeatureTest.FeatureTest.Shapes.g.cs",
            "AwsCodegen.FeatureTest.FeatureTest.Errors.g.cs", "AwsCodegen.FeatureTest.FeatureTest.Serializers.g.cs", "AwsCodegen.FeatureTest.FeatureTest.Validation.g.cs",
            "AwsCodegen.FeatureTest.FeatureTest.JsonCodec.g.cs", "AwsCodegen.FeatureTest.FeatureTest.Documents.g.cs",
        }));
    }

    [Test]
    public void Names_AvoidCollisionsWithTypesKeywordsAndBaseMembers()
    {
        var spec = Parse(Features);
        var thing = spec.Shape("Thing");
        Assert.Multiple(() =>
        {
            // A member may not share its type's name (CS0542).
            Assert.That(Property(thing, "Thing"), Is.EqualTo("ThingValue"));
            Assert.That(Property(thing, "string"), Is.EqualTo("String"));
            Assert.That(Property(thing, "class"), Is.EqualTo("Class"));
            Assert.That(Property(spec.Shape("Holder"), "Equals"), Is.EqualTo("EqualsValue"));
            Assert.That(Property(spec.Shape("Tag"), "Tag"), Is.EqualTo("TagValue"));
            // The response type has RequestId from its base class.
            Assert.That(Property(spec.Shape("GetThing$Response"), "RequestId"), Is.EqualTo("RequestIdValue"));
            Assert.That(Property(thing, "RequestId"), Is.EqualTo("RequestId"));
            // Exceptions: message is the exception's message; Data and StatusCode clash with Exception/AwsServiceException.
            var conflict = spec.Shape("ThingConflict");
            Assert.That(conflict.TypeName, Is.EqualTo("ThingConflictException"));
            Assert.That(Property(conflict, "message"), Is.EqualTo("Message"));
            Assert.That(Property(conflict, "Data"), Is.EqualTo("DataValue"));
            Assert.That(Property(conflict, "StatusCode"), Is.EqualTo("StatusCodeValue"));
            Assert.That(spec.Shape("ResourceNotFoundException").TypeName, Is.EqualTo("ResourceNotFoundException"));
            // Enum values become PascalCase members; "Value" is the struct's own property.
            Assert.That(spec.Shape("Color").EnumValues.Select(v => v.PropertyName),
                Is.EqualTo(new[] { "Red", "DarkBlue", "T2Micro", "Value2xx", "ValueValue" }));
        });
    }

    [Test]
    public void EachOperation_GetsItsOwnRequestAndResponseTypes_EvenWhenTheModelSharesShapes()
    {
        var spec = Parse(Features);
        Assert.Multiple(() =>
        {
            Assert.That(spec.Shape("PutThing$Request").TypeName, Is.EqualTo("PutThingRequest"));
            Assert.That(spec.Shape("GetThing$Request").TypeName, Is.EqualTo("GetThingRequest"));
            Assert.That(spec.Shape("Ping$Request").Members, Is.Empty);
            Assert.That(spec.Shape("Ping$Response").TypeName, Is.EqualTo("PingResponse"));
            // PutThingInput is only an operation input, so no separate data type is emitted for it...
            Assert.That(spec.FindShape("PutThingInput"), Is.Null);
            // ...but Thing is also nested in itself, so it stays a data type too.
            Assert.That(spec.Shape("Thing").TypeName, Is.EqualTo("Thing"));
        });
    }

    [Test]
    public void Parser_ProducesTheExpectedRecords()
    {
        var spec = Parse(Features);
        var put = spec.Operations.Single(o => o.Name == "PutThing");
        Assert.That(put, Is.EqualTo(new OperationSpec("PutThing", "PutThing", "PUT", "/things/{Name}/{Path+}?mode=fast", null,
            "PutThing$Request", "PutThing$Response", new EquatableArray<string>(new[] { "ThingConflict", "ResourceNotFoundException" }),
            null, false, false, false, "Puts a thing.")
        {
            // The command-line view: botocore's kebab name and the model's own input and output shape names.
            CliName = "put-thing", ModelInputShape = "PutThingInput", ModelOutputShape = "Thing",
        }));
        var since = spec.Shape("PutThing$Request").Members.Single(m => m.Name == "Since");
        Assert.That(since, Is.EqualTo(new MemberSpec("Since", "Since", "Timestamp", MemberLocation.Header, "X-Since", true, false, false, false,
            false, false, null, null, null, TimestampFormat.Default, false, false, null) { CliName = "since" }));
        Assert.That(spec.Protocol, Is.EqualTo(WireProtocol.RestJson));
        Assert.That(spec.ClientName, Is.EqualTo("FeatureTestClient"));
        Assert.That(spec.Shapes.Select(s => s.Name), Is.Ordered.Using((System.Collections.Generic.IComparer<string>)System.StringComparer.Ordinal));
    }

    [Test]
    public void Documentation_KeepsTheFirstSentenceAsPlainText()
    {
        Assert.That(Documentation.Summary("<p>Creates a <code>Table</code>. Then &amp; more.</p>"), Is.EqualTo("Creates a Table."));
        Assert.That(Documentation.Summary("<p>Use e.g. the thing.</p>"), Is.EqualTo("Use e.g. the thing."));
        Assert.That(Documentation.Summary("   "), Is.Null);
    }

    internal static ServiceSpec Parse(string json, string path = "models/features/service-2.json")
    {
        var result = ServiceModelParser.Parse(new ModelInput(path, json, null, null));
        Assert.That(result.Diagnostics, Is.Empty, string.Join("\n", result.Diagnostics));
        return result.Spec!;
    }

    private static string Property(ShapeSpec shape, string member) => shape.Members.Single(m => m.Name == member).PropertyName;
}
