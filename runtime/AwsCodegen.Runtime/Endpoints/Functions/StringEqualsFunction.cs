using System;
using AwsCodegen.Runtime.Endpoints.Expressions;

namespace AwsCodegen.Runtime.Endpoints.Functions;

/// <summary>stringEquals(a, b): ordinal equality; false when either is not a string (an unset parameter).</summary>
internal sealed class StringEqualsFunction(Expression left, Expression right) : Expression
{
    public override EndpointValue Evaluate(EvaluationScope scope) =>
        EndpointValue.FromBoolean(left.EvaluateString(scope) is { } a && right.EvaluateString(scope) is { } b && string.Equals(a, b, StringComparison.Ordinal));
}
