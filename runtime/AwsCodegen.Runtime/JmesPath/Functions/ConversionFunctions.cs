using System;
using System.Collections.Generic;
using System.Globalization;
using AwsCodegen.Runtime.JmesPath.Values;

namespace AwsCodegen.Runtime.JmesPath.Functions;

/// <summary>to_array, to_number, to_string, type.</summary>
internal static class ConversionFunctions
{
    public static JmesValue ToArray(ReadOnlySpan<JmesValue> args, FunctionCall call) =>
        args[0].Kind == JmesKind.Array ? args[0] : JmesValue.FromList(new List<JmesValue>(1) { args[0] });

    /// <summary>Strings are returned as they are; anything else as its compact JSON text.</summary>
    public static JmesValue ToString(ReadOnlySpan<JmesValue> args, FunctionCall call) =>
        args[0].Kind == JmesKind.String ? args[0] : JmesValue.FromString(JmesJson.ToJsonString(args[0]));

    /// <summary>Numbers as they are, strings that spell a (finite) number parsed; anything else is null.</summary>
    public static JmesValue ToNumber(ReadOnlySpan<JmesValue> args, FunctionCall call)
    {
        JmesValue value = args[0];
        if (value.Kind == JmesKind.Number) return value;
        if (value.Kind != JmesKind.String) return JmesValue.Null;
        return double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && double.IsFinite(number)
            ? JmesValue.FromNumber(number)
            : JmesValue.Null;
    }

    public static JmesValue Type(ReadOnlySpan<JmesValue> args, FunctionCall call) => JmesValue.FromString(ArgTypes.Name(args[0].Kind));
}
