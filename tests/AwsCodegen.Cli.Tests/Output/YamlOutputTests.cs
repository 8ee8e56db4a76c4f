using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using AwsCodegen.Cli.Output;
using NUnit.Framework;

namespace AwsCodegen.Cli.Tests.Output;

/// <summary>
/// yaml and yaml-stream pinned to what ruamel.yaml 0.17.21 (YAML(typ='safe'), default_flow_style False, C emitter),
/// as aws-cli v2 uses it, printed for these documents (captured with format_with_ruamel.py's dumper).
/// </summary>
[TestFixture]
public class YamlOutputTests
{
    private static string Yaml(string json, OutputFormat format = OutputFormat.Yaml)
    {
        using var doc = JsonDocument.Parse(json);
        var w = new StringWriter();
        ResponseFormatter.Write(format, "Op", doc.RootElement, w, FormatterOptions.Default);
        return w.ToString();
    }

    [Test]
    public void SortsKeysIndentsMappingsAndNotSequencesInMappings() => Assert.That(
        Yaml("""{"b": 1, "a": {"z": [1, 2, {"q": "x", "p": []}], "y": {}}, "c": [[1, 2], [3]]}"""),
        Is.EqualTo("a:\n  y: {}\n  z:\n  - 1\n  - 2\n  - p: []\n    q: x\nb: 1\nc:\n- - 1\n  - 2\n- - 3\n"));

    [TestCase("\"abc\"", "abc\n...\n")]
    [TestCase("\"'abc\"", "'''abc'\n")]
    [TestCase("null", "null\n...\n")]
    [TestCase("true", "true\n...\n")]
    [TestCase("1.5e+20", "1.5e+20\n...\n")]
    [TestCase("[]", "[]\n")]
    [TestCase("{}", "")]
    [TestCase("[\"a\", {\"k\": null}]", "- a\n- k: null\n")]
    public void RootValues(string json, string expected) => Assert.That(Yaml(json), Is.EqualTo(expected));

    [Test]
    public void StreamDumpsEachPageAsAListOfOne()
    {
        using var p1 = JsonDocument.Parse("""{"Users": [{"Name": "a"}], "IsTruncated": true}""");
        using var p2 = JsonDocument.Parse("{}");
        var w = new StringWriter();
        ResponseFormatter.WritePages(OutputFormat.YamlStream, "ListUsers", new List<JsonElement> { p1.RootElement, p2.RootElement }, w, FormatterOptions.Default);
        Assert.That(w.ToString(), Is.EqualTo("- IsTruncated: true\n  Users:\n  - Name: a\n- {}\n"));
    }

    [Test]
    public void QuotesWhatWouldNotReadBackAsAString()
    {
        var values = new[]
        {
            "true", "yes", "123", "1.5", "2020-01-01", "", "null", "~", "=", "<<", "a: b", "- x", "#x", "x #y", "日本語",
            "😀", "tab\there", "multi\nline", "trail ", "🙂\t", "it's", "a\"b", "0o17", "017", "0x1F", "1_000", ".5",
            ".inf", "1e5", "+1", "-",
        };
        var json = JsonSerializerFree(values);
        Assert.That(Yaml("{\"s\": " + json + "}"), Is.EqualTo(
            "s:\n- 'true'\n- yes\n- '123'\n- '1.5'\n- '2020-01-01'\n- ''\n- 'null'\n- '~'\n- '='\n- '<<'\n- 'a: b'\n- '- x'\n"
            + "- '#x'\n- 'x #y'\n- 日本語\n- \"\\U0001F600\"\n- \"tab\\there\"\n- 'multi\n\n  line'\n- 'trail '\n- \"\\U0001F642\\t\"\n"
            + "- it's\n- a\"b\n- '0o17'\n- '017'\n- '0x1F'\n- '1_000'\n- '.5'\n- '.inf'\n- '1e5'\n- '+1'\n- '-'\n"));
    }

    [Test]
    public void FoldsPlainScalarsPastColumn80()
    {
        var words = string.Join(' ', System.Linq.Enumerable.Repeat("word", 30));
        Assert.That(Yaml("{\"long\": \"" + words + "\"}"), Is.EqualTo(
            "long: " + string.Join(' ', System.Linq.Enumerable.Repeat("word", 16)) + "\n  "
            + string.Join(' ', System.Linq.Enumerable.Repeat("word", 14)) + "\n"));
        Assert.That(Yaml("\"" + words + "\""), Is.EqualTo(
            string.Join(' ', System.Linq.Enumerable.Repeat("word", 17)) + "\n  "
            + string.Join(' ', System.Linq.Enumerable.Repeat("word", 13)) + "\n...\n"));
    }

    [Test]
    public void KeysOver128BytesAreExplicit()
    {
        var key = new string('k', 130);
        Assert.That(Yaml("{\"" + key + "\": 1}"), Is.EqualTo("? " + key + "\n: 1\n"));
    }

    private static string JsonSerializerFree(string[] values)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartArray();
            foreach (var v in values) w.WriteStringValue(v);
            w.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }
}
