using System;
using System.Collections.Generic;
using System.Text;

namespace AwsCodegen.Runtime.Endpoints;

/// <summary>
/// Where the rule-set compiler is ("rules[3].conditions[0].argv[1]"), kept as a stack of steps and spelled out only
/// for an error message. Building that text for every node cost S3's rule set almost 1 MB of strings per compile,
/// which a one-command process pays in fresh heap pages at start-up.
/// </summary>
internal sealed class RulePath
{
    private readonly List<(string? Name, int Index)> _steps = new();

    /// <summary>Descends into a named member; dispose the result to come back.</summary>
    public Step Name(string name)
    {
        _steps.Add((name, -1));
        return new Step(this);
    }

    /// <summary>Descends into a list item; dispose the result to come back.</summary>
    public Step Index(int index)
    {
        _steps.Add((null, index));
        return new Step(this);
    }

    /// <summary>A copy of where the compiler is now, for a subtree compiled later.</summary>
    public RulePath Copy()
    {
        var copy = new RulePath();
        copy._steps.AddRange(_steps);
        return copy;
    }

    /// <summary>Continues from <paramref name="other"/>'s place.</summary>
    public void CopyFrom(RulePath other)
    {
        _steps.Clear();
        _steps.AddRange(other._steps);
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (name, index) in _steps)
        {
            if (name is null) text.Append('[').Append(index).Append(']');
            else text.Append(text.Length == 0 ? "" : ".").Append(name);
        }
        return text.ToString();
    }

    public readonly struct Step : IDisposable
    {
        private readonly RulePath _path;

        public Step(RulePath path) => _path = path;

        public void Dispose() => _path._steps.RemoveAt(_path._steps.Count - 1);
    }
}
