using System;
using System.Text;
using AwsCodegen.Runtime.Http;
using AwsCodegen.Runtime.Protocols;
using AwsCodegen.Runtime.Protocols.Query;
using NUnit.Framework;

namespace AwsCodegen.Tests.Protocols.Query;

[TestFixture]
public sealed class QueryFormWriterTests
{
    [Test]
    public void StartsWithActionAndVersion() =>
        Assert.That(QueryFormWriter.ForQuery("DescribeThings", "2020-01-08").ToString(), Is.EqualTo("Action=DescribeThings&Version=2020-01-08"));

    [TestCase("", "Name", ExpectedResult = "Name")]
    [TestCase("Outer", "Name", ExpectedResult = "Outer.Name")]
    [TestCase("A.member.1", "B", ExpectedResult = "A.member.1.B")]
    public string MemberKeys(string prefix, string name) => QueryFormWriter.Member(prefix, name);

    [TestCase("List", "member", 1, ExpectedResult = "List.member.1")]
    [TestCase("List", "item", 12, ExpectedResult = "List.item.12")]
    [TestCase("List", null, 3, ExpectedResult = "List.3")]
    public string ListItemKeys(string prefix, string? itemName, int index) => QueryFormWriter.ListItem(prefix, itemName, index);

    [TestCase(false, ExpectedResult = "Map.entry.2")]
    [TestCase(true, ExpectedResult = "Map.2")]
    public string MapEntryPrefixes(bool flattened) => QueryFormWriter.MapEntry("Map", flattened, 2);

    [Test]
    public void EmptyListIsSentByQueryButNotByEc2()
    {
        var query = QueryFormWriter.ForQuery("Op", "1");
        query.EmptyList("ListArg");
        var ec2 = QueryFormWriter.ForEc2("Op", "1");
        ec2.EmptyList("ListArg");
        Assert.Multiple(() =>
        {
            Assert.That(query.ToString(), Is.EqualTo("Action=Op&Version=1&ListArg="));
            Assert.That(ec2.ToString(), Is.EqualTo("Action=Op&Version=1"));
        });
    }

    [Test]
    public void ValuesAreSpelledAsTheProtocolWants()
    {
        var form = QueryFormWriter.ForQuery("Op", "1");
        form.Add("T", true);
        form.Add("F", false);
        form.Add("I", 10);
        form.Add("D", 10.8);
        form.Add("S", 0.1f);
        form.Add("NaN", double.NaN);
        form.Add("Inf", float.PositiveInfinity);
        form.Add("NegInf", double.NegativeInfinity);
        form.Add("B", Encoding.UTF8.GetBytes("value"));
        form.Add("Ts", DateTimeOffset.FromUnixTimeSeconds(1422172800), TimestampFormat.Default);
        form.Add("Epoch", DateTimeOffset.FromUnixTimeSeconds(1422172800), TimestampFormat.EpochSeconds);
        Assert.That(form.ToString(), Is.EqualTo(
            "Action=Op&Version=1&T=true&F=false&I=10&D=10.8&S=0.1&NaN=NaN&Inf=Infinity&NegInf=-Infinity" +
            "&B=dmFsdWU%3D&Ts=2015-01-25T08%3A00%3A00Z&Epoch=1422172800"));
    }

    [Test]
    public void KeysAndValuesArePercentEncoded()
    {
        var form = QueryFormWriter.ForQuery("Op", "1");
        form.Add("Tag.1.Value", "a b&c=d/é");
        Assert.That(form.ToString(), Does.EndWith("&Tag.1.Value=a+b%26c%3Dd%2F%C3%A9"), "a space is + in a form, as botocore sends it");
    }

    [Test]
    public void ContentIsAFormPost()
    {
        var content = (BytesRequestContent)QueryFormWriter.ForEc2("Op", "1").ToContent();
        Assert.Multiple(() =>
        {
            Assert.That(content.ContentType, Is.EqualTo("application/x-www-form-urlencoded"));
            Assert.That(Encoding.UTF8.GetString(content.Bytes.Span), Is.EqualTo("Action=Op&Version=1"));
        });
    }
}
