using System.Globalization;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime.Protocols.Xml;

/// <summary>
/// The rest-xml protocol at run time. Errors come as &lt;ErrorResponse&gt;&lt;Error&gt;&lt;Type/&gt;&lt;Code/&gt;&lt;Message/&gt;
/// &lt;/Error&gt;&lt;RequestId/&gt;&lt;/ErrorResponse&gt; (Route 53, CloudFront) or a bare &lt;Error&gt;&lt;Code/&gt;...&lt;/Error&gt; (S3).
/// A response without a readable body (HEAD, or a proxy's page) is named by its status code, as botocore does: "404", "Not Found".
/// </summary>
public sealed class RestXmlProtocol : AwsProtocol
{
    private RestXmlProtocol()
    {
    }

    public static RestXmlProtocol Instance { get; } = new();

    public override string Name => "rest-xml";

    public override ErrorInfo ReadError(AwsHttpResponse response)
    {
        if (!response.Body.IsEmpty && XmlErrorBody.TryRead(response.Body, out var info))
            return info with { RequestId = response.RequestId ?? info.RequestId };
        return FromStatus(response.StatusCode) with { RequestId = response.RequestId };
    }

    /// <summary>The error of a response whose body says nothing: the status code as the code, its reason phrase as the message.</summary>
    public static ErrorInfo FromStatus(int statusCode) =>
        new(statusCode.ToString(CultureInfo.InvariantCulture), ReasonPhrase(statusCode));

    public static string? ReasonPhrase(int statusCode) => statusCode switch
    {
        301 => "Moved Permanently",
        302 => "Found",
        304 => "Not Modified",
        307 => "Temporary Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        409 => "Conflict",
        411 => "Length Required",
        412 => "Precondition Failed",
        413 => "Request Entity Too Large",
        416 => "Requested Range Not Satisfiable",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => null,
    };
}
