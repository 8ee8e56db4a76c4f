using AwsCodegen.Runtime.Endpoints.Expressions;

namespace AwsCodegen.Runtime.Endpoints.Functions;

/// <summary>not(value): true for false and for none, so that not(fn(...)) holds when fn found nothing.</summary>
internal sealed class NotFunction(Expression value) : Expression
{
    public override EndpointValue Evaluate(EvaluationScope scope) => EndpointValue.FromBoolean(!value.Evaluate(scope).IsTruthy);
}
