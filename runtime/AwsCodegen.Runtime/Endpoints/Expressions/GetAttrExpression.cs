namespace AwsCodegen.Runtime.Endpoints.Expressions;

/// <summary>getAttr(value, "path"), also what a template hole "{name#path}" compiles to.</summary>
internal sealed class GetAttrExpression : Expression
{
    private readonly Expression _target;
    private readonly AttributePath _path;

    public GetAttrExpression(Expression target, AttributePath path)
    {
        _target = target;
        _path = path;
    }

    public override EndpointValue Evaluate(EvaluationScope scope) => _path.Apply(_target.Evaluate(scope));
}
