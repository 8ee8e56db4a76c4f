using System;
using System.Collections;
using System.Collections.Generic;

namespace AwsCodegen.Runtime.Http;

/// <summary>
/// An ordered list of HTTP header fields with case-insensitive lookup. Order and duplicates are kept
/// because SigV4 signs what is sent, and because some headers (x-amz-meta-*) are user data.
/// </summary>
public sealed class HeaderList : IEnumerable<KeyValuePair<string, string>>
{
    private readonly List<KeyValuePair<string, string>> _fields = new();

    public int Count => _fields.Count;

    public KeyValuePair<string, string> this[int index] => _fields[index];

    /// <summary>Appends a field, keeping any existing field of the same name.</summary>
    public void Add(string name, string value) => _fields.Add(new(name, value));

    /// <summary>Replaces every field of this name with one field.</summary>
    public void Set(string name, string value)
    {
        Remove(name);
        _fields.Add(new(name, value));
    }

    public bool Remove(string name)
    {
        bool removed = false;
        for (int i = _fields.Count - 1; i >= 0; i--)
        {
            if (string.Equals(_fields[i].Key, name, StringComparison.OrdinalIgnoreCase))
            {
                _fields.RemoveAt(i);
                removed = true;
            }
        }
        return removed;
    }

    public bool Contains(string name) => IndexOf(name) >= 0;

    /// <summary>The first value of the named field, or null.</summary>
    public string? Get(string name)
    {
        int i = IndexOf(name);
        return i < 0 ? null : _fields[i].Value;
    }

    public bool TryGet(string name, out string value)
    {
        int i = IndexOf(name);
        value = i < 0 ? "" : _fields[i].Value;
        return i >= 0;
    }

    /// <summary>All values of the named field, in order.</summary>
    public IEnumerable<string> GetAll(string name)
    {
        foreach (var f in _fields)
            if (string.Equals(f.Key, name, StringComparison.OrdinalIgnoreCase))
                yield return f.Value;
    }

    private int IndexOf(string name)
    {
        for (int i = 0; i < _fields.Count; i++)
            if (string.Equals(_fields[i].Key, name, StringComparison.OrdinalIgnoreCase))
                return i;
        return -1;
    }

    public List<KeyValuePair<string, string>>.Enumerator GetEnumerator() => _fields.GetEnumerator();
    IEnumerator<KeyValuePair<string, string>> IEnumerable<KeyValuePair<string, string>>.GetEnumerator() => _fields.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => _fields.GetEnumerator();
}
