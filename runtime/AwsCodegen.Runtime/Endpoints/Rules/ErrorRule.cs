using AwsCodegen.Runtime.Endpoints.Expressions;

namespace AwsCodegen.Runtime.Endpoints.Rules;

/// <summary>{"type": "error"}: resolution stops with the rule's (templated) message.</summary>
internal sealed class ErrorRule : Rule
{
    private readonly Expression _message;

    public ErrorRule(Condition[] conditions, Expression message) : base(conditions) => _message = message;

    protected override ResolvedEndpoint? Conclude(EvaluationScope scope) =>
        throw new EndpointResolutionException(_message.Evaluate(scope).ToString());
}
