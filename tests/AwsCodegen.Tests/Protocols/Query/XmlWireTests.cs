using System;
using System.Collections.Generic;
using System.Text;
using System.Xml;
using AwsCodegen.Runtime.Protocols.Xml;
using NUnit.Framework;

namespace AwsCodegen.Tests.Protocols.Query;

[TestFixture]
public sealed class XmlWireTests
{
    private static ReadOnlyMemory<byte> Body(string xml) => Encoding.UTF8.GetBytes(xml);

    /// <summary>The children of the element at the reader as (name, text), the way generated readers walk them.</summary>
    private static List<(string Name, string Text)> Children(XmlReader reader)
    {
        var result = new List<(string, string)>();
        int depth = reader.Depth;
        if (!XmlWire.Enter(reader)) return result;
        while (XmlWire.NextChild(reader, depth))
        {
            string name = reader.LocalName;
            result.Add((name, XmlWire.ReadText(reader)));
        }
        return result;
    }

    [TestCase("")]
    [TestCase("  \n ")]
    public void EmptyBodyHasNoRoot(string body) => Assert.That(XmlWire.OpenRoot(Body(body)), Is.Null);

    [Test]
    public void WalksChildrenByLocalNameIgnoringNamespacesTextAndComments()
    {
        using var reader = XmlWire.OpenRoot(Body("""
            <?xml version="1.0"?>
            <R xmlns="https://example.com/">
              <!-- a comment -->
              <a>1</a>
              <b xmlns="http://other.com"><![CDATA[x<y]]></b>
              <c/>
              <d> </d>
            </R>
            """))!;
        Assert.That(Children(reader), Is.EqualTo(new List<(string, string)> { ("a", "1"), ("b", "x<y"), ("c", ""), ("d", " ") }));
        Assert.That(reader.EOF || reader.NodeType == XmlNodeType.None || reader.Depth == 0, Is.True);
    }

    [Test]
    public void AnEmptyElementHasNoChildrenAndIsConsumed()
    {
        using var reader = XmlWire.OpenRoot(Body("<R><list/><after>x</after></R>"))!;
        int depth = reader.Depth;
        XmlWire.Enter(reader);
        Assert.That(XmlWire.NextChild(reader, depth), Is.True);
        Assert.That(reader.LocalName, Is.EqualTo("list"));
        Assert.That(XmlWire.Enter(reader), Is.False);
        Assert.That(XmlWire.NextChild(reader, depth), Is.True);
        Assert.That(reader.LocalName, Is.EqualTo("after"));
    }

    [Test]
    public void ReadTextSkipsAStrayChildElement()
    {
        using var reader = XmlWire.OpenRoot(Body("<R><a>x<extra>1</extra>y</a><b>2</b></R>"))!;
        Assert.That(Children(reader), Is.EqualTo(new List<(string, string)> { ("a", "xy"), ("b", "2") }));
    }

    [Test]
    public void OpenElementFindsTheFirstElementOfThatNameAtAnyDepth()
    {
        using var reader = XmlWire.OpenElement(Body("<Response><Errors><Error><Code>X</Code></Error></Errors></Response>"), "Error")!;
        Assert.That(reader.LocalName, Is.EqualTo("Error"));
        Assert.That(Children(reader), Is.EqualTo(new List<(string, string)> { ("Code", "X") }));
    }

    [TestCase("<Error><Code>X</Code></Error>", true)]
    [TestCase("<Other/>", false)]
    [TestCase("not xml", false)]
    [TestCase("", false)]
    public void OpenElementOnTheRootOrNothing(string body, bool found)
    {
        using var reader = XmlWire.OpenElement(Body(body), "Error");
        Assert.That(reader is not null, Is.EqualTo(found));
    }

    [Test]
    public void ScalarsParseAsAwsSpellsThem()
    {
        Assert.Multiple(() =>
        {
            Assert.That(XmlWire.ParseBoolean("true"), Is.True);
            Assert.That(XmlWire.ParseBoolean(" false "), Is.False);
            Assert.That(XmlWire.ParseInt32("3"), Is.EqualTo(3));
            Assert.That(XmlWire.ParseInt64("-4"), Is.EqualTo(-4L));
            Assert.That(XmlWire.ParseSByte("1"), Is.EqualTo((sbyte)1));
            Assert.That(XmlWire.ParseDouble("6.5"), Is.EqualTo(6.5));
            Assert.That(XmlWire.ParseDouble("NaN"), Is.NaN);
            Assert.That(XmlWire.ParseSingle("Infinity"), Is.EqualTo(float.PositiveInfinity));
            Assert.That(XmlWire.ParseDouble("-Infinity"), Is.EqualTo(double.NegativeInfinity));
            Assert.That(XmlWire.ParseDecimal("1.25"), Is.EqualTo(1.25m));
            Assert.That(XmlWire.ParseBlob("dmFsdWU="), Is.EqualTo(Encoding.UTF8.GetBytes("value")));
            Assert.That(XmlWire.ParseBlob(""), Is.Empty);
            Assert.Throws<OverflowException>(() => XmlWire.ParseInt32("4294967296"));
            Assert.Throws<FormatException>(() => XmlWire.ParseBoolean("yes"));
        });
    }

    [TestCase("2014-04-29T18:30:38Z")]
    [TestCase("2014-04-29T19:30:38+01:00")]
    [TestCase("Tue, 29 Apr 2014 18:30:38 GMT")]
    [TestCase("1398796238")]
    public void TimestampsInAnyFormat(string text) =>
        Assert.That(XmlWire.ParseTimestamp(text).ToUnixTimeSeconds(), Is.EqualTo(1398796238));
}
