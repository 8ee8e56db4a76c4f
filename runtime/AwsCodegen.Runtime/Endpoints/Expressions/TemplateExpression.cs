using System;
using System.Text;

namespace AwsCodegen.Runtime.Endpoints.Expressions;

/// <summary>
/// A template string such as "https://{Region}.{PartitionResult#dnsSuffix}": literal pieces around holes. The pieces
/// are split once at compile time; evaluation only concatenates.
/// </summary>
internal sealed class TemplateExpression : Expression
{
    [ThreadStatic] private static StringBuilder? t_builder;

    private readonly string[] _literals; // one more than the holes: literal, hole, literal, ..., literal
    private readonly Expression[] _holes;

    public TemplateExpression(string[] literals, Expression[] holes)
    {
        if (literals.Length != holes.Length + 1) throw new ArgumentException("A template has one literal more than holes.", nameof(literals));
        _literals = literals;
        _holes = holes;
    }

    public override EndpointValue Evaluate(EvaluationScope scope)
    {
        if (_holes.Length == 1 && _literals[0].Length == 0 && _literals[1].Length == 0)
        {
            var only = _holes[0].Evaluate(scope);
            return only.Kind == EndpointValueKind.String ? only : EndpointValue.FromString(only.ToString());
        }
        var builder = t_builder ?? new StringBuilder(128);
        t_builder = null; // a nested template (none exist today) must not share the builder
        builder.Clear();
        builder.Append(_literals[0]);
        for (int i = 0; i < _holes.Length; i++)
        {
            var value = _holes[i].Evaluate(scope);
            if (value.TryGetString(out string text)) builder.Append(text);
            else builder.Append(value.ToString());
            builder.Append(_literals[i + 1]);
        }
        string result = builder.ToString();
        t_builder = builder;
        return EndpointValue.FromString(result);
    }
}
