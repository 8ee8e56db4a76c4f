using System.Collections.Generic;

namespace AwsCodegen.Runtime.Endpoints;

/// <summary>
/// The rule set parameters one call supplies: the operation's staticContextParams and the values of its
/// contextParam input members (S3's Bucket, DynamoDB's table as ResourceArn). It also builds the key under which the
/// client caches the endpoint these parameters resolve to, so a repeated call costs a lookup, not a rules walk.
/// </summary>
public sealed class OperationEndpointParameters
{
    private readonly KeyValuePair<string, EndpointParameterValue>[]? _static;
    private List<KeyValuePair<string, EndpointParameterValue>>? _context;

    internal OperationEndpointParameters(string operationName, KeyValuePair<string, EndpointParameterValue>[]? staticParameters)
    {
        _static = staticParameters;
        // Static parameters are the operation's own: its name stands for them in the key.
        CacheKey = staticParameters is null ? "" : operationName;
    }

    /// <summary>Equal for equal parameter sets (names and values, length-prefixed so no value can forge another).</summary>
    internal string CacheKey { get; private set; }

    /// <summary>Sets a string parameter; an unset member (null) leaves it to the rule set's default.</summary>
    public void Set(string name, string? value)
    {
        if (value is null) return;
        Add(name, EndpointParameterValue.String(value), value);
    }

    public void Set(string name, bool? value)
    {
        if (value is not { } flag) return;
        Add(name, EndpointParameterValue.Boolean(flag), flag ? "true" : "false");
    }

    private void Add(string name, EndpointParameterValue value, string text)
    {
        (_context ??= new List<KeyValuePair<string, EndpointParameterValue>>(2)).Add(new(name, value));
        CacheKey = $"{CacheKey}\u001f{name}\u001f{text.Length}\u001f{text}";
    }

    /// <summary>Writes the parameters over the client's own (a context value wins over a static one of the same name).</summary>
    internal void CopyTo(Dictionary<string, EndpointParameterValue> parameters)
    {
        if (_static is not null)
        {
            foreach (var pair in _static) parameters[pair.Key] = pair.Value;
        }
        if (_context is not null)
        {
            foreach (var pair in _context) parameters[pair.Key] = pair.Value;
        }
    }
}
