using AwsCodegen.Conformance.Protocol;
using NUnit.Framework;

namespace AwsCodegen.Tests.Conformance;

[TestFixture]
public sealed class JsonTreeComparerTests
{
    [TestCase("{\"a\":1,\"b\":\"x\"}", "{\"b\":\"x\",\"a\":1}", TestName = "member order does not matter")]
    [TestCase("{\"a\":1}", "{\"a\":1.0}", TestName = "1 equals 1.0")]
    [TestCase("{\"a\":100}", "{\"a\":1e2}", TestName = "100 equals 1e2")]
    [TestCase("{\"a\":1.5}", "{\"a\":1.50}", TestName = "1.5 equals 1.50")]
    [TestCase("{\"a\":null}", "{}", TestName = "expected null equals missing")]
    [TestCase("{}", "{\"a\":null}", TestName = "actual null equals missing")]
    [TestCase("[1,[2,{\"x\":true}]]", "[1.0,[2,{\"x\":true}]]", TestName = "nested arrays")]
    [TestCase("\"NaN\"", "\"NaN\"", TestName = "special floats as strings")]
    public void Equal(string expected, string actual) =>
        Assert.That(JsonTreeComparer.Compare(expected, actual), Is.Null);

    [TestCase("{\"Nested\":{\"Foo\":\"bar\"}}", "{\"Nested\":{\"Foo\":\"baz\"}}", "$.Nested.Foo: expected \"bar\", got \"baz\"")]
    [TestCase("{\"a\":1.5}", "{\"a\":1.25}", "$.a: expected 1.5, got 1.25")]
    [TestCase("{\"a\":1.1}", "{\"a\":1.100000023841858}", "$.a: expected 1.1, got 1.100000023841858")]
    [TestCase("{\"a\":\"1\"}", "{\"a\":1}", "$.a: expected \"1\", got 1")]
    [TestCase("{\"a\":true}", "{\"a\":false}", "$.a: expected true, got false")]
    [TestCase("{\"a\":{}}", "{\"a\":null}", "$.a: expected {}, got null")]
    [TestCase("{\"a\":{}}", "{}", "$.a: expected {}, got nothing (member missing)")]
    [TestCase("{}", "{\"b\":0}", "$.b: expected nothing, got 0 (unexpected member)")]
    [TestCase("{\"l\":[1,2]}", "{\"l\":[2,1]}", "$.l[0]: expected 1, got 2")]
    [TestCase("{\"l\":[1,2]}", "{\"l\":[1]}", "$.l: expected 2 items [1,2], got 1 items [1]")]
    [TestCase("{\"a b\":1}", "{\"a b\":2}", "$[\"a b\"]: expected 1, got 2")]
    public void Different(string expected, string actual, string difference) =>
        Assert.That(JsonTreeComparer.Compare(expected, actual), Is.EqualTo(difference));

    [Test]
    public void ActualThatIsNotJsonIsADifference() =>
        Assert.That(JsonTreeComparer.Compare("{}", "<x/>"), Does.StartWith("expected JSON {}, got non-JSON"));

    [Test]
    public void EmptyActualIsADifference() =>
        Assert.That(JsonTreeComparer.Compare("{}", ""), Is.Not.Null);
}
