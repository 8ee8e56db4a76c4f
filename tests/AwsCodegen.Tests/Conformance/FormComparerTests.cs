using AwsCodegen.Conformance.Protocol;
using NUnit.Framework;

namespace AwsCodegen.Tests.Conformance;

[TestFixture]
public sealed class FormComparerTests
{
    [TestCase("Action=Op&Version=1&a=b", "a=b&Version=1&Action=Op", true, TestName = "form pairs in any order")]
    [TestCase("a=1&a=2", "a=2&a=1", false, TestName = "repeated names in any order")]
    [TestCase("a=x%2Fy", "a=x%2fy", false, TestName = "percent-encoding case does not matter")]
    [TestCase("a=b%20c", "a=b+c", true, TestName = "plus is a space in forms")]
    [TestCase("a=%7E", "a=~", false, TestName = "an escaped unreserved character is the character")]
    [TestCase("", "", false, TestName = "empty")]
    public void Equal(string expected, string actual, bool plusIsSpace) =>
        Assert.That(FormComparer.Compare(expected, actual, plusIsSpace), Is.Null);

    [TestCase("a=1&a=1", "a=1", false, "missing \"a=1\"")]
    [TestCase("a=1", "a=1&b=2", false, "unexpected \"b=2\"")]
    [TestCase("a", "a=", false, "missing \"a\", unexpected \"a=\"")]
    [TestCase("a=b%20c", "a=b+c", false, "missing \"a=b c\", unexpected \"a=b+c\"")]
    [TestCase("a=1", "a=2", true, "missing \"a=1\", unexpected \"a=2\"")]
    public void Different(string expected, string actual, bool plusIsSpace, string difference) =>
        Assert.That(FormComparer.Compare(expected, actual, plusIsSpace), Is.EqualTo(difference));

    [Test]
    public void ParseKeepsOrderAndTellsBareNamesFromEmptyValues()
    {
        var pairs = FormComparer.Parse("?x=1&flag&y=", plusIsSpace: false);
        Assert.That(pairs, Has.Count.EqualTo(3));
        Assert.That(pairs[0].Key, Is.EqualTo("x"));
        Assert.That(pairs[1].Value, Is.Null);
        Assert.That(pairs[2].Value, Is.EqualTo(""));
    }
}
