using System;
using System.Collections.Generic;

namespace AwsCodegen.Cli.Engine;

/// <summary>
/// A map with a capacity that drops the least recently used entry when it is full. Values are made at most once per
/// key (outside the cache's lock), so concurrent commands with one key share one value;
/// a value whose factory threw is dropped, so the next command tries again and reports its own error. Dropped
/// values are not disposed: a command may still be using one, and what they hold (connections) is shared elsewhere.
/// </summary>
public sealed class LruCache<TValue>(int capacity) where TValue : class
{
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new(); // most recent first
    private readonly object _gate = new();

    private sealed record Entry(string Key, Once Value);

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    public int Count
    {
        get { lock (_gate) return _entries.Count; }
    }

    public TValue GetOrAdd(string key, Func<TValue> create)
    {
        Once lazy;
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                lazy = node.Value.Value;
            }
            else
            {
                lazy = new Once(create);
                _entries[key] = _recency.AddFirst(new Entry(key, lazy));
                while (_entries.Count > Capacity)
                {
                    var oldest = _recency.Last!;
                    _recency.RemoveLast();
                    _entries.Remove(oldest.Value.Key);
                }
            }
        }
        try
        {
            return lazy.Value;
        }
        catch
        {
            Remove(key, lazy);
            throw;
        }
    }

    /// <summary>The values made so far (for shutdown).</summary>
    public List<TValue> Created()
    {
        lock (_gate)
        {
            var values = new List<TValue>(_entries.Count);
            foreach (var entry in _recency)
                if (entry.Value.Made is { } made) values.Add(made);
            return values;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
            _recency.Clear();
        }
    }

    private void Remove(string key, Once lazy)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node) && ReferenceEquals(node.Value.Value, lazy))
            {
                _entries.Remove(key);
                _recency.Remove(node);
            }
        }
    }

    /// <summary>
    /// A value made on first use by the commands that ask for it at once, one of them making it. (Not Lazy&lt;T&gt;:
    /// its trimming annotation would demand a public constructor of every value type.) A failure is not kept.
    /// </summary>
    private sealed class Once(Func<TValue> create)
    {
        private readonly object _gate = new();
        private volatile TValue? _made;

        public TValue? Made => _made;

        public TValue Value
        {
            get
            {
                if (_made is { } made) return made;
                lock (_gate) return _made ??= create();
            }
        }
    }
}
