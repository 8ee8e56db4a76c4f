using AwsCodegen.Runtime.JmesPath.Values;

namespace AwsCodegen.Runtime.JmesPath.Ast;

/// <summary><c>left || right</c>: the left value when truthy, else the right one (not a boolean).</summary>
internal sealed class OrNode(JmesNode left, JmesNode right) : JmesNode
{
    public JmesNode Left { get; } = left;
    public JmesNode Right { get; } = right;

    public override JmesValue Evaluate(in JmesValue current)
    {
        JmesValue left = Left.Evaluate(current);
        return left.IsTruthy ? left : Right.Evaluate(current);
    }
}

/// <summary><c>left &amp;&amp; right</c>: the left value when falsy, else the right one.</summary>
internal sealed class AndNode(JmesNode left, JmesNode right) : JmesNode
{
    public JmesNode Left { get; } = left;
    public JmesNode Right { get; } = right;

    public override JmesValue Evaluate(in JmesValue current)
    {
        JmesValue left = Left.Evaluate(current);
        return left.IsTruthy ? Right.Evaluate(current) : left;
    }
}

/// <summary><c>!expr</c>: a boolean, the negation of the value's truthiness.</summary>
internal sealed class NotNode(JmesNode operand) : JmesNode
{
    public JmesNode Operand { get; } = operand;

    public override JmesValue Evaluate(in JmesValue current) => JmesValue.FromBoolean(!Operand.Evaluate(current).IsTruthy);
}
