using System;
using System.Collections.Generic;
using System.Numerics;

namespace AwsCodegen.Cli.Parameters;

/// <summary>The Python type a <see cref="CliValue"/> stands for (aws-cli's values are Python objects).</summary>
public enum CliValueKind : byte
{
    None,
    String,
    Bytes,
    Int,
    Float,
    Bool,
    List,
    /// <summary>A dict; <see cref="CliMap.Ordered"/> tells a json.loads OrderedDict from a plain dict.</summary>
    Map,
}

/// <summary>
/// A parameter value as aws-cli holds it between parsing and sending: a tree of Python-like values (str, bytes, int,
/// float, bool, None, list, dict). Keeping Python's types lets validation word its messages as botocore does.
/// </summary>
public abstract class CliValue
{
    public abstract CliValueKind Kind { get; }

    public static readonly CliValue None = new CliNone();
    public static readonly CliValue True = new CliBool(true);
    public static readonly CliValue False = new CliBool(false);

    public static CliValue Bool(bool value) => value ? True : False;

    /// <summary>Python's <c>str(value)</c>.</summary>
    public override string ToString() => PythonRepr.Str(this);
}

public sealed class CliNone : CliValue
{
    internal CliNone() { }
    public override CliValueKind Kind => CliValueKind.None;
}

public sealed class CliString(string value) : CliValue
{
    public string Value { get; } = value;
    public override CliValueKind Kind => CliValueKind.String;
}

public sealed class CliBytes(byte[] value) : CliValue
{
    public byte[] Value { get; } = value;
    public override CliValueKind Kind => CliValueKind.Bytes;
}

public sealed class CliInt(BigInteger value) : CliValue
{
    public BigInteger Value { get; } = value;
    public override CliValueKind Kind => CliValueKind.Int;
}

public sealed class CliFloat(double value) : CliValue
{
    public double Value { get; } = value;
    public override CliValueKind Kind => CliValueKind.Float;
}

public sealed class CliBool(bool value) : CliValue
{
    public bool Value { get; } = value;
    public override CliValueKind Kind => CliValueKind.Bool;
}

public sealed class CliList : CliValue
{
    public CliList() => Items = new List<CliValue>();
    public CliList(List<CliValue> items) => Items = items;
    public List<CliValue> Items { get; }
    public override CliValueKind Kind => CliValueKind.List;
}

/// <summary>A dict: keys in insertion order, as Python keeps them.</summary>
public sealed class CliMap : CliValue
{
    private readonly List<KeyValuePair<string, CliValue>> _entries = new();
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    /// <param name="ordered">True for json.loads(object_pairs_hook=OrderedDict), whose repr and type differ.</param>
    public CliMap(bool ordered = false) => Ordered = ordered;

    public bool Ordered { get; }
    public override CliValueKind Kind => CliValueKind.Map;
    public int Count => _entries.Count;
    public IReadOnlyList<KeyValuePair<string, CliValue>> Entries => _entries;

    public bool ContainsKey(string key) => _index.ContainsKey(key);

    public CliValue? Get(string key) => _index.TryGetValue(key, out int i) ? _entries[i].Value : null;

    /// <summary>Sets a key as Python's <c>d[key] = value</c> does: a new key goes last, an existing one keeps its place.</summary>
    public void Set(string key, CliValue value)
    {
        if (_index.TryGetValue(key, out int i)) _entries[i] = new(key, value);
        else
        {
            _index[key] = _entries.Count;
            _entries.Add(new(key, value));
        }
    }
}
