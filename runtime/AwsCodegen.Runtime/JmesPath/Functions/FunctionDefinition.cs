using System;
using AwsCodegen.Runtime.JmesPath.Values;

namespace AwsCodegen.Runtime.JmesPath.Functions;

/// <summary>A built-in's body: it receives arguments already checked against the signature.</summary>
internal delegate JmesValue FunctionBody(ReadOnlySpan<JmesValue> arguments, FunctionCall call);

/// <summary>
/// A built-in function's signature and body. With <see cref="Variadic"/>, the last parameter may repeat (and must
/// appear at least once).
/// </summary>
internal sealed class FunctionDefinition(string name, ArgType[] parameters, FunctionBody body, bool variadic = false)
{
    public string Name { get; } = name;
    public ArgType[] Parameters { get; } = parameters;
    public FunctionBody Body { get; } = body;
    public bool Variadic { get; } = variadic;

    public bool AcceptsCount(int count) => Variadic ? count >= Parameters.Length : count == Parameters.Length;

    public ArgType ParameterType(int index) => Parameters[Math.Min(index, Parameters.Length - 1)];

    public string DescribeArity()
    {
        string count = Parameters.Length == 1 ? "1 argument" : $"{Parameters.Length} arguments";
        return Variadic ? "at least " + count : count;
    }
}
