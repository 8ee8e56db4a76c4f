using System;
using System.Collections.Generic;
using AwsCodegen.Runtime.JmesPath.Values;

namespace AwsCodegen.Runtime.JmesPath.Functions;

/// <summary>sort, sort_by, max, max_by, min, min_by: ordering by numbers or by strings, never a mix.</summary>
internal static class OrderingFunctions
{
    public static JmesValue Sort(ReadOnlySpan<JmesValue> args, FunctionCall call)
    {
        var items = CollectionFunctions.ToList(args[0]);
        if (items.Count == 0) return JmesValue.FromList(items);
        // The signature (array[number]|array[string]) has already ruled out mixed arrays.
        return Reorder(items, SortKeys.Create(items, call, Mismatch("sort")));
    }

    public static JmesValue SortBy(ReadOnlySpan<JmesValue> args, FunctionCall call)
    {
        var items = CollectionFunctions.ToList(args[0]);
        if (items.Count == 0) return JmesValue.FromList(items);
        return Reorder(items, KeysBy(items, args[1], call, "sort_by"));
    }

    public static JmesValue Max(ReadOnlySpan<JmesValue> args, FunctionCall call) => Extreme(args[0], call, "max", 1);

    public static JmesValue Min(ReadOnlySpan<JmesValue> args, FunctionCall call) => Extreme(args[0], call, "min", -1);

    public static JmesValue MaxBy(ReadOnlySpan<JmesValue> args, FunctionCall call) => ExtremeBy(args[0], args[1], call, "max_by", 1);

    public static JmesValue MinBy(ReadOnlySpan<JmesValue> args, FunctionCall call) => ExtremeBy(args[0], args[1], call, "min_by", -1);

    private static JmesValue Extreme(in JmesValue array, FunctionCall call, string name, int sign)
    {
        var items = CollectionFunctions.ToList(array);
        if (items.Count == 0) return JmesValue.Null;
        return items[SortKeys.Create(items, call, Mismatch(name)).Extreme(sign)];
    }

    private static JmesValue ExtremeBy(in JmesValue array, in JmesValue expression, FunctionCall call, string name, int sign)
    {
        var items = CollectionFunctions.ToList(array);
        if (items.Count == 0) return JmesValue.Null;
        return items[KeysBy(items, expression, call, name).Extreme(sign)];
    }

    private static SortKeys KeysBy(List<JmesValue> items, in JmesValue expression, FunctionCall call, string name)
    {
        var key = expression.GetExpression();
        var keys = new List<JmesValue>(items.Count);
        foreach (JmesValue item in items) keys.Add(key.Evaluate(item));
        return SortKeys.Create(keys, call, (found, first) => first is JmesKind.Number or JmesKind.String
            ? $"{name}() expects the expression to yield {ArgTypes.Name(first)} for every item (as for the first), but it yielded {ArgTypes.Name(found)}"
            : $"{name}() expects the expression to yield number or string, but it yielded {ArgTypes.Name(found)}");
    }

    private static Func<JmesKind, JmesKind, string> Mismatch(string name) =>
        (found, first) => $"{name}() expects an array of numbers or an array of strings, but found {ArgTypes.Name(found)} among {ArgTypes.Name(first)}s";

    private static JmesValue Reorder(List<JmesValue> items, SortKeys keys)
    {
        int[] order = keys.StableOrder();
        var sorted = new List<JmesValue>(items.Count);
        foreach (int position in order) sorted.Add(items[position]);
        return JmesValue.FromList(sorted);
    }
}
