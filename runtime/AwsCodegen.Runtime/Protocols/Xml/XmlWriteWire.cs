using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Text;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime.Protocols.Xml;

/// <summary>
/// Writes an XML request body (rest-xml) exactly as told: elements, namespace declarations, attributes and escaped
/// text, with no XML declaration and no indentation. Generated per-shape writers decide which element goes where;
/// this type and its static helpers own the text rules (escaping, number, timestamp and blob forms).
/// </summary>
/// <remarks>
/// A namespace declaration is written where the model puts it, as an attribute, so a child without one inherits
/// its parent's default namespace, as botocore's and the Smithy protocol tests' documents do.
/// </remarks>
public sealed class XmlWriteWire
{
    public const string ContentType = "application/xml";

    // The characters Escape rewrites, in text and in attribute values.
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("&<>\r");
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("&<>\r\"\n\t");

    // UTF-8 straight into a pooled buffer: a large body (S3 CompleteMultipartUpload, DeleteObjects) once cost a
    // StringBuilder, a string and a byte[], each as large as the document or larger.
    private readonly PooledByteWriter _bytes = new();
    private readonly List<string> _open = new();
    private bool _inStartTag;
    private byte[]? _content;

    /// <summary>How many elements are open.</summary>
    public int Depth => _open.Count;

    /// <summary>Opens an element; its start tag stays open for <see cref="Attribute"/> until content or the end follows.</summary>
    public void StartElement(string name, string? namespacePrefix = null, string? namespaceUri = null)
    {
        if (string.IsNullOrEmpty(name)) throw new ArgumentException("An XML element needs a name.", nameof(name));
        EnsureWritable();
        CloseStartTag();
        _bytes.Write("<"u8);
        WriteUtf8(name);
        _open.Add(name);
        _inStartTag = true;
        if (namespaceUri is not null)
            Attribute(string.IsNullOrEmpty(namespacePrefix) ? "xmlns" : "xmlns:" + namespacePrefix, namespaceUri);
    }

    /// <summary>An attribute of the element just opened.</summary>
    public void Attribute(string name, string value)
    {
        if (!_inStartTag) throw new InvalidOperationException($"The attribute '{name}' must directly follow its element's start.");
        _bytes.Write(" "u8);
        WriteUtf8(name);
        _bytes.Write("=\""u8);
        WriteEscaped(value, attribute: true);
        _bytes.Write("\""u8);
    }

    public void Text(string value)
    {
        EnsureWritable();
        CloseStartTag();
        WriteEscaped(value, attribute: false);
    }

    public void EndElement()
    {
        if (_open.Count == 0) throw new InvalidOperationException("No XML element is open.");
        CloseStartTag();
        string name = _open[_open.Count - 1];
        _open.RemoveAt(_open.Count - 1);
        _bytes.Write("</"u8);
        WriteUtf8(name);
        _bytes.Write(">"u8);
    }

    /// <summary>A whole element holding text.</summary>
    public void Element(string name, string text)
    {
        StartElement(name);
        Text(text);
        EndElement();
    }

    /// <summary>A whole element holding text, declaring a namespace when one is given.</summary>
    public void Element(string name, string text, string? namespacePrefix, string? namespaceUri)
    {
        StartElement(name, namespacePrefix, namespaceUri);
        Text(text);
        EndElement();
    }

    /// <summary>The document so far; every element must be closed.</summary>
    public override string ToString() => Encoding.UTF8.GetString(Document());

    /// <summary>The document as UTF-8, in a new array.</summary>
    public byte[] ToBytes() => Document().ToArray();

    /// <summary>
    /// The document as a request body. This finishes the document: the pooled buffer is given back and nothing more
    /// can be written (ToString and ToBytes still work).
    /// </summary>
    public RequestContent ToContent(string contentType = ContentType)
    {
        if (_content is null)
        {
            _content = Document().ToArray();
            _bytes.Reset();
        }
        return RequestContent.FromBytes(_content, contentType);
    }

    private ReadOnlySpan<byte> Document()
    {
        if (_open.Count > 0) throw new InvalidOperationException($"The XML element '{_open[_open.Count - 1]}' is still open.");
        return _content ?? _bytes.WrittenSpan;
    }

    private void EnsureWritable()
    {
        if (_content is not null) throw new InvalidOperationException("The XML document was already taken as request content.");
    }

    private void CloseStartTag()
    {
        if (!_inStartTag) return;
        _bytes.Write(">"u8);
        _inStartTag = false;
    }

    private void WriteUtf8(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return;
        var destination = _bytes.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        _bytes.Advance(Encoding.UTF8.GetBytes(text, destination));
    }

    /// <summary>The UTF-8 form of <see cref="Escape(StringBuilder, string, bool)"/>: runs without markup are copied whole.</summary>
    private void WriteEscaped(string value, bool attribute)
    {
        var rest = value.AsSpan();
        var specials = attribute ? AttributeSpecials : TextSpecials;
        int at;
        while ((at = rest.IndexOfAny(specials)) >= 0)
        {
            WriteUtf8(rest[..at]);
            _bytes.Write(rest[at] switch
            {
                '&' => "&amp;"u8,
                '<' => "&lt;"u8,
                '>' => "&gt;"u8,
                '\r' => "&#xD;"u8,
                '"' => "&quot;"u8,
                '\n' => "&#xA;"u8,
                _ => "&#x9;"u8,
            });
            rest = rest[(at + 1)..];
        }
        WriteUtf8(rest);
    }

    /// <summary>
    /// Escapes markup characters. Carriage returns are written as references so that a parser's line-end
    /// normalization does not turn them into line feeds; in attributes, tabs and line feeds are too (attribute-value
    /// normalization would make them spaces).
    /// </summary>
    public static void Escape(StringBuilder sb, string value, bool attribute)
    {
        foreach (char c in value)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '\r': sb.Append("&#xD;"); break;
                case '"' when attribute: sb.Append("&quot;"); break;
                case '\n' when attribute: sb.Append("&#xA;"); break;
                case '\t' when attribute: sb.Append("&#x9;"); break;
                default: sb.Append(c); break;
            }
        }
    }

    public static string Escape(string value, bool attribute = false)
    {
        var sb = new StringBuilder(value.Length + 8);
        Escape(sb, value, attribute);
        return sb.ToString();
    }

    public static string ToText(bool value) => value ? "true" : "false";
    public static string ToText(sbyte value) => value.ToString(CultureInfo.InvariantCulture);
    public static string ToText(short value) => value.ToString(CultureInfo.InvariantCulture);
    public static string ToText(int value) => value.ToString(CultureInfo.InvariantCulture);
    public static string ToText(long value) => value.ToString(CultureInfo.InvariantCulture);
    public static string ToText(decimal value) => value.ToString(CultureInfo.InvariantCulture);
    public static string ToText(BigInteger value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The shortest text that reads back as the same float; NaN, Infinity and -Infinity by name.</summary>
    public static string ToText(float value) => float.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : ToText((double)value);

    /// <summary>The shortest text that reads back as the same double; NaN, Infinity and -Infinity by name.</summary>
    public static string ToText(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "Infinity";
        if (double.IsNegativeInfinity(value)) return "-Infinity";
        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>A timestamp in the member's format; XML bodies default to ISO 8601.</summary>
    public static string ToText(DateTimeOffset value, TimestampFormat format) =>
        Timestamps.Format(value, format == TimestampFormat.Default ? TimestampFormat.Iso8601 : format);

    public static string ToText(byte[] value) => Convert.ToBase64String(value);
}
