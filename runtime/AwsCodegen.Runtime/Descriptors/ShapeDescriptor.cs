using System;
using System.Collections.Generic;

namespace AwsCodegen.Runtime.Descriptors;

/// <summary>
/// One shape of a service model, as far as documents, the command line and help need it: its type, its members (a
/// structure), element (a list), key and value (a map) and enum values. Generated data, decoded on demand: no
/// reflection.
/// </summary>
public sealed class ShapeDescriptor
{
    private Dictionary<string, MemberDescriptor>? _byName;

    internal ShapeDescriptor(int index, string name, ShapeType type, ShapeFlags flags, IReadOnlyList<MemberDescriptor> members,
        MemberDescriptor? element, MemberDescriptor? key, IReadOnlyList<string> enumValues, string? timestampFormat, string? minText = null)
    {
        Index = index;
        Name = name;
        Type = type;
        Flags = flags;
        Members = members;
        Element = element;
        Key = key;
        EnumValues = enumValues;
        TimestampFormat = timestampFormat;
        MinText = minText;
        Min = minText is null ? null : double.Parse(minText, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The shape's position in its service's table.</summary>
    public int Index { get; }

    /// <summary>The model's shape name (an operation's own input and output are named <c>Operation$Request</c> and <c>$Response</c>).</summary>
    public string Name { get; }

    public ShapeType Type { get; }
    public ShapeFlags Flags { get; }

    /// <summary>A structure's members, in the model's order; empty for other types.</summary>
    public IReadOnlyList<MemberDescriptor> Members { get; }

    /// <summary>A list's element, or a map's value; null for other types.</summary>
    public MemberDescriptor? Element { get; }

    /// <summary>A map's key; null for other types.</summary>
    public MemberDescriptor? Key { get; }

    /// <summary>A string's enum values, in the model's order; empty when it has none.</summary>
    public IReadOnlyList<string> EnumValues { get; }

    /// <summary>A timestamp's timestampFormat (iso8601, unixTimestamp, rfc822) when the model gives one.</summary>
    public string? TimestampFormat { get; }

    /// <summary>
    /// The model's <c>min</c>: the least length of a string or list, or the least value of a number; null when it has
    /// none. Given only for the kinds botocore's validator checks (not for maps or blobs).
    /// </summary>
    public double? Min { get; }

    /// <summary><see cref="Min"/> as the model writes it (<c>0</c> or <c>0.0</c>), for messages.</summary>
    public string? MinText { get; }

    public bool IsScalar => Type is not (ShapeType.Structure or ShapeType.List or ShapeType.Map);
    public bool Is(ShapeFlags flag) => (Flags & flag) != 0;

    /// <summary>A structure's member by its model name, or null.</summary>
    public MemberDescriptor? Member(string name)
    {
        if (Members.Count < 8)
        {
            foreach (var member in Members)
                if (string.Equals(member.Name, name, StringComparison.Ordinal)) return member;
            return null;
        }
        var byName = _byName;
        if (byName is null)
        {
            byName = new Dictionary<string, MemberDescriptor>(Members.Count, StringComparer.Ordinal);
            foreach (var member in Members) byName[member.Name] = member;
            _byName = byName;
        }
        return byName.TryGetValue(name, out var found) ? found : null;
    }

    public override string ToString() => $"{Name} ({Type})";
}
