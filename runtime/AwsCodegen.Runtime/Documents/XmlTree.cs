using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Xml;

namespace AwsCodegen.Runtime.Documents;

/// <summary>
/// One element of a response body, as much of it as botocore's XML parsers look at (they build an ElementTree):
/// the local name (namespaces are stripped from tags), the character data before the first child (ElementTree's
/// <c>text</c>: null when there is none, which botocore tells apart from empty only in S3 GetBucketLocation), the
/// children in document order, and the attributes. A tree rather than a streaming read because botocore's lookups
/// are by name among siblings, in the model's order, whatever the document's order is.
/// </summary>
internal sealed class XmlTreeElement
{
    private static readonly List<XmlTreeElement> s_noChildren = new();

    public XmlTreeElement(string name) => Name = name;

    public string Name { get; }
    public string? Text { get; private set; }
    public List<XmlTreeElement> Children { get; private set; } = s_noChildren;
    public List<XmlTreeAttribute>? Attributes { get; private set; }

    /// <summary>The empty element botocore's rest-xml parser reads an empty body as (its members: none).</summary>
    public static XmlTreeElement Empty() => new("");

    /// <summary>Parses a body. Like botocore, the bytes are read as UTF-8 whatever the declaration says.</summary>
    public static XmlTreeElement Parse(ReadOnlyMemory<byte> body)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = false,
        };
        // The buffered body normally lives in an array: read it in place.
        var bytes = MemoryMarshal.TryGetArray(body, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(body.ToArray(), writable: false);
        using var text = new StreamReader(bytes, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        using var reader = XmlReader.Create(text, settings);
        var stack = new Stack<XmlTreeElement>();
        XmlTreeElement? root = null;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var element = new XmlTreeElement(reader.LocalName);
                    if (reader.HasAttributes) element.ReadAttributes(reader);
                    if (stack.TryPeek(out var parent)) parent.AddChild(element);
                    else root = element;
                    if (!reader.IsEmptyElement) stack.Push(element);
                    break;
                case XmlNodeType.EndElement:
                    stack.Pop();
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    // Only the data before the first child is the element's text; what follows a child is its tail.
                    if (stack.TryPeek(out var open) && open.Children.Count == 0) open.Text = open.Text is null ? reader.Value : open.Text + reader.Value;
                    break;
            }
        }
        return root ?? throw new XmlException("The response body has no root element.");
    }

    private void AddChild(XmlTreeElement child)
    {
        if (ReferenceEquals(Children, s_noChildren)) Children = new List<XmlTreeElement>();
        Children.Add(child);
    }

    private void ReadAttributes(XmlReader reader)
    {
        var attributes = new List<XmlTreeAttribute>(reader.AttributeCount);
        while (reader.MoveToNextAttribute())
        {
            // Namespace declarations are not attributes to ElementTree.
            if (reader.NamespaceURI == "http://www.w3.org/2000/xmlns/") continue;
            attributes.Add(new XmlTreeAttribute(reader.LocalName, reader.NamespaceURI.Length > 0, reader.Value));
        }
        reader.MoveToElement();
        if (attributes.Count > 0) Attributes = attributes;
    }

    /// <summary>The first child of that name, or null.</summary>
    public XmlTreeElement? Child(string name)
    {
        foreach (var child in Children)
            if (string.Equals(child.Name, name, StringComparison.Ordinal)) return child;
        return null;
    }

    public override string ToString() => $"<{Name}> ({Children.Count} children)";
}

/// <summary>An attribute: its local name, whether it had a namespace (ElementTree names those <c>{uri}name</c>), its value.</summary>
internal readonly record struct XmlTreeAttribute(string LocalName, bool Namespaced, string Value);
