using System;
using System.Text;
using AwsCodegen.Runtime.Http;
using AwsCodegen.Runtime.Protocols;
using AwsCodegen.Runtime.Protocols.Xml;
using NUnit.Framework;

namespace AwsCodegen.Tests.Protocols.RestXml;

[TestFixture]
public sealed class XmlWriteWireTests
{
    [Test]
    public void Elements_NestWithoutDeclarationOrIndentation()
    {
        var xml = new XmlWriteWire();
        xml.StartElement("Root");
        xml.Element("a", "1");
        xml.StartElement("b");
        xml.Element("c", "2");
        xml.EndElement();
        xml.EndElement();
        Assert.That(xml.ToString(), Is.EqualTo("<Root><a>1</a><b><c>2</c></b></Root>"));
    }

    [Test]
    public void EmptyElement_IsWrittenAsStartAndEndTag()
    {
        var xml = new XmlWriteWire();
        xml.StartElement("Root");
        xml.Element("empty", "");
        xml.EndElement();
        Assert.That(xml.ToString(), Is.EqualTo("<Root><empty></empty></Root>"));
    }

    [Test]
    public void Namespaces_AreDeclaredOnTheirElement_DefaultOrPrefixed()
    {
        var xml = new XmlWriteWire();
        xml.StartElement("Root", null, "http://foo.com");
        xml.Element("a", "x", "baz", "http://baz.com");
        xml.Element("b", "y", null, "http://bux.com");
        xml.EndElement();
        Assert.That(xml.ToString(), Is.EqualTo(
            "<Root xmlns=\"http://foo.com\"><a xmlns:baz=\"http://baz.com\">x</a><b xmlns=\"http://bux.com\">y</b></Root>"));
    }

    [Test]
    public void Attributes_FollowTheNamespaceDeclaration()
    {
        var xml = new XmlWriteWire();
        xml.StartElement("Grantee", "xsi", "http://www.w3.org/2001/XMLSchema-instance");
        xml.Attribute("xsi:type", "CanonicalUser");
        xml.Element("ID", "abc");
        xml.EndElement();
        Assert.That(xml.ToString(), Is.EqualTo(
            "<Grantee xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"CanonicalUser\"><ID>abc</ID></Grantee>"));
    }

    [Test]
    public void Attribute_AfterContent_Throws()
    {
        var xml = new XmlWriteWire();
        xml.StartElement("Root");
        xml.Text("t");
        Assert.Throws<InvalidOperationException>(() => xml.Attribute("a", "b"));
    }

    [Test]
    public void UnclosedElement_CannotBeSerialized()
    {
        var xml = new XmlWriteWire();
        xml.StartElement("Root");
        Assert.Throws<InvalidOperationException>(() => xml.ToString());
        Assert.Throws<InvalidOperationException>(() => new XmlWriteWire().EndElement());
    }

    [TestCase("<string>", false, "&lt;string&gt;")]
    [TestCase("a & b", false, "a &amp; b")]
    [TestCase("say \"hi\"", false, "say \"hi\"")]
    [TestCase("say \"hi\"", true, "say &quot;hi&quot;")]
    [TestCase("line\r\nbreak", false, "line&#xD;\nbreak")]
    [TestCase("tab\tnl\n", true, "tab&#x9;nl&#xA;")]
    [TestCase("  spaced  ", false, "  spaced  ")]
    public void Escape(string value, bool attribute, string expected) =>
        Assert.That(XmlWriteWire.Escape(value, attribute), Is.EqualTo(expected));

    [Test]
    public void EscapedText_ReadsBackAsTheOriginal()
    {
        const string original = "escaped data: &lt;\r\n <tag attr=\"v\"> & more\t";
        var xml = new XmlWriteWire();
        xml.StartElement("Root");
        xml.Attribute("a", original);
        xml.Text(original);
        xml.EndElement();
        var root = System.Xml.Linq.XElement.Parse(xml.ToString(), System.Xml.Linq.LoadOptions.PreserveWhitespace);
        Assert.That(root.Value, Is.EqualTo(original));
        Assert.That(root.Attribute("a")!.Value, Is.EqualTo(original));
    }

