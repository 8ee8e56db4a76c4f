using System.Text;
using AwsCodegen.Runtime.Http;
using AwsCodegen.Runtime.Protocols.Xml;
using NUnit.Framework;

namespace AwsCodegen.Tests.Protocols.RestXml;

[TestFixture]
public sealed class RestXmlProtocolTests
{
    private static AwsHttpResponse Response(int status, string body, params (string Name, string Value)[] headers)
    {
        var list = new HeaderList();
        foreach (var (name, value) in headers) list.Add(name, value);
        return new AwsHttpResponse(status, list, Encoding.UTF8.GetBytes(body));
    }

    [Test]
    public void ErrorResponse_GivesTypeCodeMessageAndRequestId()
    {
        var info = RestXmlProtocol.Instance.ReadError(Response(400,
            "<ErrorResponse xmlns=\"https://route53.amazonaws.com/doc/2013-04-01/\"><Error><Type>Sender</Type><Code>InvalidInput</Code>" +
            "<Message>Invalid resource type: foo</Message></Error><RequestId>request-id</RequestId></ErrorResponse>"));
        Assert.That(info.Code, Is.EqualTo("InvalidInput"));
        Assert.That(info.Message, Is.EqualTo("Invalid resource type: foo"));
        Assert.That(info.ErrorType, Is.EqualTo("Sender"));
        Assert.That(info.RequestId, Is.EqualTo("request-id"));
    }

    [Test]
    public void BareS3Error_PrefersTheRequestIdHeader()
    {
        var info = RestXmlProtocol.Instance.ReadError(Response(404,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message>" +
            "<Key>k</Key><RequestId>body-id</RequestId><HostId>h</HostId></Error>",
            ("x-amz-request-id", "header-id")));
        Assert.That(info.Code, Is.EqualTo("NoSuchKey"));
        Assert.That(info.Message, Is.EqualTo("The specified key does not exist."));
        Assert.That(info.RequestId, Is.EqualTo("header-id"));
    }

    [Test]
    public void HeadResponseWithoutBody_IsNamedByItsStatus()
    {
        var info = RestXmlProtocol.Instance.ReadError(Response(404, "", ("x-amz-request-id", "rid")));
        Assert.That(info.Code, Is.EqualTo("404"));
        Assert.That(info.Message, Is.EqualTo("Not Found"));
        Assert.That(info.RequestId, Is.EqualTo("rid"));
    }

    [Test]
    public void UnreadableBody_FallsBackToTheStatus()
    {
        var info = RestXmlProtocol.Instance.ReadError(Response(503, "<html><body>Service Unavailable</body>"));
        Assert.That(info.Code, Is.EqualTo("503"));
        Assert.That(info.Message, Is.EqualTo("Service Unavailable"));
    }

    [Test]
    public void Name_IsRestXml() => Assert.That(RestXmlProtocol.Instance.Name, Is.EqualTo("rest-xml"));
}
