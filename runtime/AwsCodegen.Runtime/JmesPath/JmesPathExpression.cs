using System;
using System.Text.Json;
using AwsCodegen.Runtime.JmesPath.Ast;
using AwsCodegen.Runtime.JmesPath.Syntax;
using AwsCodegen.Runtime.JmesPath.Values;

namespace AwsCodegen.Runtime.JmesPath;

/// <summary>
/// A compiled JMESPath expression (https://jmespath.org/specification), evaluated over
/// <see cref="JsonElement"/> values. Paginators read their tokens with it, waiters their acceptors, and the CLI
/// its --query.
/// </summary>
/// <remarks>
/// Compiling checks everything that does not depend on the data: syntax, function names and argument counts.
/// A compiled expression is immutable and keeps no state between evaluations, so it can be cached (in a static
/// field, say) and evaluated from many threads at once.
/// </remarks>
public sealed class JmesPathExpression
{
    private readonly JmesNode _root;

    private JmesPathExpression(string text, JmesNode root)
    {
        Text = text;
        _root = root;
    }

    /// <summary>The expression's source text.</summary>
    public string Text { get; }

    /// <summary>Compiles an expression.</summary>
    /// <exception cref="JmesPathException">
    /// The expression is not valid: <see cref="JmesPathException.Kind"/> says how (syntax, unknown-function,
    /// invalid-arity, invalid-value) and <see cref="JmesPathException.Position"/> where.
    /// </exception>
    public static JmesPathExpression Compile(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return new JmesPathExpression(expression, Parser.Parse(expression));
    }

    /// <summary>
    /// Evaluates the expression against <paramref name="input"/>. A result that is a part of the input is that
    /// element itself (valid as long as the input's document is); a result the expression built (a projection's
    /// list, a number) lives in a document of its own, which needs no disposing. JMESPath null is a JSON null.
    /// </summary>
    /// <exception cref="JmesPathException">A function received an argument of the wrong type (invalid-type).</exception>
    public JsonElement Evaluate(JsonElement input) => JmesJson.ToElement(_root.Evaluate(JmesValue.FromElement(input)));

    /// <summary>Evaluates the expression and writes the result as JSON, without building a document for it.</summary>
    public void Evaluate(JsonElement input, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JmesJson.Write(writer, _root.Evaluate(JmesValue.FromElement(input)));
    }

    /// <summary>Whether the result is truthy, without building it as JSON (for waiters and conditions).</summary>
    public bool EvaluateTruthy(JsonElement input) => _root.Evaluate(JmesValue.FromElement(input)).IsTruthy;

    /// <summary>
    /// JMESPath truthiness: false, null, "", [] and {} are false; everything else (0 included) is true. A default
    /// (undefined) element counts as null.
    /// </summary>
    public static bool IsTruthy(JsonElement value) => JmesValue.FromElement(value).IsTruthy;

    /// <summary>
    /// JMESPath equality, as <c>==</c> compares: numbers by value (1 equals 1.0), objects regardless of member
    /// order, values of different types never equal. Waiters compare an acceptor's expected value with it.
    /// </summary>
    public static bool ValueEquals(JsonElement left, JsonElement right) =>
        JmesEquality.DeepEquals(JmesValue.FromElement(left), JmesValue.FromElement(right));

    public override string ToString() => Text;
}