    [Test]
    public void Numbers_UseInvariantShortestForms()
    {
        Assert.That(XmlWriteWire.ToText(true), Is.EqualTo("true"));
        Assert.That(XmlWriteWire.ToText(false), Is.EqualTo("false"));
        Assert.That(XmlWriteWire.ToText((sbyte)-1), Is.EqualTo("-1"));
        Assert.That(XmlWriteWire.ToText((short)2), Is.EqualTo("2"));
        Assert.That(XmlWriteWire.ToText(10), Is.EqualTo("10"));
        Assert.That(XmlWriteWire.ToText(long.MaxValue), Is.EqualTo("9223372036854775807"));
        Assert.That(XmlWriteWire.ToText(1.1f), Is.EqualTo("1.1"));
        Assert.That(XmlWriteWire.ToText(1.5), Is.EqualTo("1.5"));
        Assert.That(XmlWriteWire.ToText(0.1 + 0.2), Is.EqualTo("0.30000000000000004"));
        Assert.That(XmlWriteWire.ToText(123.456m), Is.EqualTo("123.456"));
        Assert.That(XmlWriteWire.ToText(System.Numerics.BigInteger.Parse("123456789012345678901234567890")), Is.EqualTo("123456789012345678901234567890"));
    }

    [Test]
    public void NonFiniteFloats_AreSpelledOut()
    {
        Assert.That(XmlWriteWire.ToText(double.NaN), Is.EqualTo("NaN"));
        Assert.That(XmlWriteWire.ToText(double.PositiveInfinity), Is.EqualTo("Infinity"));
        Assert.That(XmlWriteWire.ToText(double.NegativeInfinity), Is.EqualTo("-Infinity"));
        Assert.That(XmlWriteWire.ToText(float.NaN), Is.EqualTo("NaN"));
        Assert.That(XmlWriteWire.ToText(float.PositiveInfinity), Is.EqualTo("Infinity"));
        Assert.That(XmlWriteWire.ToText(float.NegativeInfinity), Is.EqualTo("-Infinity"));
    }

    [Test]
    public void Timestamps_DefaultToIso8601InUtc()
    {
        var t = new DateTimeOffset(2014, 4, 29, 20, 30, 38, TimeSpan.FromHours(2));
        Assert.That(XmlWriteWire.ToText(t, TimestampFormat.Default), Is.EqualTo("2014-04-29T18:30:38Z"));
        Assert.That(XmlWriteWire.ToText(t, TimestampFormat.Iso8601), Is.EqualTo("2014-04-29T18:30:38Z"));
        Assert.That(XmlWriteWire.ToText(t.AddMilliseconds(123), TimestampFormat.Iso8601), Is.EqualTo("2014-04-29T18:30:38.123Z"));
        Assert.That(XmlWriteWire.ToText(t, TimestampFormat.EpochSeconds), Is.EqualTo("1398796238"));
        Assert.That(XmlWriteWire.ToText(t, TimestampFormat.HttpDate), Is.EqualTo("Tue, 29 Apr 2014 18:30:38 GMT"));
    }

    [Test]
    public void Blobs_AreBase64()
    {
        Assert.That(XmlWriteWire.ToText(Encoding.UTF8.GetBytes("value")), Is.EqualTo("dmFsdWU="));
        Assert.That(XmlWriteWire.ToText(Array.Empty<byte>()), Is.EqualTo(""));
    }

    [Test]
    public void ToContent_IsUtf8ApplicationXml()
    {
        var xml = new XmlWriteWire();
        xml.Element("Root", "é");
        var content = (BytesRequestContent)xml.ToContent();
        Assert.That(content.ContentType, Is.EqualTo("application/xml"));
        Assert.That(content.Bytes.ToArray(), Is.EqualTo(Encoding.UTF8.GetBytes("<Root>é</Root>")));
    }
}
