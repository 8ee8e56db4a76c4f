using System.Collections.Generic;
using AwsCodegen.Runtime.JmesPath.Values;

namespace AwsCodegen.Runtime.JmesPath.Ast;

/// <summary>
/// The projections: each applies its right side to every item of what its left side yields, and collects the
/// results that are not null. Every projection starts from an array (or, for <c>*</c>, an object's values) and
/// yields null for anything else.
/// </summary>
internal static class Projection
{
    public static JmesValue Collect(in JmesValue items, JmesNode right)
    {
        var results = new List<JmesValue>(items.GetArrayLength());
        // A projection ending in nothing ("foo[*]") has @ on its right: skip the calls.
        bool identity = right is CurrentNode;
        foreach (JmesValue item in items.EnumerateArray())
        {
            JmesValue result = identity ? item : right.Evaluate(item);
            if (!result.IsNull) results.Add(result);
        }
        return JmesValue.FromList(results);
    }
}

/// <summary><c>left[*].right</c>, <c>left[1:3].right</c>, and the projection that follows a flatten.</summary>
internal sealed class ListProjectionNode(JmesNode left, JmesNode right) : JmesNode
{
    public JmesNode Left { get; } = left;
    public JmesNode Right { get; } = right;

    public override JmesValue Evaluate(in JmesValue current)
    {
        JmesValue items = Left.Evaluate(current);
        return items.Kind == JmesKind.Array ? Projection.Collect(items, Right) : JmesValue.Null;
    }
}

/// <summary><c>left.*.right</c>: projects over an object's values, in member order.</summary>
internal sealed class ValueProjectionNode(JmesNode left, JmesNode right) : JmesNode
{
    public JmesNode Left { get; } = left;
    public JmesNode Right { get; } = right;

    public override JmesValue Evaluate(in JmesValue current)
    {
        JmesValue obj = Left.Evaluate(current);
        if (obj.Kind != JmesKind.Object) return JmesValue.Null;
        var results = new List<JmesValue>();
        bool identity = Right is CurrentNode;
        foreach (var member in obj.EnumerateObject())
        {
            JmesValue result = identity ? member.Value : Right.Evaluate(member.Value);
            if (!result.IsNull) results.Add(result);
        }
        return JmesValue.FromList(results);
    }
}

/// <summary><c>left[?condition].right</c>: projects over the items for which the condition is truthy.</summary>
internal sealed class FilterProjectionNode(JmesNode left, JmesNode condition, JmesNode right) : JmesNode
{
    public JmesNode Left { get; } = left;
    public JmesNode Condition { get; } = condition;
    public JmesNode Right { get; } = right;

    public override JmesValue Evaluate(in JmesValue current)
    {
        JmesValue items = Left.Evaluate(current);
        if (items.Kind != JmesKind.Array) return JmesValue.Null;
        var results = new List<JmesValue>();
        bool identity = Right is CurrentNode;
        foreach (JmesValue item in items.EnumerateArray())
        {
            if (!Condition.Evaluate(item).IsTruthy) continue;
            JmesValue result = identity ? item : Right.Evaluate(item);
            if (!result.IsNull) results.Add(result);
        }
        return JmesValue.FromList(results);
    }
}

/// <summary>
/// <c>left[]</c>: merges the items that are arrays into one array, one level deep; other items stay as they are
/// (nulls too: the projection around a flatten is what drops them).
/// </summary>
internal sealed class FlattenNode(JmesNode child) : JmesNode
{
    public JmesNode Child { get; } = child;

    public override JmesValue Evaluate(in JmesValue current)
    {
        JmesValue items = Child.Evaluate(current);
        if (items.Kind != JmesKind.Array) return JmesValue.Null;
        var merged = new List<JmesValue>(items.GetArrayLength());
        foreach (JmesValue item in items.EnumerateArray())
        {
            if (item.Kind == JmesKind.Array)
            {
                foreach (JmesValue inner in item.EnumerateArray()) merged.Add(inner);
            }
            else
            {
                merged.Add(item);
            }
        }
        return JmesValue.FromList(merged);
    }
}
