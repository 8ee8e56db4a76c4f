using System;
using System.IO;
using System.Xml;

namespace AwsCodegen.Runtime.Protocols;

/// <summary>
/// Reads the Code, Message and Type of an XML error body (&lt;ErrorResponse&gt;&lt;Error&gt;... or &lt;Error&gt;...).
/// JSON services normally answer in JSON, but an authentication front end may answer in XML, and the user
/// deserves its code ("SignatureDoesNotMatch") rather than just "Forbidden".
/// </summary>
public static class XmlErrorBody
{
    public static bool TryRead(ReadOnlyMemory<byte> body, out ErrorInfo info)
    {
        info = default;
        var span = body.Span.TrimStart(" \t\r\n"u8);
        if (span.IsEmpty || span[0] != (byte)'<') return false;
        string? code = null, message = null, type = null, requestId = null;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(body.ToArray(), writable: false),
                new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true });
            reader.Read();
            while (!reader.EOF)
            {
                // ReadElementContentAsString already moves past the element, so only other nodes advance here.
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "Code" or "Message" or "Type" or "RequestId")
                {
                    string name = reader.LocalName;
                    string text = reader.ReadElementContentAsString();
                    switch (name)
                    {
                        case "Code": code ??= text; break;
                        case "Message": message ??= text; break;
                        case "Type": type ??= text; break;
                        default: requestId ??= text; break;
                    }
                }
                else
                {
                    reader.Read();
                }
            }
        }
        catch (XmlException)
        {
            return false;
        }
        if (string.IsNullOrEmpty(code)) return false;
        info = new ErrorInfo(code!, message, requestId, type);
        return true;
    }
}
