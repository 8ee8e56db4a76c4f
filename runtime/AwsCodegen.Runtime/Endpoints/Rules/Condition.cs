using AwsCodegen.Runtime.Endpoints.Expressions;

namespace AwsCodegen.Runtime.Endpoints.Rules;

/// <summary>A rule's condition: a function call that holds unless it yields false or none; "assign" binds its result to a slot.</summary>
internal sealed class Condition
{
    private readonly Expression _call;
    private readonly int _assignSlot; // -1: no assign

    public Condition(Expression call, int assignSlot)
    {
        _call = call;
        _assignSlot = assignSlot;
    }

    public bool Holds(EvaluationScope scope)
    {
        var result = _call.Evaluate(scope);
        if (_assignSlot >= 0) scope.Variables[_assignSlot] = result;
        return result.IsTruthy;
    }
}
