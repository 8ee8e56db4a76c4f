using AwsCodegen.Runtime.Endpoints.Expressions;

namespace AwsCodegen.Runtime.Endpoints.Functions;

/// <summary>isSet(value): whether the value is anything but none.</summary>
internal sealed class IsSetFunction(Expression value) : Expression
{
    public override EndpointValue Evaluate(EvaluationScope scope) => EndpointValue.FromBoolean(value.Evaluate(scope).IsSet);
}
