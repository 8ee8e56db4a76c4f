using System;
using System.Globalization;
using System.IO;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Xml;

namespace AwsCodegen.Runtime.Protocols.Xml;

/// <summary>
/// The reading helpers that generated XML codecs (query, ec2, rest-xml responses) call.
/// <para>
/// Generated readers stream over <see cref="XmlReader"/> instead of loading a DOM: responses such as EC2's
/// DescribeInstances can be large, and a DOM would hold every node before a single member is read. The contract of every
/// generated reader is the same: it is called with the reader on the start tag of "its" element and returns with the
/// reader on the node after that element's end tag. Elements are matched by local name only; namespaces never decide
/// which member an element belongs to, as in botocore.
/// </para>
/// </summary>
public static class XmlWire
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false, // A string member of only spaces is still that string; NextChild skips whitespace between elements.
        CloseInput = true,
    };

    /// <summary>A reader on the root element of a body, or null when the body has no element (empty, or only whitespace).</summary>
    public static XmlReader? OpenRoot(ReadOnlyMemory<byte> body)
    {
        var span = body.Span.Trim(" \t\r\n"u8);
        if (span.IsEmpty) return null;
        var reader = XmlReader.Create(AsStream(body), Settings);
        try
        {
            if (reader.MoveToContent() == XmlNodeType.Element) return reader;
        }
        catch (XmlException)
        {
            reader.Dispose();
            throw;
        }
        reader.Dispose();
        return null;
    }

    /// <summary>The buffered body as a stream, without copying it when it already lives in an array (it normally does).</summary>
    private static MemoryStream AsStream(ReadOnlyMemory<byte> body) =>
        MemoryMarshal.TryGetArray(body, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(body.ToArray(), writable: false);

    /// <summary>
    /// A reader on the first element named <paramref name="localName"/> (the root itself or any descendant), or null.
    /// Error bodies use it to find their &lt;Error&gt; element, however deeply the protocol wraps it.
    /// </summary>
    public static XmlReader? OpenElement(ReadOnlyMemory<byte> body, string localName)
    {
        XmlReader? reader;
        try
        {
            reader = OpenRoot(body);
            if (reader is null) return null;
            if (reader.LocalName == localName) return reader;
            if (reader.ReadToDescendant(localName)) return reader;
        }
        catch (XmlException)
        {
            return null;
        }
        reader.Dispose();
        return null;
    }

    /// <summary>
    /// Moves from an element's start tag into its content. False when the element is empty (&lt;a/&gt;), in which
    /// case the reader is already past it and there are no children to read.
    /// </summary>
    public static bool Enter(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return false;
        }
        reader.Read();
        return true;
    }

    /// <summary>
    /// Advances to the next child element of the element entered at <paramref name="parentDepth"/>, skipping text.
    /// False once the parent's end tag is reached; the end tag is then consumed.
    /// </summary>
    public static bool NextChild(XmlReader reader, int parentDepth)
    {
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element) return true;
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == parentDepth)
            {
                reader.Read();
                return false;
            }
            reader.Read();
        }
        return false;
    }

    /// <summary>The text of the element at the reader ("" for an empty element); the reader ends after the element.</summary>
    public static string ReadText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return "";
        }
        int depth = reader.Depth;
        reader.Read();
        string? text = null;
        // Collects text and CDATA; a stray child element (a service adding structure to a scalar) is skipped, not fatal.
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                text = text is null ? reader.Value : text + reader.Value;
                reader.Read();
            }
            else if (reader.NodeType == XmlNodeType.Element) reader.Skip();
            else reader.Read();
        }
        reader.Read();
        return text ?? "";
    }

    public static bool ParseBoolean(string text) => text.Trim() switch
    {
        "true" or "True" or "TRUE" or "1" => true,
        "false" or "False" or "FALSE" or "0" => false,
        var other => throw new FormatException($"'{other}' is not a boolean."),
    };

    public static long ParseInt64(string text) => long.Parse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture);
    public static int ParseInt32(string text) => checked((int)ParseInt64(text));
    public static short ParseInt16(string text) => checked((short)ParseInt64(text));
    public static sbyte ParseSByte(string text) => checked((sbyte)ParseInt64(text));

    /// <summary>Numbers, and the spellings NaN, Infinity and -Infinity that AWS uses for non-finite values.</summary>
    public static double ParseDouble(string text) => text.Trim() switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        var t => double.Parse(t, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    public static float ParseSingle(string text) => (float)ParseDouble(text);

    public static decimal ParseDecimal(string text) => decimal.Parse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);

    public static BigInteger ParseBigInteger(string text) => BigInteger.Parse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture);

    /// <summary>Base64; an empty element is an empty blob, not an absent one.</summary>
    public static byte[] ParseBlob(string text) => text.Length == 0 ? Array.Empty<byte>() : Convert.FromBase64String(text.Trim());

    /// <summary>Any of ISO 8601 (with or without offset and fractions), HTTP-date or epoch seconds, whatever the model says.</summary>
    public static DateTimeOffset ParseTimestamp(string text) => Timestamps.Parse(text);
}
