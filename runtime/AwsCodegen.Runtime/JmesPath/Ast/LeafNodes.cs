using AwsCodegen.Runtime.JmesPath.Values;

namespace AwsCodegen.Runtime.JmesPath.Ast;

/// <summary><c>@</c>, and the implicit right-hand side of a projection with nothing after it.</summary>
internal sealed class CurrentNode : JmesNode
{
    public static readonly CurrentNode Instance = new();

    private CurrentNode()
    {
    }

    public override JmesValue Evaluate(in JmesValue current) => current;
}

/// <summary>A `JSON` or 'raw string' literal: its value was decoded once, when compiling.</summary>
internal sealed class LiteralNode(JmesValue value) : JmesNode
{
    public JmesValue Value { get; } = value;

    public override JmesValue Evaluate(in JmesValue current) => Value;
}

/// <summary>An identifier: the member of that name, or null when there is none or the value is not an object.</summary>
internal sealed class FieldNode(string name, int position) : JmesNode
{
    public string Name { get; } = name;

    /// <summary>Where the identifier starts: a function call reports its errors there.</summary>
    public int Position { get; } = position;

    public override JmesValue Evaluate(in JmesValue current)
    {
        if (current.Kind != JmesKind.Object) return JmesValue.Null;
        current.TryGetProperty(Name, out JmesValue value);
        return value;
    }
}

/// <summary><c>&amp;expr</c>: the expression itself, for functions such as <c>sort_by</c> to apply.</summary>
internal sealed class ExpressionReferenceNode(JmesNode expression) : JmesNode
{
    public JmesNode Expression { get; } = expression;

    public override JmesValue Evaluate(in JmesValue current) => JmesValue.FromExpression(Expression);
}
