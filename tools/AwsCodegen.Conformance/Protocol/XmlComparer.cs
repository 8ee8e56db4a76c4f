using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace AwsCodegen.Conformance.Protocol;

/// <summary>
/// Compares XML documents by meaning and reports the first difference with its path (<c>/Root/list[2]/name</c>).
/// Elements are compared by namespace and local name (not prefix), attributes as a set (order and namespace
/// declarations do not matter), child elements in order, and text exactly, except for whitespace that only
/// lays out elements: indentation between child elements, and a line-broken blank inside an empty element.
/// </summary>
public static class XmlComparer
{
    public static string? Compare(string expectedXml, string actualXml)
    {
        XDocument expected, actual;
        try
        {
            expected = XDocument.Parse(expectedXml, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            return $"the expected body is not XML ({e.Message})";
        }
        try
        {
            actual = XDocument.Parse(actualXml, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            return $"expected an XML body, got one that does not parse ({e.Message}): {JsonTreeComparer.Shorten(JsonTreeComparer.Quote(actualXml))}";
        }
        if (expected.Root is null || actual.Root is null) return expected.Root is null && actual.Root is null ? null : "one document has no root element";
        return CompareElements(expected.Root, actual.Root, "/" + expected.Root.Name.LocalName);
    }

    /// <param name="path">Where the expected element is, e.g. "/Root/list[2]" (indexed only among same-named siblings).</param>
    private static string? CompareElements(XElement expected, XElement actual, string path)
    {
        if (expected.Name != actual.Name)
            return $"{path}: expected element {Show(expected.Name)}, got {Show(actual.Name)}";

        var expectedAttributes = Attributes(expected);
        var actualAttributes = Attributes(actual);
        foreach (var pair in expectedAttributes)
        {
            if (!actualAttributes.TryGetValue(pair.Key, out var value))
                return $"{path}: attribute {Show(pair.Key)} missing (expected \"{pair.Value}\")";
            if (!string.Equals(value, pair.Value, StringComparison.Ordinal))
                return $"{path}/@{pair.Key.LocalName}: expected \"{pair.Value}\", got \"{value}\"";
        }
        foreach (var pair in actualAttributes.Where(a => !expectedAttributes.ContainsKey(a.Key)))
            return $"{path}: unexpected attribute {Show(pair.Key)}=\"{pair.Value}\"";

        var expectedChildren = expected.Elements().ToList();
        var actualChildren = actual.Elements().ToList();
        string expectedText = TextOf(expected, expectedChildren.Count > 0);
        string actualText = TextOf(actual, actualChildren.Count > 0);
        if (!string.Equals(expectedText, actualText, StringComparison.Ordinal))
            return $"{path}: expected text {JsonTreeComparer.Quote(expectedText)}, got {JsonTreeComparer.Quote(actualText)}";

        int common = Math.Min(expectedChildren.Count, actualChildren.Count);
        for (int i = 0; i < common; i++)
        {
            var child = expectedChildren[i];
            var sameName = expectedChildren.Where(c => c.Name == child.Name).ToList();
            string childPath = path + "/" + child.Name.LocalName + (sameName.Count > 1 ? "[" + (sameName.IndexOf(child) + 1) + "]" : "");
            if (CompareElements(child, actualChildren[i], childPath) is { } difference) return difference;
        }
        if (expectedChildren.Count > common)
            return $"{path}: missing child element {Show(expectedChildren[common].Name)} (expected {expectedChildren.Count} children, got {actualChildren.Count})";
        if (actualChildren.Count > common)
            return $"{path}: unexpected child element {Show(actualChildren[common].Name)} (expected {expectedChildren.Count} children, got {actualChildren.Count})";
        return null;
    }

    /// <summary>Attributes by qualified name, without namespace declarations (those only bind prefixes).</summary>
    private static Dictionary<XName, string> Attributes(XElement element) =>
        element.Attributes().Where(a => !a.IsNamespaceDeclaration).ToDictionary(a => a.Name, a => a.Value);

    /// <summary>
    /// The element's own text. Beside child elements, whitespace is layout and the rest is trimmed; in a leaf,
    /// text is exact unless it is a blank spanning lines, which is how pretty-printed empty elements look.
    /// </summary>
    private static string TextOf(XElement element, bool hasChildElements)
    {
        var pieces = element.Nodes().OfType<XText>().Select(t => t.Value);
        if (hasChildElements) return string.Concat(pieces.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()));
        string text = string.Concat(pieces);
        return string.IsNullOrWhiteSpace(text) && text.Contains('\n', StringComparison.Ordinal) ? "" : text;
    }

    private static string Show(XName name) =>
        name.NamespaceName.Length == 0 ? "<" + name.LocalName + ">" : "<" + name.LocalName + " xmlns=\"" + name.NamespaceName + "\">";
}
