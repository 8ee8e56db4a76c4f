using AwsCodegen.Runtime.JmesPath.Values;

namespace AwsCodegen.Runtime.JmesPath.Ast;

internal enum Comparison : byte
{
    Equal,
    NotEqual,
    LessThan,
    LessThanOrEqual,
    GreaterThan,
    GreaterThanOrEqual,
}

/// <summary>
/// A comparator. Equality is deep (see <see cref="JmesEquality.DeepEquals"/>); ordering is defined on numbers
/// only, and yields null when either side is not a number.
/// </summary>
internal sealed class ComparisonNode(Comparison comparison, JmesNode left, JmesNode right) : JmesNode
{
    public Comparison Comparison { get; } = comparison;
    public JmesNode Left { get; } = left;
    public JmesNode Right { get; } = right;

    public override JmesValue Evaluate(in JmesValue current)
    {
        JmesValue left = Left.Evaluate(current);
        JmesValue right = Right.Evaluate(current);
        switch (Comparison)
        {
            case Comparison.Equal: return JmesValue.FromBoolean(JmesEquality.DeepEquals(left, right));
            case Comparison.NotEqual: return JmesValue.FromBoolean(!JmesEquality.DeepEquals(left, right));
        }
        if (left.Kind != JmesKind.Number || right.Kind != JmesKind.Number) return JmesValue.Null;
        double a = left.GetNumber(), b = right.GetNumber();
        return JmesValue.FromBoolean(Comparison switch
        {
            Comparison.LessThan => a < b,
            Comparison.LessThanOrEqual => a <= b,
            Comparison.GreaterThan => a > b,
            _ => a >= b,
        });
    }
}
