using System.IO;
using System.Linq;
using System.Text.Json;
using AwsCodegen.Conformance.Protocol;
using NUnit.Framework;

namespace AwsCodegen.Tests.Conformance;

[TestFixture]
public sealed class SuiteModelBuilderTests
{
    private static string WriteSuiteFile(string json)
    {
        string dir = Path.Combine(Path.GetTempPath(), "awscg-suite-" + System.Guid.NewGuid().ToString("N"), "input");
        Directory.CreateDirectory(dir);
        string path = Path.Combine(dir, "t.json");
        File.WriteAllText(path, json);
        return path;
    }

    private const string TwoDefinitions = """
        [{"metadata":{"protocol":"json","targetPrefix":"T"},"shapes":{"S":{"type":"structure","members":{}}},
          "cases":[
            {"id":"one","given":{"name":"Op","http":{"method":"POST","requestUri":"/"}},"params":{},"serialized":{"uri":"/"}},
            {"id":"two","given":{"http":{"requestUri":"/","method":"POST"},"name":"Op"},"params":{},"serialized":{"uri":"/"}},
            {"id":"three","given":{"name":"Op","http":{"method":"POST","requestUri":"/"},"input":{"shape":"S"}},"params":{},"serialized":{"uri":"/"}},
            {"id":"four","given":{"name":"Other","http":{"method":"POST","requestUri":"/"}},"params":{},"serialized":{"uri":"/"}}
          ]}]
        """;

    [Test]
    public void SplitsCasesSoThatEachModelDefinesAnOperationOnce()
    {
        string path = WriteSuiteFile(TwoDefinitions);
        try
        {
            using var file = ProtocolTestFile.Load(path);
            var models = SuiteModelBuilder.Build(file);
            Assert.That(models.Select(m => string.Join(",", m.Cases.Select(c => c.CaseName))), Is.EqualTo(new[] { "one,two,four", "three" }));
            Assert.That(models.Select(m => m.Namespace), Is.EqualTo(new[] { "Conformance.S0_0", "Conformance.S0_1" }));
            Assert.That(models.All(m => m.Path.EndsWith("/service-2.json", System.StringComparison.Ordinal)));
            Assert.That(models.Select(m => m.Path).Distinct().Count(), Is.EqualTo(2));
            Assert.That(file.Suites[0].Cases.Select(c => c.Id), Is.EqualTo(new[] { "input/t.json:0:one", "input/t.json:0:two", "input/t.json:0:three", "input/t.json:0:four" }));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(Path.GetDirectoryName(path))!, recursive: true);
        }
    }

    [Test]
    public void ModelKeepsSuiteMetadataAndFillsWhatRealModelsHave()
    {
        string path = WriteSuiteFile(TwoDefinitions.Replace("\"targetPrefix\":\"T\"", "\"targetPrefix\":\"T\",\"serviceId\":\"Given Id\"", System.StringComparison.Ordinal));
        try
        {
            using var file = ProtocolTestFile.Load(path);
            using var model = JsonDocument.Parse(SuiteModelBuilder.Build(file)[0].Json);
            var root = model.RootElement;
            var metadata = root.GetProperty("metadata");
            Assert.That(root.GetProperty("version").GetString(), Is.EqualTo("2.0"));
            Assert.That(metadata.GetProperty("protocol").GetString(), Is.EqualTo("json"));
            Assert.That(metadata.GetProperty("targetPrefix").GetString(), Is.EqualTo("T"));
            Assert.That(metadata.GetProperty("serviceId").GetString(), Is.EqualTo("Given Id"));
            Assert.That(metadata.GetProperty("signatureVersion").GetString(), Is.EqualTo("v4"));
            Assert.That(metadata.TryGetProperty("endpointPrefix", out _) && metadata.TryGetProperty("uid", out _), Is.True);
            Assert.That(root.GetProperty("operations").EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "Op", "Other" }));
            Assert.That(root.GetProperty("shapes").TryGetProperty("S", out _), Is.True);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(Path.GetDirectoryName(path))!, recursive: true);
        }
    }
}
