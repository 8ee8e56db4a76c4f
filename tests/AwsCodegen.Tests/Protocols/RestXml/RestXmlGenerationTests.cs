using System.Linq;
using AwsCodegen.Tests.Generator;
using NUnit.Framework;

namespace AwsCodegen.Tests.Protocols.RestXml;

/// <summary>What the rest-xml emitter decides from a model, beyond what the protocol test suites exercise.</summary>
[TestFixture]
public sealed class RestXmlGenerationTests
{
    private const string Model = """
    {
      "version": "2.0",
      "metadata": {"protocol": "rest-xml", "serviceId": "Xmlish", "endpointPrefix": "xmlish", "apiVersion": "2006-03-01"},
      "operations": {
        "PutLifecycle": {
          "http": {"method": "PUT", "requestUri": "/{Bucket}?lifecycle"},
          "input": {"shape": "PutLifecycleRequest"}
        },
        "PutPlain": {
          "http": {"method": "PUT", "requestUri": "/plain"},
          "input": {"shape": "PutPlainRequest"}
        },
        "CreateThing": {
          "http": {"method": "POST", "requestUri": "/thing"},
          "input": {"shape": "CreateThingRequest", "locationName": "CreateThingRequest", "xmlNamespace": {"uri": "https://xmlish.example.com/doc/"}}
        }
      },
      "shapes": {
        "PutLifecycleRequest": {
          "type": "structure",
          "required": ["Bucket"],
          "members": {
            "Bucket": {"shape": "String", "location": "uri", "locationName": "Bucket"},
            "LifecycleConfiguration": {"shape": "BucketLifecycleConfiguration", "locationName": "LifecycleConfiguration", "xmlNamespace": {"uri": "http://s3.amazonaws.com/doc/2006-03-01/"}}
          },
          "payload": "LifecycleConfiguration"
        },
        "PutPlainRequest": {
          "type": "structure",
          "members": {"payload": {"shape": "BucketLifecycleConfiguration", "locationName": "payload"}},
          "payload": "payload"
        },
        "CreateThingRequest": {
          "type": "structure",
          "members": {"Name": {"shape": "String"}, "Tags": {"shape": "TagList", "locationName": "Tag", "flattened": true}}
        },
        "TagList": {"type": "list", "member": {"shape": "String"}},
        "BucketLifecycleConfiguration": {"type": "structure", "members": {"Rules": {"shape": "String", "locationName": "Rule"}}},
        "String": {"type": "string"}
      }
    }
    """;

    private static string Serializers()
    {
        var (run, output) = GeneratorHarness.Generate(("models/xmlish/service-2.json", Model));
        Assert.That(run.Diagnostics, Is.Empty, GeneratorHarness.Describe(run.Diagnostics));
        var problems = GeneratorHarness.CompileProblems(output);
        Assert.That(problems, Is.Empty, GeneratorHarness.Describe(problems));
        return run.Results.Single().GeneratedSources.Single(s => s.HintName.EndsWith(".Serializers.g.cs", System.StringComparison.Ordinal)).SourceText.ToString();
    }

    [Test]
    public void PayloadMemberWithItsOwnNamespace_NamesTheRootAfterTheMember()
    {
        // As in S3's PutBucketLifecycleConfiguration: the member's name, not the target shape's.
        Assert.That(Serializers(), Does.Contain("(xml, \"LifecycleConfiguration\", null, \"http://s3.amazonaws.com/doc/2006-03-01/\", p);"));
    }

    [Test]
    public void PayloadMemberNamedOnlyByItsMemberName_NamesTheRootAfterTheTargetShape()
    {
        Assert.That(Serializers(), Does.Contain("(xml, \"BucketLifecycleConfiguration\", null, null, p);"));
    }

    [Test]
    public void BodyMembers_AreWrappedInTheInputsLocationNameAndNamespace()
    {
        string source = Serializers();
        Assert.That(source, Does.Contain("if (input.Name is not null || input.Tags is not null)"));
        Assert.That(source, Does.Contain("(xml, \"CreateThingRequest\", null, \"https://xmlish.example.com/doc/\", input);"));
    }
}
