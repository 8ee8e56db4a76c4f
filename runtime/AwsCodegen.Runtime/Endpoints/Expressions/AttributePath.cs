using System;
using System.Collections.Generic;
using System.Globalization;

namespace AwsCodegen.Runtime.Endpoints.Expressions;

/// <summary>
/// The path of a getAttr ("resourceId[1]", "a.b[0]", "[0]"), parsed once: a list of steps, each a record member or
/// an array index. A missing member or an index past the end yields none, which fails the condition using it.
/// </summary>
internal sealed class AttributePath
{
    private readonly Step[] _steps;

    private AttributePath(string text, Step[] steps)
    {
        Text = text;
        _steps = steps;
    }

    public string Text { get; }

    public static AttributePath Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var steps = new List<Step>();
        foreach (string part in text.Split('.'))
        {
            int bracket = part.IndexOf('[', StringComparison.Ordinal);
            string name = bracket < 0 ? part : part[..bracket];
            if (name.Length > 0) steps.Add(new Step(name, -1));
            else if (bracket != 0) throw new FormatException($"getAttr path '{text}' has an empty part.");
            for (int at = bracket; at >= 0 && at < part.Length;)
            {
                int close = part.IndexOf(']', at);
                if (part[at] != '[' || close < 0 ||
                    !int.TryParse(part.AsSpan(at + 1, close - at - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int index))
                    throw new FormatException($"getAttr path '{text}' has a malformed index in '{part}'.");
                steps.Add(new Step(null, index));
                at = close + 1;
            }
        }
        return new AttributePath(text, steps.ToArray());
    }

    public EndpointValue Apply(EndpointValue value)
    {
        foreach (var step in _steps)
        {
            if (step.Name is { } name)
            {
                if (value.Kind != EndpointValueKind.Record || !value.AsRecord().TryGetValue(name, out value)) return EndpointValue.None;
            }
            else
            {
                if (value.Kind != EndpointValueKind.Array) return EndpointValue.None;
                var items = value.AsArray();
                if (step.Index >= items.Count) return EndpointValue.None;
                value = items[step.Index];
            }
        }
        return value;
    }

    private readonly record struct Step(string? Name, int Index);
}
