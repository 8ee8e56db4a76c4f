using System;
using System.Collections.Generic;
using AwsCodegen.Runtime.JmesPath.Values;

namespace AwsCodegen.Runtime.JmesPath.Functions;

/// <summary>keys, values, length, map, merge, not_null, reverse: functions over arrays and objects.</summary>
internal static class CollectionFunctions
{
    public static JmesValue Keys(ReadOnlySpan<JmesValue> args, FunctionCall call)
    {
        var keys = new List<JmesValue>();
        foreach (var member in args[0].EnumerateObject()) keys.Add(JmesValue.FromString(member.Key));
        return JmesValue.FromList(keys);
    }

    public static JmesValue Values(ReadOnlySpan<JmesValue> args, FunctionCall call)
    {
        var values = new List<JmesValue>();
        foreach (var member in args[0].EnumerateObject()) values.Add(member.Value);
        return JmesValue.FromList(values);
    }

    public static JmesValue Length(ReadOnlySpan<JmesValue> args, FunctionCall call)
    {
        JmesValue subject = args[0];
        int length = subject.Kind switch
        {
            JmesKind.String => StringFunctions.CodePointCount(subject.GetString()),
            JmesKind.Array => subject.GetArrayLength(),
            _ => subject.GetObjectCount(),
        };
        return JmesValue.FromNumber(length);
    }

    /// <summary>Applies the expression to every item; unlike a projection, null results stay in the list.</summary>
    public static JmesValue Map(ReadOnlySpan<JmesValue> args, FunctionCall call)
    {
        var expression = args[0].GetExpression();
        var results = new List<JmesValue>(args[1].GetArrayLength());
        foreach (JmesValue item in args[1].EnumerateArray()) results.Add(expression.Evaluate(item));
        return JmesValue.FromList(results);
    }

    /// <summary>One object of all the arguments' members; a later argument's member wins.</summary>
    public static JmesValue Merge(ReadOnlySpan<JmesValue> args, FunctionCall call)
    {
        var merged = new JmesObject();
        foreach (JmesValue obj in args)
        {
            foreach (var member in obj.EnumerateObject()) merged.Set(member.Key, member.Value);
        }
        return JmesValue.FromObject(merged);
    }

    public static JmesValue NotNull(ReadOnlySpan<JmesValue> args, FunctionCall call)
    {
        foreach (JmesValue value in args)
        {
            if (!value.IsNull) return value;
        }
        return JmesValue.Null;
    }

    public static JmesValue Reverse(ReadOnlySpan<JmesValue> args, FunctionCall call)
    {
        JmesValue subject = args[0];
        if (subject.Kind == JmesKind.String) return JmesValue.FromString(StringFunctions.Reverse(subject.GetString()));
        var items = ToList(subject);
        items.Reverse();
        return JmesValue.FromList(items);
    }

    /// <summary>A fresh list of an array's items (the functions that reorder must not touch a built list in place).</summary>
    public static List<JmesValue> ToList(in JmesValue array)
    {
        var items = new List<JmesValue>(array.GetArrayLength());
        foreach (JmesValue item in array.EnumerateArray()) items.Add(item);
        return items;
    }
}
