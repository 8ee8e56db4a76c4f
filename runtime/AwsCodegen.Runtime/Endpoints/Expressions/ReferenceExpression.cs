namespace AwsCodegen.Runtime.Endpoints.Expressions;

/// <summary>{"ref": name}: a parameter or an assigned variable, read from its slot.</summary>
internal sealed class ReferenceExpression : Expression
{
    public ReferenceExpression(string name, int slot)
    {
        Name = name;
        Slot = slot;
    }

    public string Name { get; }
    public int Slot { get; }

    public override EndpointValue Evaluate(EvaluationScope scope) => scope.Variables[Slot];
}
