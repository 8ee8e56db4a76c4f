using System.Collections.Generic;
using AwsCodegen.Runtime.JmesPath.Values;

namespace AwsCodegen.Runtime.JmesPath.Ast;

/// <summary>
/// <c>left.right</c>, and <c>left[0]</c> (an index applied to the left side). Evaluation feeds the left result to
/// the right; what tells it apart from a pipe is only how far a projection reaches, which the parser decided.
/// </summary>
internal sealed class SubexpressionNode(JmesNode left, JmesNode right) : JmesNode
{
    public JmesNode Left { get; } = left;
    public JmesNode Right { get; } = right;

    /// <summary>Builds <c>left.right</c>, dropping a left side that is only <c>@</c>, which changes nothing.</summary>
    public static JmesNode Create(JmesNode left, JmesNode right) => left is CurrentNode ? right : new SubexpressionNode(left, right);

    public override JmesValue Evaluate(in JmesValue current) => Right.Evaluate(Left.Evaluate(current));
}

/// <summary><c>left | right</c>: the right side sees the whole left result, projection or not.</summary>
internal sealed class PipeNode(JmesNode left, JmesNode right) : JmesNode
{
    public JmesNode Left { get; } = left;
    public JmesNode Right { get; } = right;

    public override JmesValue Evaluate(in JmesValue current) => Right.Evaluate(Left.Evaluate(current));
}

/// <summary><c>[n]</c>: an array's item, counting from the end when negative; null out of range or on non-arrays.</summary>
internal sealed class IndexNode(int index) : JmesNode
{
    public int Index { get; } = index;

    public override JmesValue Evaluate(in JmesValue current)
    {
        if (current.Kind != JmesKind.Array) return JmesValue.Null;
        int length = current.GetArrayLength();
        long position = Index < 0 ? (long)length + Index : Index;
        return position >= 0 && position < length ? current.GetArrayItem((int)position) : JmesValue.Null;
    }
}

/// <summary>
/// <c>[start:stop:step]</c> on arrays, with Python's slice rules: omitted bounds run to the end the step heads
/// for, negative bounds count from the end, and out-of-range bounds are clamped. The parser rejects a step of 0.
/// </summary>
internal sealed class SliceNode(int? start, int? stop, int step) : JmesNode
{
    public int? Start { get; } = start;
    public int? Stop { get; } = stop;
    public int Step { get; } = step;

    public override JmesValue Evaluate(in JmesValue current)
    {
        if (current.Kind != JmesKind.Array) return JmesValue.Null;
        int length = current.GetArrayLength();
        bool backwards = Step < 0;
        // -1 as a stop going backwards means "past the first item".
        long from = Start is int s ? Clamp(s, length, backwards) : backwards ? length - 1 : 0;
        long to = Stop is int e ? Clamp(e, length, backwards) : backwards ? -1 : length;
        var items = new List<JmesValue>();
        if (backwards)
        {
            for (long i = from; i > to; i += Step) items.Add(current.GetArrayItem((int)i));
        }
        else
        {
            for (long i = from; i < to; i += Step) items.Add(current.GetArrayItem((int)i));
        }
        return JmesValue.FromList(items);
    }

    private static long Clamp(long bound, int length, bool backwards)
    {
        if (bound < 0)
        {
            bound += length;
            if (bound < 0) return backwards ? -1 : 0;
            return bound;
        }
        if (bound >= length) return backwards ? length - 1 : length;
        return bound;
    }
}
