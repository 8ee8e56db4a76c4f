namespace AwsCodegen.Runtime.Endpoints.Expressions;

/// <summary>
/// A compiled expression of the rules language: a literal, a reference, a template, a function call, or a record or
/// array of them (endpoint properties). Compiled once when the rule set is parsed; evaluated per resolution.
/// </summary>
internal abstract class Expression
{
    public abstract EndpointValue Evaluate(EvaluationScope scope);

    /// <summary>Evaluates to a string, or null when the value is not one (a function given none returns none).</summary>
    public string? EvaluateString(EvaluationScope scope) =>
        Evaluate(scope).TryGetString(out string text) ? text : null;
}
