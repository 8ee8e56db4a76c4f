using System.Buffers;
using System.Linq;
using System.Text;
using System.Text.Json;
using AwsCodegen.Runtime.JmesPath;
using NUnit.Framework;

namespace AwsCodegen.Tests.JmesPath;

/// <summary>The public API beyond what the compliance suite covers: results, truthiness, equality, writing.</summary>
[TestFixture]
public sealed class JmesPathEvaluationTests
{
    private static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static string Eval(string expression, string json) =>
        JmesPathExpression.Compile(expression).Evaluate(Json(json)).GetRawText();

    [Test]
    public void A_selected_part_of_the_input_keeps_its_text()
    {
        Assert.That(Eval("a.b", """{"a": {"b": 1.50}}"""), Is.EqualTo("1.50"));
        Assert.That(Eval("a", """{"a": {"b": [1, 2]}}"""), Is.EqualTo("""{"b": [1, 2]}"""));
    }

    [Test]
    public void Built_results_are_json()
    {
        Assert.That(Eval("{x: a, y: missing}", """{"a": [1]}"""), Is.EqualTo("""{"x":[1],"y":null}"""));
        Assert.That(Eval("length(a)", """{"a": "𝄞x"}"""), Is.EqualTo("2"));
        Assert.That(Eval("missing", "{}"), Is.EqualTo("null"));
        Assert.That(Eval("avg(a)", """{"a": [1, 2]}"""), Is.EqualTo("1.5"));
        Assert.That(Eval("to_string(a)", """{"a": {"k": ["é", 1]}}"""), Is.EqualTo("\"{\\\"k\\\":[\\\"é\\\",1]}\""));
    }

    [Test]
    public void Strings_sort_by_code_point()
    {
        // U+FF21 (fullwidth A) is one UTF-16 unit above the surrogates; U+1D11E is a surrogate pair but a larger code point.
        JsonElement sorted = JmesPathExpression.Compile("sort(@)").Evaluate(Json("[\"\\ud834\\udd1e\", \"\\uff21\", \"a\"]"));
        Assert.That(sorted.EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "a", "\uff21", "\ud834\udd1e" }));
        Assert.That(Eval("max(@)", "[\"\\ud834\\udd1e\", \"\\uff21\"]"), Is.EqualTo("\"\\ud834\\udd1e\""));
    }

    [Test]
    public void A_backtick_literal_that_is_not_json_is_a_string_as_the_aws_cli_reads_it()
    {
        const string Instances = """[{"Id": "i-1", "State": "running"}, {"Id": "i-2", "State": "stopped"}]""";
        Assert.That(Eval("[?State==`running`].Id", Instances), Is.EqualTo("""["i-1"]"""));
        Assert.That(Eval("`  foo bar`", "{}"), Is.EqualTo("\"foo bar\""));
        Assert.That(Eval("`[1,]`", "{}"), Is.EqualTo("\"[1,]\""));
    }

    [Test]
    public void Evaluate_can_write_to_a_writer()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
            JmesPathExpression.Compile("people[?age > `30`].name").Evaluate(Json("""{"people": [{"name": "a", "age": 40}, {"name": "b", "age": 20}]}"""), writer);
        Assert.That(Encoding.UTF8.GetString(buffer.WrittenSpan), Is.EqualTo("""["a"]"""));
    }

    [TestCase("null", false)]
    [TestCase("false", false)]
    [TestCase("\"\"", false)]
    [TestCase("[]", false)]
    [TestCase("{}", false)]
    [TestCase("0", true)]
    [TestCase("true", true)]
    [TestCase("\" \"", true)]
    [TestCase("[null]", true)]
    [TestCase("{\"a\": null}", true)]
    public void Truthiness_follows_the_spec(string json, bool truthy)
    {
        Assert.That(JmesPathExpression.IsTruthy(Json(json)), Is.EqualTo(truthy));
        Assert.That(JmesPathExpression.Compile("@").EvaluateTruthy(Json(json)), Is.EqualTo(truthy));
    }

    [Test]
    public void A_default_element_is_null()
    {
        Assert.That(JmesPathExpression.IsTruthy(default), Is.False);
        Assert.That(JmesPathExpression.Compile("a").Evaluate(default).ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [TestCase("1", "1.0", true)]
    [TestCase("{\"a\": 1, \"b\": [true]}", "{\"b\": [true], \"a\": 1e0}", true)]
    [TestCase("\"1\"", "1", false)]
    [TestCase("[1, 2]", "[2, 1]", false)]
    [TestCase("null", "null", true)]
    public void Equality_is_by_meaning(string left, string right, bool equal)
    {
        Assert.That(JmesPathExpression.ValueEquals(Json(left), Json(right)), Is.EqualTo(equal));
    }

    [Test]
    public void Compiled_expressions_keep_their_text()
    {
        Assert.That(JmesPathExpression.Compile("a.b").ToString(), Is.EqualTo("a.b"));
        Assert.That(JmesPathExpression.Compile("a.b").Text, Is.EqualTo("a.b"));
    }
}
