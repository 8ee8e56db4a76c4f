using System;
using System.Collections.Generic;
using System.Text.Json;
using AwsCodegen.Runtime.Descriptors;

namespace AwsCodegen.Runtime.Documents;

/// <summary>
/// Walks an XML body with the shapes and writes the document botocore's XML parsers build (BaseXMLResponseParser),
/// lookups and quirks included, so that the CLI prints what aws-cli prints:
/// <list type="bullet">
/// <item>a structure's members are looked up by element name among its children, in the model's order; repeated
/// elements of one name are a list to botocore, of which a structure or a scalar takes the first;</item>
/// <item>a wrapped list is every child of its element, whatever the children are called (<c>member</c>, ec2's
/// <c>item</c>); a flattened list is every sibling of its name, which is the items' locationName when the model
/// gives one;</item>
/// <item>a map's entries are the children of its element (or, flattened, the siblings), each with a key and a value
/// element (locationNames, else <c>key</c> and <c>value</c>); a repeated key keeps its first place and its last
/// value, as a Python dict does;</item>
/// <item>an xmlAttribute member is read from the attributes when no child has its name, as a string whatever its
/// shape;</item>
/// <item>scalars from the text: booleans are exactly <c>true</c>, numbers as int() and float() make them,
/// timestamps and blobs as sent (aws-cli's identity parsers), everything else as text.</item>
/// </list>
/// </summary>
internal static class XmlShapeReader
{
    /// <summary>Writes the body members of <paramref name="shape"/> found in <paramref name="node"/> into the open object.</summary>
    public static void WriteMembers(Utf8JsonWriter writer, ShapeDescriptor shape, XmlTreeElement node)
    {
        foreach (var member in shape.Members)
        {
            // Header, headers and status-code members are the REST bindings' (botocore skips its known locations).
            if (member.Location is WireLocation.Header or WireLocation.Headers or WireLocation.StatusCode) continue;
            string name = ElementName(member);
            int index = IndexOf(node, name, 0);
            if (index >= 0)
            {
                writer.WritePropertyName(member.Name);
                Write(writer, member, new Occurrences(node, name, index));
            }
            else if ((member.Flags & MemberFlags.XmlAttribute) != 0 && Attribute(node, member.WireName) is { } value)
            {
                writer.WriteString(member.Name, value);
            }
        }
    }

    /// <summary>Writes the value of <paramref name="member"/> read from one element (a payload's root, say).</summary>
    public static void Write(Utf8JsonWriter writer, MemberDescriptor member, XmlTreeElement element) =>
        Write(writer, member, Occurrences.Single(element));

    private static void Write(Utf8JsonWriter writer, MemberDescriptor member, Occurrences at)
    {
        var shape = member.Shape;
        switch (shape.Type)
        {
            case ShapeType.Structure:
                WriteStructure(writer, shape, at.First);
                break;
            case ShapeType.List:
                WriteList(writer, member, at);
                break;
            case ShapeType.Map:
                WriteMap(writer, member, at);
                break;
            default:
                WriteScalar(writer, shape, at.First.Text ?? "");
                break;
        }
    }

    private static void WriteStructure(Utf8JsonWriter writer, ShapeDescriptor shape, XmlTreeElement node)
    {
        if (shape.Is(ShapeFlags.Union) && UnknownUnionTag(shape, node) is { } tag)
        {
            writer.WriteStartObject();
            writer.WriteStartObject("SDK_UNKNOWN_MEMBER");
            writer.WriteString("name", tag);
            writer.WriteEndObject();
            writer.WriteEndObject();
            return;
        }
        writer.WriteStartObject();
        WriteMembers(writer, shape, node);
        writer.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter writer, MemberDescriptor member, Occurrences at)
    {
        var item = member.Shape.Element!;
        writer.WriteStartArray();
        if (IsWrapped(member, at))
        {
            foreach (var child in at.First.Children) Write(writer, item, Occurrences.Single(child));
        }
        else
        {
            // Flattened: each sibling of the name is an item. (A repeated wrapper is read the same way by botocore.)
            foreach (var element in at.All()) Write(writer, item, Occurrences.Single(element));
        }
        writer.WriteEndArray();
    }

    private static void WriteMap(Utf8JsonWriter writer, MemberDescriptor member, Occurrences at)
    {
        var shape = member.Shape;
        string keyName = shape.Key!.WireName, valueName = shape.Element!.WireName;
        var entries = new List<(string Key, XmlTreeElement Value)>();
        Dictionary<string, int>? positions = null;
        if (IsWrapped(member, at))
        {
            foreach (var entry in at.First.Children) AddEntry(entry);
        }
        else
        {
            foreach (var entry in at.All()) AddEntry(entry);
        }
        writer.WriteStartObject();
        foreach (var (key, value) in entries)
        {
            writer.WritePropertyName(key);
            Write(writer, shape.Element, Occurrences.Single(value));
        }
        writer.WriteEndObject();

        void AddEntry(XmlTreeElement entry)
        {
            XmlTreeElement? keyElement = null, valueElement = null;
            foreach (var part in entry.Children)
            {
                if (string.Equals(part.Name, keyName, StringComparison.Ordinal)) keyElement = part;
                else if (string.Equals(part.Name, valueName, StringComparison.Ordinal)) valueElement = part;
            }
            if (keyElement is null || valueElement is null) return; // botocore cannot read such an entry either
            string key = keyElement.Text ?? "";
            positions ??= new Dictionary<string, int>(StringComparer.Ordinal);
            if (positions.TryGetValue(key, out int position)) entries[position] = (key, valueElement);
            else
            {
                positions[key] = entries.Count;
                entries.Add((key, valueElement));
            }
        }
    }

