using System;
using System.Collections.Generic;

namespace AwsCodegen.Runtime.JmesPath.Values;

/// <summary>
/// An object built during evaluation (multiselect hashes, <c>merge</c>): members in insertion order, a later
/// member of the same name replacing the earlier one's value in place, as JSON objects behave.
/// </summary>
/// <remarks>
/// Built objects are tiny (a multiselect hash has as many members as the expression names), so lookups scan the
/// list; an index is only built once an object grows past <see cref="IndexThreshold"/> members (large
/// <c>merge</c>s). It is filled only while the object is being built, never while it is read, so a finished
/// object is safe to share between threads.
/// </remarks>
internal sealed class JmesObject
{
    private const int IndexThreshold = 8;

    private readonly List<KeyValuePair<string, JmesValue>> _members;
    private Dictionary<string, int>? _index;

    public JmesObject(int capacity = 4) => _members = new List<KeyValuePair<string, JmesValue>>(capacity);

    public int Count => _members.Count;

    public KeyValuePair<string, JmesValue> this[int position] => _members[position];

    public void Set(string name, JmesValue value)
    {
        int position = IndexOf(name);
        if (position >= 0)
        {
            _members[position] = new KeyValuePair<string, JmesValue>(name, value);
            return;
        }
        _members.Add(new KeyValuePair<string, JmesValue>(name, value));
        if (_index is not null)
        {
            _index[name] = _members.Count - 1;
        }
        else if (_members.Count > IndexThreshold)
        {
            _index = new Dictionary<string, int>(_members.Count * 2, StringComparer.Ordinal);
            for (int i = 0; i < _members.Count; i++) _index[_members[i].Key] = i;
        }
    }

    public bool TryGetValue(string name, out JmesValue value)
    {
        int position = IndexOf(name);
        value = position >= 0 ? _members[position].Value : JmesValue.Null;
        return position >= 0;
    }

    private int IndexOf(string name)
    {
        if (_index is not null) return _index.TryGetValue(name, out int found) ? found : -1;
        for (int i = 0; i < _members.Count; i++)
        {
            if (string.Equals(_members[i].Key, name, StringComparison.Ordinal)) return i;
        }
        return -1;
    }
}
