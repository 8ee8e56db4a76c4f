namespace AwsCodegen.Runtime.Endpoints.Expressions;

/// <summary>A value known when compiling: a plain string, a boolean, a number, or a properties subtree without templates.</summary>
internal sealed class LiteralExpression : Expression
{
    public LiteralExpression(EndpointValue value) => Value = value;

    public EndpointValue Value { get; }

    public override EndpointValue Evaluate(EvaluationScope scope) => Value;
}
