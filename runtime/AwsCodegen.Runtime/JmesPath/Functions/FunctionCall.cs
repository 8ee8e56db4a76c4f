using System;
using AwsCodegen.Runtime.JmesPath.Ast;
using AwsCodegen.Runtime.JmesPath.Values;

namespace AwsCodegen.Runtime.JmesPath.Functions;

/// <summary>
/// <c>name(args...)</c>, resolved when compiling: the parser has already checked that the function exists and
/// takes this many arguments, so evaluation checks only the argument types, which depend on the data.
/// </summary>
internal sealed class FunctionCall : JmesNode
{
    // Calls of up to this many arguments evaluate them into a stack buffer instead of an array.
    private const int InlineArguments = 4;

    private readonly JmesNode[] _arguments;

    public FunctionCall(FunctionDefinition function, JmesNode[] arguments, string expression, int position)
    {
        Function = function;
        _arguments = arguments;
        Expression = expression;
        Position = position;
    }

    public FunctionDefinition Function { get; }

    /// <summary>The whole expression and the call's position in it, for the messages of errors found when evaluating.</summary>
    public string Expression { get; }

    public int Position { get; }

    public override JmesValue Evaluate(in JmesValue current)
    {
        if (_arguments.Length <= InlineArguments)
        {
            var buffer = default(ArgumentBuffer);
            Span<JmesValue> values = buffer;
            return Invoke(current, values[.._arguments.Length]);
        }
        return Invoke(current, new JmesValue[_arguments.Length]);
    }

    private JmesValue Invoke(in JmesValue current, Span<JmesValue> values)
    {
        for (int i = 0; i < _arguments.Length; i++)
        {
            JmesValue value = _arguments[i].Evaluate(current);
            ArgType accepted = Function.ParameterType(i);
            if (!ArgTypes.Accepts(accepted, value))
            {
                throw TypeError(
                    $"{Function.Name}() expects argument {i + 1} to be {ArgTypes.Describe(accepted)}, but received {ArgTypes.Name(value.Kind)}");
            }
            values[i] = value;
        }
        return Function.Body(values, this);
    }

    /// <summary>An invalid-type error at this call, for bodies whose checks go beyond the signature (sort_by keys).</summary>
    public JmesPathException TypeError(string detail) => new(JmesPathErrorKind.InvalidType, Expression, Position, detail);

    [System.Runtime.CompilerServices.InlineArray(InlineArguments)]
    private struct ArgumentBuffer
    {
        private JmesValue _first;
    }
}
