using AwsCodegen.Generator.Model;

namespace AwsCodegen.Generator.Emit;

/// <summary>The XML element names the model implies, shared by the XML codec and the query form writer.</summary>
internal static class XmlNames
{
    /// <summary>
    /// The name of a structure member's element (or, for query forms, its key). It is the member's locationName, else its
    /// name, except for a flattened list whose member has no locationName of its own: then a locationName on the list's
    /// item is the element name. Legacy models (SimpleDB's Item, Attribute) mark the list shape flattened and name only
    /// the item; Smithy-derived ones put "flattened" on the member and mean the member's name, so only the former counts.
    /// </summary>
    public static string MemberElement(ServiceSpec spec, MemberSpec member)
    {
        if (!member.Flattened || member.HasExplicitWireName) return member.WireName;
        var target = spec.Shape(member.Target);
        if (target is { Kind: ShapeKind.List, Traits.Flattened: true, Element: { HasExplicitWireName: true } item })
            return item.WireName;
        return member.WireName;
    }

    /// <summary>The element of each item of a wrapped (non-flattened) list: the item's locationName, else "member".</summary>
    public static string ListItem(ShapeSpec list) => list.Element!.WireName;

    /// <summary>The key and value elements of a map entry: their locationNames, else "key" and "value".</summary>
    public static (string Key, string Value) MapEntry(ShapeSpec map) => (map.Key!.WireName, map.Element!.WireName);

    /// <summary>The element of each entry of a wrapped (non-flattened) map.</summary>
    public const string MapEntryElement = "entry";
}
