using System;
using System.Text;
using AwsCodegen.Runtime.JmesPath.Values;

namespace AwsCodegen.Runtime.JmesPath.Functions;

/// <summary>The types a function parameter accepts, as the spec's signatures write them (number|string, array[number]).</summary>
[Flags]
internal enum ArgType
{
    Number = 1,
    String = 2,
    Boolean = 4,
    Array = 8,
    Object = 16,
    Null = 32,
    Expression = 64,
    ArrayOfNumber = 128,
    ArrayOfString = 256,
    Any = Number | String | Boolean | Array | Object | Null,
}

internal static class ArgTypes
{
    public static bool Accepts(ArgType accepted, in JmesValue value)
    {
        ArgType kind = Of(value.Kind);
        if ((accepted & kind) != 0) return true;
        if (value.Kind != JmesKind.Array) return false;
        // array[number] and array[string] also accept the empty array, whose item type is anything.
        if ((accepted & ArgType.ArrayOfNumber) != 0 && AllItems(value, JmesKind.Number)) return true;
        return (accepted & ArgType.ArrayOfString) != 0 && AllItems(value, JmesKind.String);
    }

    public static ArgType Of(JmesKind kind) => kind switch
    {
        JmesKind.Number => ArgType.Number,
        JmesKind.String => ArgType.String,
        JmesKind.Boolean => ArgType.Boolean,
        JmesKind.Array => ArgType.Array,
        JmesKind.Object => ArgType.Object,
        JmesKind.Expression => ArgType.Expression,
        _ => ArgType.Null,
    };

    public static string Name(JmesKind kind) => kind switch
    {
        JmesKind.Number => "number",
        JmesKind.String => "string",
        JmesKind.Boolean => "boolean",
        JmesKind.Array => "array",
        JmesKind.Object => "object",
        JmesKind.Expression => "expression",
        _ => "null",
    };

    /// <summary>The accepted types the way the spec writes them: "array[number]|array[string]".</summary>
    public static string Describe(ArgType accepted)
    {
        if (accepted == ArgType.Any) return "any";
        var text = new StringBuilder();
        Add(text, accepted, ArgType.Number, "number");
        Add(text, accepted, ArgType.String, "string");
        Add(text, accepted, ArgType.Boolean, "boolean");
        Add(text, accepted, ArgType.Array, "array");
        Add(text, accepted, ArgType.Object, "object");
        Add(text, accepted, ArgType.Null, "null");
        Add(text, accepted, ArgType.Expression, "expression");
        Add(text, accepted, ArgType.ArrayOfNumber, "array[number]");
        Add(text, accepted, ArgType.ArrayOfString, "array[string]");
        return text.ToString();
    }

    private static void Add(StringBuilder text, ArgType accepted, ArgType one, string name)
    {
        if ((accepted & one) == 0) return;
        if (text.Length != 0) text.Append('|');
        text.Append(name);
    }

    private static bool AllItems(in JmesValue array, JmesKind kind)
    {
        foreach (JmesValue item in array.EnumerateArray())
        {
            if (item.Kind != kind) return false;
        }
        return true;
    }
}
