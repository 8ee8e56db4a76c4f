using System;
using System.Xml;
using AwsCodegen.Runtime.Http;
using AwsCodegen.Runtime.Protocols.Xml;

namespace AwsCodegen.Runtime.Protocols.Query;

/// <summary>
/// The query and ec2 protocols at run time: the XML envelope around a result, and error responses.
/// query:  &lt;OpResponse&gt;&lt;OpResult&gt;members&lt;/OpResult&gt;&lt;ResponseMetadata&gt;&lt;RequestId/&gt;...
///         errors &lt;ErrorResponse&gt;&lt;Error&gt;&lt;Type/&gt;&lt;Code/&gt;&lt;Message/&gt;members&lt;/Error&gt;&lt;RequestId/&gt;
/// ec2:    &lt;OpResponse&gt;&lt;requestId/&gt;members&lt;/OpResponse&gt;
///         errors &lt;Response&gt;&lt;Errors&gt;&lt;Error&gt;&lt;Code/&gt;&lt;Message/&gt;&lt;/Error&gt;&lt;/Errors&gt;&lt;RequestID/&gt;
/// </summary>
public sealed class QueryProtocol : AwsProtocol
{
    private QueryProtocol(string name) => Name = name;

    public static QueryProtocol Query { get; } = new("query");
    public static QueryProtocol Ec2 { get; } = new("ec2");

    public override string Name { get; }

    /// <summary>
    /// Reads a query result: the members are the children of <paramref name="resultWrapper"/> under the root, and the
    /// request id sits in the root's ResponseMetadata. One pass over the body.
    /// </summary>
    public static void ReadResult<T>(AwsHttpResponse response, string resultWrapper, T value, Action<XmlReader, T> fill) where T : AwsResponse
    {
        using var reader = XmlWire.OpenRoot(response.Body);
        if (reader is null) return;
        int depth = reader.Depth;
        if (!XmlWire.Enter(reader)) return;
        while (XmlWire.NextChild(reader, depth))
        {
            if (reader.LocalName == resultWrapper) fill(reader, value);
            else if (reader.LocalName == "ResponseMetadata") value.RequestId = ReadRequestIdChild(reader, "RequestId") ?? value.RequestId;
            else reader.Skip();
        }
    }

    /// <summary>Reads an ec2 result: the members are the root's children, beside the root's requestId.</summary>
    public static void ReadEc2Result<T>(AwsHttpResponse response, T value, Action<XmlReader, T> fill) where T : AwsResponse
    {
        using (var reader = XmlWire.OpenRoot(response.Body))
        {
            if (reader is null) return;
            fill(reader, value);
        }
        // The generated reader skips requestId as an unknown member. EC2 writes it first, so this second look stops early.
        using var again = XmlWire.OpenRoot(response.Body);
        if (again is not null) value.RequestId = ReadRequestIdChild(again, "requestId") ?? value.RequestId;
    }

    public override ErrorInfo ReadError(AwsHttpResponse response)
    {
        string? code = null, message = null, type = null, requestId = null;
        try
        {
            using var reader = XmlWire.OpenRoot(response.Body);
            if (reader is not null) ReadErrorEnvelope(reader, ref code, ref message, ref type, ref requestId);
        }
        catch (XmlException)
        {
            // A body that is not XML (a proxy's HTML page) still yields an error from the status code.
        }
        return new ErrorInfo(string.IsNullOrEmpty(code) ? FallbackCode(response.StatusCode) : code!, message, requestId, type);
    }

    /// <summary>Walks the envelope: Code, Message and Type inside &lt;Error&gt;, the request id beside it, whatever wraps them.</summary>
    private static void ReadErrorEnvelope(XmlReader reader, ref string? code, ref string? message, ref string? type, ref string? requestId)
    {
        int depth = reader.Depth;
        if (!XmlWire.Enter(reader)) return;
        while (XmlWire.NextChild(reader, depth))
        {
            switch (reader.LocalName)
            {
                case "Errors":
                case "Error":
                    ReadErrorEnvelope(reader, ref code, ref message, ref type, ref requestId);
                    break;
                case "Code": code ??= XmlWire.ReadText(reader); break;
                case "Message": message ??= XmlWire.ReadText(reader); break;
                case "Type": type ??= XmlWire.ReadText(reader); break;
                case "RequestId":
                case "RequestID":
                case "requestId":
                    requestId ??= XmlWire.ReadText(reader);
                    break;
                default: reader.Skip(); break;
            }
        }
    }

    /// <summary>The text of the first child named <paramref name="name"/> of the element at the reader.</summary>
    private static string? ReadRequestIdChild(XmlReader reader, string name)
    {
        int depth = reader.Depth;
        if (!XmlWire.Enter(reader)) return null;
        while (XmlWire.NextChild(reader, depth))
        {
            if (reader.LocalName == name) return XmlWire.ReadText(reader);
            reader.Skip();
        }
        return null;
    }

    private static string FallbackCode(int status) => status switch
    {
        400 => "BadRequest",
        403 => "Forbidden",
        404 => "NotFound",
        413 => "RequestEntityTooLarge",
        _ => "Http" + status.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
