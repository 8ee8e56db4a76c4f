using System;
using System.Collections.Generic;

namespace AwsCodegen.Runtime.JmesPath.Functions;

/// <summary>The spec's built-in functions and their signatures, looked up by name when compiling.</summary>
internal static class FunctionTable
{
    private static readonly Dictionary<string, FunctionDefinition> Functions = Build();

    public static bool TryGet(string name, out FunctionDefinition function) => Functions.TryGetValue(name, out function!);

    private static Dictionary<string, FunctionDefinition> Build()
    {
        const ArgType NumbersOrStrings = ArgType.ArrayOfNumber | ArgType.ArrayOfString;
        var all = new FunctionDefinition[]
        {
            new("abs", [ArgType.Number], NumberFunctions.Abs),
            new("avg", [ArgType.ArrayOfNumber], NumberFunctions.Avg),
            new("ceil", [ArgType.Number], NumberFunctions.Ceil),
            new("contains", [ArgType.Array | ArgType.String, ArgType.Any], StringFunctions.Contains),
            new("ends_with", [ArgType.String, ArgType.String], StringFunctions.EndsWith),
            new("floor", [ArgType.Number], NumberFunctions.Floor),
            new("join", [ArgType.String, ArgType.ArrayOfString], StringFunctions.Join),
            new("keys", [ArgType.Object], CollectionFunctions.Keys),
            new("length", [ArgType.String | ArgType.Array | ArgType.Object], CollectionFunctions.Length),
            new("map", [ArgType.Expression, ArgType.Array], CollectionFunctions.Map),
            new("max", [NumbersOrStrings], OrderingFunctions.Max),
            new("max_by", [ArgType.Array, ArgType.Expression], OrderingFunctions.MaxBy),
            new("merge", [ArgType.Object], CollectionFunctions.Merge, variadic: true),
            new("min", [NumbersOrStrings], OrderingFunctions.Min),
            new("min_by", [ArgType.Array, ArgType.Expression], OrderingFunctions.MinBy),
            new("not_null", [ArgType.Any], CollectionFunctions.NotNull, variadic: true),
            new("reverse", [ArgType.Array | ArgType.String], CollectionFunctions.Reverse),
            new("sort", [NumbersOrStrings], OrderingFunctions.Sort),
            new("sort_by", [ArgType.Array, ArgType.Expression], OrderingFunctions.SortBy),
            new("starts_with", [ArgType.String, ArgType.String], StringFunctions.StartsWith),
            new("sum", [ArgType.ArrayOfNumber], NumberFunctions.Sum),
            new("to_array", [ArgType.Any], ConversionFunctions.ToArray),
            new("to_number", [ArgType.Any], ConversionFunctions.ToNumber),
            new("to_string", [ArgType.Any], ConversionFunctions.ToString),
            new("type", [ArgType.Any], ConversionFunctions.Type),
            new("values", [ArgType.Object], CollectionFunctions.Values),
        };
        var table = new Dictionary<string, FunctionDefinition>(all.Length, StringComparer.Ordinal);
        foreach (var function in all) table.Add(function.Name, function);
        return table;
    }
}
