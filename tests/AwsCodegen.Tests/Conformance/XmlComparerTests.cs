using AwsCodegen.Conformance.Protocol;
using NUnit.Framework;

namespace AwsCodegen.Tests.Conformance;

[TestFixture]
public sealed class XmlComparerTests
{
    [TestCase("<A><b>1</b><c>2</c></A>", "<A>\n    <b>1</b>\n    <c>2</c>\n</A>\n", TestName = "indentation between elements is layout")]
    [TestCase("<?xml version=\"1.0\" encoding=\"UTF-8\"?><A/>", "<A></A>", TestName = "declaration and empty-element forms")]
    [TestCase("<A x=\"1\" y=\"2\"/>", "<A y=\"2\" x=\"1\"/>", TestName = "attribute order does not matter")]
    [TestCase("<A xmlns=\"urn:a\"><b/></A>", "<p:A xmlns:p=\"urn:a\"><p:b/></p:A>", TestName = "prefixes do not matter, namespaces do")]
    [TestCase("<A><b>\n    </b></A>", "<A><b/></A>", TestName = "a pretty-printed empty element is empty")]
    [TestCase("<A xmlns:unused=\"urn:x\"><b>t</b></A>", "<A><b>t</b></A>", TestName = "unused namespace declarations do not matter")]
    public void Equal(string expected, string actual) =>
        Assert.That(XmlComparer.Compare(expected, actual), Is.Null);

    [TestCase("<A><b>1</b></A>", "<A><b>2</b></A>", "/A/b: expected text \"1\", got \"2\"")]
    [TestCase("<A><b>1</b><c>2</c></A>", "<A><c>2</c><b>1</b></A>", "/A/b: expected element <b>, got <c>")]
    [TestCase("<A><m>1</m><m>2</m></A>", "<A><m>1</m><m>3</m></A>", "/A/m[2]: expected text \"2\", got \"3\"")]
    [TestCase("<A><b> </b></A>", "<A><b></b></A>", "/A/b: expected text \" \", got \"\"")]
    [TestCase("<A><b/></A>", "<A><b/><c/></A>", "/A: unexpected child element <c> (expected 1 children, got 2)")]
    [TestCase("<A><b/><c/></A>", "<A><b/></A>", "/A: missing child element <c> (expected 2 children, got 1)")]
    [TestCase("<A x=\"1\"/>", "<A x=\"2\"/>", "/A/@x: expected \"1\", got \"2\"")]
    [TestCase("<A x=\"1\"/>", "<A/>", "/A: attribute <x> missing (expected \"1\")")]
    [TestCase("<A/>", "<A x=\"1\"/>", "/A: unexpected attribute <x>=\"1\"")]
    [TestCase("<A xmlns=\"urn:a\"/>", "<A xmlns=\"urn:b\"/>", "/A: expected element <A xmlns=\"urn:a\">, got <A xmlns=\"urn:b\">")]
    public void Different(string expected, string actual, string difference) =>
        Assert.That(XmlComparer.Compare(expected, actual), Is.EqualTo(difference));

    [Test]
    public void ActualThatIsNotXmlIsADifference() =>
        Assert.That(XmlComparer.Compare("<A/>", "{}"), Does.StartWith("expected an XML body, got one that does not parse"));
}
