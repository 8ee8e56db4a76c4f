using System.Threading;

namespace AwsCodegen.Runtime.Endpoints.Rules;

/// <summary>
/// {"type": "tree"}: once its conditions hold, the first of its rules that resolves decides. A tree is terminal, as
/// the rules language specifies: when none of its rules match, resolution fails here rather than trying the tree's
/// later siblings (every rule set in use ends each tree with an unconditional rule, so this only guards bad rule sets).
/// Its rules are compiled already, or on first use (see <see cref="RuleSetCompiler.CompileOnFirstUse"/>).
/// </summary>
internal sealed class TreeRule : Rule
{
    /// <summary>A tree's rules not compiled yet.</summary>
    public interface ISubtree
    {
        Rule[] Compile();
    }

    private Rule[]? _rules;
    private ISubtree? _subtree;

    public TreeRule(Condition[] conditions, Rule[] rules) : base(conditions) => _rules = rules;

    public TreeRule(Condition[] conditions, ISubtree subtree) : base(conditions) => _subtree = subtree;

    protected override ResolvedEndpoint? Conclude(EvaluationScope scope)
    {
        foreach (var rule in Volatile.Read(ref _rules) ?? CompileSubtree())
        {
            if (rule.Evaluate(scope) is { } endpoint) return endpoint;
        }
        throw new EndpointResolutionException("No rule in a tree rule matched the parameters (the rule set's tree is not exhaustive).");
    }

    /// <summary>Once, whatever the number of threads resolving; a subtree that fails to compile fails every time.</summary>
    private Rule[] CompileSubtree()
    {
        // The subtree is the lock: it is dropped (after the rules are published) once they exist.
        var subtree = Volatile.Read(ref _subtree);
        if (subtree is null) return Volatile.Read(ref _rules)!;
        lock (subtree)
        {
            if (Volatile.Read(ref _rules) is { } compiled) return compiled;
            var rules = subtree.Compile();
            Volatile.Write(ref _rules, rules);
            Volatile.Write(ref _subtree, null);
            return rules;
        }
    }
}
