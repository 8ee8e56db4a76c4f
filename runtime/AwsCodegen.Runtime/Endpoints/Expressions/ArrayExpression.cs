namespace AwsCodegen.Runtime.Endpoints.Expressions;

/// <summary>A JSON array of endpoint properties (authSchemes) with templates somewhere inside.</summary>
internal sealed class ArrayExpression : Expression
{
    private readonly Expression[] _items;

    public ArrayExpression(Expression[] items) => _items = items;

    public override EndpointValue Evaluate(EvaluationScope scope)
    {
        var values = new EndpointValue[_items.Length];
        for (int i = 0; i < values.Length; i++) values[i] = _items[i].Evaluate(scope);
        return EndpointValue.FromArray(values);
    }
}
