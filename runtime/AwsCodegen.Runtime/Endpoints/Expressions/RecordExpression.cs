using System.Collections.Generic;

namespace AwsCodegen.Runtime.Endpoints.Expressions;

/// <summary>
/// A JSON object of endpoint properties with templates somewhere inside. (Objects without any are folded into a
/// <see cref="LiteralExpression"/> at compile time, so most properties cost nothing per resolution.)
/// </summary>
internal sealed class RecordExpression : Expression
{
    private readonly string[] _names;
    private readonly Expression[] _values;

    public RecordExpression(string[] names, Expression[] values)
    {
        _names = names;
        _values = values;
    }

    public override EndpointValue Evaluate(EvaluationScope scope)
    {
        var members = new Dictionary<string, EndpointValue>(_names.Length, System.StringComparer.Ordinal);
        for (int i = 0; i < _names.Length; i++) members[_names[i]] = _values[i].Evaluate(scope);
        return EndpointValue.FromRecord(members);
    }
}
