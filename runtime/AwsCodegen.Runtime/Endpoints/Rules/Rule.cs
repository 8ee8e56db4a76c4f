namespace AwsCodegen.Runtime.Endpoints.Rules;

/// <summary>A compiled rule: its conditions, then an endpoint, an error, or a tree of further rules.</summary>
internal abstract class Rule
{
    private readonly Condition[] _conditions;

    protected Rule(Condition[] conditions) => _conditions = conditions;

    /// <summary>The endpoint this rule resolves to, or null when its conditions do not hold. Error rules throw.</summary>
    public ResolvedEndpoint? Evaluate(EvaluationScope scope)
    {
        foreach (var condition in _conditions)
        {
            if (!condition.Holds(scope)) return null;
        }
        return Conclude(scope);
    }

    /// <summary>What the rule does once its conditions hold.</summary>
    protected abstract ResolvedEndpoint? Conclude(EvaluationScope scope);
}
