using AwsCodegen.Runtime.Endpoints.Expressions;

namespace AwsCodegen.Runtime.Endpoints.Functions;

/// <summary>booleanEquals(a, b): equality of two booleans; false when either is not a boolean (an unset parameter).</summary>
internal sealed class BooleanEqualsFunction(Expression left, Expression right) : Expression
{
    public override EndpointValue Evaluate(EvaluationScope scope) =>
        EndpointValue.FromBoolean(left.Evaluate(scope).TryGetBoolean(out bool a) && right.Evaluate(scope).TryGetBoolean(out bool b) && a == b);
}
