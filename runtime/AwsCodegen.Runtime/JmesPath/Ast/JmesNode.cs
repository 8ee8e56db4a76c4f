using AwsCodegen.Runtime.JmesPath.Values;

namespace AwsCodegen.Runtime.JmesPath.Ast;

/// <summary>
/// A node of a compiled expression. Nodes are immutable and keep no evaluation state, so one compiled expression
/// can be evaluated by many threads at once. Evaluation is a virtual call per node: the tree is the program.
/// </summary>
internal abstract class JmesNode
{
    public abstract JmesValue Evaluate(in JmesValue current);
}