    /// <summary>A list or map in its own element (the one occurrence found), as opposed to flattened into its parent.</summary>
    private static bool IsWrapped(MemberDescriptor member, Occurrences at) =>
        (member.Flags & MemberFlags.Flattened) == 0 && !at.IsRepeated;

    private static void WriteScalar(Utf8JsonWriter writer, ShapeDescriptor shape, string text)
    {
        switch (shape.Type)
        {
            case ShapeType.Boolean:
                writer.WriteBooleanValue(text == "true"); // exactly: botocore's XML parser compares, it does not fold case
                break;
            case ShapeType.Integer or ShapeType.Long or ShapeType.Short or ShapeType.Byte:
                ScalarText.WriteInteger(writer, text);
                break;
            case ShapeType.Float or ShapeType.Double:
                ScalarText.WriteFloat(writer, text);
                break;
            default:
                writer.WriteStringValue(text); // strings, timestamps and blobs as sent
                break;
        }
    }

    /// <summary>
    /// The element a structure member is looked up by: its wire name, except that a flattened list whose items the
    /// model names is found by the items' name (botocore's _member_key_name).
    /// </summary>
    private static string ElementName(MemberDescriptor member)
    {
        if ((member.Flags & MemberFlags.Flattened) != 0 && member.Shape is { Type: ShapeType.List, Element: { HasWireName: true } item })
            return item.WireName;
        return member.WireName;
    }

    /// <summary>
    /// An attribute's value by the member's locationName. ElementTree spells a namespaced attribute
    /// <c>{uri}name</c>, and botocore swaps the <c>{uri}</c> for the locationName's own prefix, so <c>xsi:type</c>
    /// matches any namespaced <c>type</c>; a later match wins, as in the dict botocore builds.
    /// </summary>
    private static string? Attribute(XmlTreeElement node, string locationName)
    {
        if (node.Attributes is not { } attributes) return null;
        int colon = locationName.IndexOf(':');
        string? found = null;
        foreach (var attribute in attributes)
        {
            bool match = attribute.Namespaced
                ? colon >= 0 && locationName.AsSpan(colon + 1).SequenceEqual(attribute.LocalName)
                : string.Equals(locationName, attribute.LocalName, StringComparison.Ordinal);
            if (match) found = attribute.Value;
        }
        return found;
    }

    /// <summary>
    /// The name of a union's one set member when the model does not know it, else null. botocore counts the distinct
    /// child names; with none or several it rejects the response, which is not this reader's business: it reads on.
    /// </summary>
    private static string? UnknownUnionTag(ShapeDescriptor shape, XmlTreeElement node)
    {
        if (node.Children.Count == 0) return null;
        string tag = node.Children[0].Name;
        foreach (var child in node.Children)
            if (!string.Equals(child.Name, tag, StringComparison.Ordinal)) return null;
        foreach (var member in shape.Members)
            if (string.Equals(member.WireName, tag, StringComparison.Ordinal)) return null;
        return tag;
    }

    private static int IndexOf(XmlTreeElement parent, string name, int start)
    {
        var children = parent.Children;
        for (int i = start; i < children.Count; i++)
            if (string.Equals(children[i].Name, name, StringComparison.Ordinal)) return i;
        return -1;
    }

    /// <summary>
    /// The elements one name matches among a parent's children (botocore's name-to-node map holds one element, or
    /// a list when the name repeats), or a single element on its own (a list item, a map value, a payload).
    /// </summary>
    private readonly struct Occurrences
    {
        public Occurrences(XmlTreeElement parent, string name, int index)
        {
            Parent = parent;
            Name = name;
            Index = index;
            First = parent.Children[index];
        }

        private Occurrences(XmlTreeElement element)
        {
            Parent = null;
            Name = null;
            Index = -1;
            First = element;
        }

        public static Occurrences Single(XmlTreeElement element) => new(element);

        public XmlTreeElement? Parent { get; }
        public string? Name { get; }
        public int Index { get; }
        public XmlTreeElement First { get; }

        public bool IsRepeated => Parent is not null && IndexOf(Parent, Name!, Index + 1) >= 0;

        /// <summary>Every occurrence, in document order (a single element is its own only one).</summary>
        public IEnumerable<XmlTreeElement> All()
        {
            if (Parent is null)
            {
                yield return First;
                yield break;
            }
            for (int i = Index; i >= 0; i = IndexOf(Parent, Name!, i + 1)) yield return Parent.Children[i];
        }
    }
}
