using System;

namespace AwsCodegen.Runtime.JmesPath.Values;

/// <summary>
/// The spec's equality (<c>==</c>, <c>contains</c>) and the ordering that <c>sort</c>, <c>max</c> and the
/// <c>*_by</c> functions use.
/// </summary>
internal static class JmesEquality
{
    /// <summary>
    /// Deep equality: numbers by value (1 equals 1.0), strings by code points, arrays item by item, objects by
    /// their member sets regardless of order. Values of different types are never equal.
    /// </summary>
    public static bool DeepEquals(in JmesValue left, in JmesValue right)
    {
        if (left.Kind != right.Kind) return false;
        switch (left.Kind)
        {
            case JmesKind.Null:
                return true;
            case JmesKind.Boolean:
                return left.GetBoolean() == right.GetBoolean();
            case JmesKind.Number:
                return left.GetNumber() == right.GetNumber();
            case JmesKind.String:
                // Input strings compare without materializing one of them.
                return right.IsElement && !left.IsElement ? right.StringEquals(left.GetString()) : left.StringEquals(right.GetString());
            case JmesKind.Array:
                return ArraysEqual(left, right);
            case JmesKind.Object:
                return ObjectsEqual(left, right);
            default:
                return ReferenceEquals(left.GetExpression(), right.GetExpression());
        }
    }

    private static bool ArraysEqual(in JmesValue left, in JmesValue right)
    {
        int length = left.GetArrayLength();
        if (length != right.GetArrayLength()) return false;
        for (int i = 0; i < length; i++)
        {
            if (!DeepEquals(left.GetArrayItem(i), right.GetArrayItem(i))) return false;
        }
        return true;
    }

    private static bool ObjectsEqual(in JmesValue left, in JmesValue right)
    {
        if (left.GetObjectCount() != right.GetObjectCount()) return false;
        foreach (var member in left.EnumerateObject())
        {
            if (!right.TryGetProperty(member.Key, out JmesValue other) || !DeepEquals(member.Value, other)) return false;
        }
        return true;
    }

    /// <summary>
    /// Orders strings by Unicode code point, as the spec's "lexicographical" order means. Ordinal UTF-16 order
    /// differs from it only where a surrogate pair meets a code unit in U+E000..U+FFFF.
    /// </summary>
    public static int CompareStrings(string left, string right)
    {
        int length = Math.Min(left.Length, right.Length);
        for (int i = 0; i < length; i++)
        {
            char a = left[i], b = right[i];
            if (a == b) continue;
            if (char.IsSurrogate(a) != char.IsSurrogate(b)) return char.IsSurrogate(a) ? 1 : -1;
            return a < b ? -1 : 1;
        }
        return left.Length.CompareTo(right.Length);
    }
}
