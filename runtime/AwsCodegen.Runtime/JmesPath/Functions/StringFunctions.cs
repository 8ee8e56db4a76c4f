using System;
using System.Text;
using AwsCodegen.Runtime.JmesPath.Values;

namespace AwsCodegen.Runtime.JmesPath.Functions;

/// <summary>contains, starts_with, ends_with, join, and the string halves of length and reverse.</summary>
internal static class StringFunctions
{
    /// <summary>An array containing an equal item, or a string containing a substring.</summary>
    public static JmesValue Contains(ReadOnlySpan<JmesValue> args, FunctionCall call)
    {
        JmesValue subject = args[0], search = args[1];
        if (subject.Kind == JmesKind.String)
        {
            // A string holds only strings: searching it for anything else finds nothing.
            return JmesValue.FromBoolean(search.Kind == JmesKind.String
                && subject.GetString().Contains(search.GetString(), StringComparison.Ordinal));
        }
        foreach (JmesValue item in subject.EnumerateArray())
        {
            if (JmesEquality.DeepEquals(item, search)) return JmesValue.True;
        }
        return JmesValue.False;
    }

    public static JmesValue StartsWith(ReadOnlySpan<JmesValue> args, FunctionCall call) =>
        JmesValue.FromBoolean(args[0].GetString().StartsWith(args[1].GetString(), StringComparison.Ordinal));

    public static JmesValue EndsWith(ReadOnlySpan<JmesValue> args, FunctionCall call) =>
        JmesValue.FromBoolean(args[0].GetString().EndsWith(args[1].GetString(), StringComparison.Ordinal));

    public static JmesValue Join(ReadOnlySpan<JmesValue> args, FunctionCall call)
    {
        string glue = args[0].GetString();
        var text = new StringBuilder();
        bool first = true;
        foreach (JmesValue item in args[1].EnumerateArray())
        {
            if (!first) text.Append(glue);
            text.Append(item.GetString());
            first = false;
        }
        return JmesValue.FromString(text.ToString());
    }

    /// <summary>Length in code points, not UTF-16 units: "𝄞" is one character to JMESPath.</summary>
    public static int CodePointCount(string text)
    {
        int count = text.Length;
        for (int i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                count--;
                i++;
            }
        }
        return count;
    }

    /// <summary>Reverses by code points, so that surrogate pairs stay in order.</summary>
    public static string Reverse(string text)
    {
        var reversed = new char[text.Length];
        int write = text.Length;
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                write -= 2;
                reversed[write] = text[i];
                reversed[write + 1] = text[i + 1];
                i++;
            }
            else
            {
                reversed[--write] = text[i];
            }
        }
        return new string(reversed);
    }
}
