using System;
using System.Collections.Generic;
using AwsCodegen.Runtime.Endpoints.Expressions;

namespace AwsCodegen.Runtime.Endpoints.Rules;

/// <summary>{"type": "endpoint"}: the URL, headers and properties, templated with the variables bound so far.</summary>
internal sealed class EndpointRule : Rule
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoHeaders =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    private readonly Expression _url;
    private readonly (string Name, Expression[] Values)[] _headers;
    private readonly Expression _properties; // evaluates to a record; a literal when it has no template

    public EndpointRule(Condition[] conditions, Expression url, (string Name, Expression[] Values)[] headers, Expression properties)
        : base(conditions)
    {
        _url = url;
        _headers = headers;
        _properties = properties;
    }

    protected override ResolvedEndpoint? Conclude(EvaluationScope scope)
    {
        string url = _url.Evaluate(scope).ToString();
        var headers = NoHeaders;
        if (_headers.Length > 0)
        {
            var map = new Dictionary<string, IReadOnlyList<string>>(_headers.Length, StringComparer.Ordinal);
            foreach (var (name, values) in _headers)
            {
                var texts = new string[values.Length];
                for (int i = 0; i < texts.Length; i++) texts[i] = values[i].Evaluate(scope).ToString();
                map[name] = texts;
            }
            headers = map;
        }
        return new ResolvedEndpoint(url, headers, _properties.Evaluate(scope).AsRecord());
    }
}
