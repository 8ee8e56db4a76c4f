using System.Collections.Generic;
using AwsCodegen.Runtime.JmesPath.Values;

namespace AwsCodegen.Runtime.JmesPath.Ast;

/// <summary><c>[a, b]</c>: a list of the expressions' values (nulls included). On null it is null, as the spec says.</summary>
internal sealed class MultiSelectListNode(JmesNode[] items) : JmesNode
{
    private readonly JmesNode[] _items = items;

    public IReadOnlyList<JmesNode> Items => _items;

    public override JmesValue Evaluate(in JmesValue current)
    {
        if (current.IsNull) return JmesValue.Null;
        var values = new List<JmesValue>(_items.Length);
        foreach (JmesNode item in _items) values.Add(item.Evaluate(current));
        return JmesValue.FromList(values);
    }
}

/// <summary><c>{k: a, l: b}</c>: an object of the expressions' values (nulls included); null on null.</summary>
internal sealed class MultiSelectHashNode(KeyValuePair<string, JmesNode>[] members) : JmesNode
{
    private readonly KeyValuePair<string, JmesNode>[] _members = members;

    public IReadOnlyList<KeyValuePair<string, JmesNode>> Members => _members;

    public override JmesValue Evaluate(in JmesValue current)
    {
        if (current.IsNull) return JmesValue.Null;
        var result = new JmesObject(_members.Length);
        foreach (var member in _members) result.Set(member.Key, member.Value.Evaluate(current));
        return JmesValue.FromObject(result);
    }
}
