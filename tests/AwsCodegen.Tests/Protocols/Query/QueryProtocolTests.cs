using System;
using System.Collections.Generic;
using System.Text;
using System.Xml;
using AwsCodegen.Runtime;
using AwsCodegen.Runtime.Http;
using AwsCodegen.Runtime.Protocols;
using AwsCodegen.Runtime.Protocols.Query;
using AwsCodegen.Runtime.Protocols.Xml;
using NUnit.Framework;

namespace AwsCodegen.Tests.Protocols.Query;

[TestFixture]
public sealed class QueryProtocolTests
{
    private sealed class Result : AwsResponse
    {
        public List<string> Names { get; } = new();
    }

    /// <summary>Stands in for a generated FillXml method: records the children of the element it is given.</summary>
    private static void Fill(XmlReader reader, Result value)
    {
        int depth = reader.Depth;
        if (!XmlWire.Enter(reader)) return;
        while (XmlWire.NextChild(reader, depth))
        {
            value.Names.Add(reader.LocalName);
            reader.Skip();
        }
    }

    private static AwsHttpResponse Response(int status, string body) => new(status, new HeaderList(), Encoding.UTF8.GetBytes(body));

    [Test]
    public void QueryResultIsUnwrappedAndRequestIdComesFromResponseMetadata()
    {
        var value = new Result();
        QueryProtocol.ReadResult(Response(200, """
            <OpResponse xmlns="https://example.com/">
              <OpResult><a>1</a><b>2</b></OpResult>
              <ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata>
            </OpResponse>
            """), "OpResult", value, Fill);
        Assert.That(value.Names, Is.EqualTo(new[] { "a", "b" }));
        Assert.That(value.RequestId, Is.EqualTo("req-1"));
    }

    [Test]
    public void Ec2ResultIsTheRootAndRequestIdIsItsChild()
    {
        var value = new Result();
        QueryProtocol.ReadEc2Result(Response(200, "<OpResponse><requestId>req-2</requestId><a>1</a></OpResponse>"), value, Fill);
        Assert.That(value.Names, Is.EqualTo(new[] { "requestId", "a" }));
        Assert.That(value.RequestId, Is.EqualTo("req-2"));
    }

    [Test]
    public void EmptyBodyReadsNothing()
    {
        var value = new Result();
        QueryProtocol.ReadResult(Response(200, ""), "OpResult", value, Fill);
        QueryProtocol.ReadEc2Result(Response(200, ""), value, Fill);
        Assert.That(value.Names, Is.Empty);
    }

    [Test]
    public void QueryError()
    {
        var info = QueryProtocol.Query.ReadError(Response(400, """
            <ErrorResponse>
              <Error><Type>Sender</Type><Code>InvalidGreeting</Code><Message>Hi</Message><Extra><Code>inner</Code></Extra></Error>
              <RequestId>foo-id</RequestId>
            </ErrorResponse>
            """));
        Assert.That(info, Is.EqualTo(new ErrorInfo("InvalidGreeting", "Hi", "foo-id", "Sender")));
    }

    [Test]
    public void Ec2Error()
    {
        var info = QueryProtocol.Ec2.ReadError(Response(400,
            "<Response><Errors><Error><Code>InvalidGreeting</Code><Message>Hi</Message></Error></Errors><RequestID>foo-id</RequestID></Response>"));
        Assert.That(info, Is.EqualTo(new ErrorInfo("InvalidGreeting", "Hi", "foo-id")));
    }

    [TestCase("<html>Bad gateway</html>", 502, "Http502")]
    [TestCase("not xml at all", 403, "Forbidden")]
    [TestCase("", 404, "NotFound")]
    public void UnreadableErrorFallsBackToTheStatus(string body, int status, string code) =>
        Assert.That(QueryProtocol.Query.ReadError(Response(status, body)).Code, Is.EqualTo(code));
}
