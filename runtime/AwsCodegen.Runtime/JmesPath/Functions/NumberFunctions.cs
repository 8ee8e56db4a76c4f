using System;
using AwsCodegen.Runtime.JmesPath.Values;

namespace AwsCodegen.Runtime.JmesPath.Functions;

/// <summary>abs, avg, ceil, floor, sum: arithmetic on numbers and arrays of numbers.</summary>
internal static class NumberFunctions
{
    public static JmesValue Abs(ReadOnlySpan<JmesValue> args, FunctionCall call) => JmesValue.FromNumber(Math.Abs(args[0].GetNumber()));

    public static JmesValue Ceil(ReadOnlySpan<JmesValue> args, FunctionCall call) => JmesValue.FromNumber(Math.Ceiling(args[0].GetNumber()));

    public static JmesValue Floor(ReadOnlySpan<JmesValue> args, FunctionCall call) => JmesValue.FromNumber(Math.Floor(args[0].GetNumber()));

    public static JmesValue Sum(ReadOnlySpan<JmesValue> args, FunctionCall call) => JmesValue.FromNumber(Total(args[0]));

    /// <summary>The mean; null for an empty array, which has none.</summary>
    public static JmesValue Avg(ReadOnlySpan<JmesValue> args, FunctionCall call)
    {
        int count = args[0].GetArrayLength();
        return count == 0 ? JmesValue.Null : JmesValue.FromNumber(Total(args[0]) / count);
    }

    private static double Total(in JmesValue numbers)
    {
        double total = 0;
        foreach (JmesValue item in numbers.EnumerateArray()) total += item.GetNumber();
        return total;
    }
}
