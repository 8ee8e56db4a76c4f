namespace AwsCodegen.Runtime.Endpoints.Rules;

/// <summary>
/// {"type": "tree"}: once its conditions hold, the first of its rules that resolves decides. A tree is terminal, as
/// the rules language specifies: when none of its rules match, resolution fails here rather than trying the tree's
/// later siblings (every rule set in use ends each tree with an unconditional rule, so this only guards bad rule sets).
/// </summary>
internal sealed class TreeRule : Rule
{
    private readonly Rule[] _rules;

    public TreeRule(Condition[] conditions, Rule[] rules) : base(conditions) => _rules = rules;

    protected override ResolvedEndpoint? Conclude(EvaluationScope scope)
    {
        foreach (var rule in _rules)
        {
            if (rule.Evaluate(scope) is { } endpoint) return endpoint;
        }
        throw new EndpointResolutionException("No rule in a tree rule matched the parameters (the rule set's tree is not exhaustive).");
    }
}
