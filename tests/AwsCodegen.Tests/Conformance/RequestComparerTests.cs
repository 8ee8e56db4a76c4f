using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using AwsCodegen.Conformance.Protocol;
using NUnit.Framework;

namespace AwsCodegen.Tests.Conformance;

[TestFixture]
public sealed class RequestComparerTests
{
    private static CapturedRequest Request(string uri, string body = "", params (string Name, string Value)[] headers)
    {
        var list = new List<KeyValuePair<string, string>>();
        foreach (var (name, value) in headers) list.Add(new(name, value));
        var parsed = new Uri(uri);
        return new CapturedRequest("POST", parsed, parsed.Authority, list, Encoding.UTF8.GetBytes(body));
    }

    private static string? Compare(string serialized, CapturedRequest actual, string protocol = "json")
    {
        using var document = JsonDocument.Parse(serialized);
        return RequestComparer.Compare(document.RootElement, actual, protocol);
    }

    [Test]
    public void MatchingRequestPasses()
    {
        var actual = Request("https://example.com/p?b=2&a=1", "{\"x\": 1.0}", ("Content-Type", "application/x-amz-json-1.1"), ("X-Amz-Target", " Svc.Op "));
        Assert.That(Compare("""
            {"method":"POST","uri":"/p?a=1&b=2","body":"{\"x\":1}",
             "headers":{"content-type":"application/x-amz-json-1.1","X-Amz-Target":"Svc.Op"},
             "forbidHeaders":["X-Other"],"requireHeaders":["Content-Type"]}
            """, actual), Is.Null);
    }

    [Test]
    public void EveryDifferingAspectIsReported()
    {
        var actual = Request("https://example.com/q?a=2", "{\"x\":2}", ("X-Other", "1"));
        string? difference = Compare("""
            {"method":"PUT","uri":"/p?a=1","body":"{\"x\":1}","headers":{"X-Amz-Target":"Svc.Op"},
             "forbidHeaders":["X-Other"],"requireHeaders":["Content-Length"]}
            """, actual);
        Assert.That(difference, Does.Contain("method: expected PUT, got POST"));
        Assert.That(difference, Does.Contain("path: expected \"/p\", got \"/q\""));
        Assert.That(difference, Does.Contain("query: missing \"a=1\", unexpected \"a=2\""));
        Assert.That(difference, Does.Contain("header X-Amz-Target: expected \"Svc.Op\", got no such header"));
        Assert.That(difference, Does.Contain("header X-Other: must be absent"));
        Assert.That(difference, Does.Contain("header Content-Length: must be present"));
        Assert.That(difference, Does.Contain("body $.x: expected 1, got 2"));
    }

    [Test]
    public void AbsentBodyIsNotCheckedButEmptyBodyMeansNone()
    {
        var actual = Request("https://example.com/", "{}");
        Assert.That(Compare("""{"uri":"/"}""", actual), Is.Null);
        Assert.That(Compare("""{"uri":"/","body":""}""", actual), Is.EqualTo("body: expected empty, got \"{}\""));
    }

    [Test]
    public void HostWithPathChecksHostAndBasePath()
    {
        Assert.That(Compare("""{"uri":"/custom/","host":"example.com/custom"}""", Request("https://example.com/custom/")), Is.Null);
        Assert.That(Compare("""{"host":"foo.example.com"}""", Request("https://example.com/")),
            Is.EqualTo("host: expected \"foo.example.com\", got \"example.com\""));
        Assert.That(Compare("""{"host":"example.com/custom"}""", Request("https://example.com/other/")),
            Does.Contain("host: expected the path under \"/custom\""));
    }

    [Test]
    public void QueryProtocolBodiesAreForms()
    {
        var actual = Request("https://example.com/", "Version=1&Action=Op&A=x+y");
        Assert.That(Compare("""{"body":"Action=Op&Version=1&A=x%20y"}""", actual, "query"), Is.Null);
        Assert.That(Compare("""{"body":"Action=Op&Version=2&A=x%20y"}""", actual, "query"), Does.StartWith("body: form: missing \"Version=2\""));
    }

    [Test]
    public void XmlBodiesAreCanonicalized()
    {
        var actual = Request("https://example.com/", "<A><b>1</b></A>");
        Assert.That(Compare("""{"body":"<A>\n  <b>1</b>\n</A>"}""", actual, "rest-xml"), Is.Null);
        Assert.That(Compare("""{"body":"<A><b>2</b></A>"}""", actual, "rest-xml"), Is.EqualTo("body /A/b: expected text \"2\", got \"1\""));
    }

    [Test]
    public void OtherBodiesAreExactText()
    {
        var actual = Request("https://example.com/", "blob");
        Assert.That(Compare("""{"body":"blob"}""", actual, "rest-json"), Is.Null);
        Assert.That(Compare("""{"body":"blob "}""", actual, "rest-json"), Is.EqualTo("body: expected \"blob \", got \"blob\""));
    }
}
