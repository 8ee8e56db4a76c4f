using System;
using System.Collections.Generic;
using AwsCodegen.Runtime.JmesPath.Values;

namespace AwsCodegen.Runtime.JmesPath.Functions;

/// <summary>
/// The keys by which sort, max, min and the *_by functions order items: all numbers or all strings, read out of
/// the values once (input strings would otherwise be decoded at every comparison).
/// </summary>
internal sealed class SortKeys
{
    private readonly double[]? _numbers;
    private readonly string[]? _strings;

    private SortKeys(double[]? numbers, string[]? strings)
    {
        _numbers = numbers;
        _strings = strings;
    }

    /// <summary>
    /// Reads keys that must all be numbers or all be strings; <paramref name="describe"/> words the error for a
    /// key that breaks the rule, given its type and the type of the first key.
    /// </summary>
    public static SortKeys Create(List<JmesValue> keys, FunctionCall call, Func<JmesKind, JmesKind, string> describe)
    {
        JmesKind kind = keys[0].Kind;
        if (kind == JmesKind.Number)
        {
            var numbers = new double[keys.Count];
            for (int i = 0; i < numbers.Length; i++)
            {
                if (keys[i].Kind != JmesKind.Number) throw call.TypeError(describe(keys[i].Kind, kind));
                numbers[i] = keys[i].GetNumber();
            }
            return new SortKeys(numbers, null);
        }
        if (kind == JmesKind.String)
        {
            var strings = new string[keys.Count];
            for (int i = 0; i < strings.Length; i++)
            {
                if (keys[i].Kind != JmesKind.String) throw call.TypeError(describe(keys[i].Kind, kind));
                strings[i] = keys[i].GetString();
            }
            return new SortKeys(null, strings);
        }
        throw call.TypeError(describe(kind, kind));
    }

    public int Compare(int left, int right) => _numbers is not null
        ? _numbers[left].CompareTo(_numbers[right])
        : JmesEquality.CompareStrings(_strings![left], _strings[right]);

    /// <summary>The positions in key order; equal keys keep their original order (the spec asks for a stable sort).</summary>
    public int[] StableOrder()
    {
        int count = _numbers?.Length ?? _strings!.Length;
        var order = new int[count];
        for (int i = 0; i < count; i++) order[i] = i;
        Array.Sort(order, (a, b) =>
        {
            int byKey = Compare(a, b);
            return byKey != 0 ? byKey : a.CompareTo(b);
        });
        return order;
    }

    /// <summary>The position of the greatest key (<paramref name="sign"/> 1) or the least (-1); the first one on ties.</summary>
    public int Extreme(int sign)
    {
        int count = _numbers?.Length ?? _strings!.Length;
        int best = 0;
        for (int i = 1; i < count; i++)
        {
            if (sign * Compare(i, best) > 0) best = i;
        }
        return best;
    }
}
