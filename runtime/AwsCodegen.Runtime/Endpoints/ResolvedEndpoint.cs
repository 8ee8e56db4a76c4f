using System;
using System.Collections.Generic;

namespace AwsCodegen.Runtime.Endpoints;

/// <summary>
/// The endpoint a rule set resolved to: the URL, headers to add to the request (a name may carry several values), and
/// properties (arbitrary JSON; <see cref="AuthSchemes"/> reads the signing settings out of them).
/// </summary>
public sealed class ResolvedEndpoint
{
    private IReadOnlyList<EndpointAuthScheme>? _authSchemes;

    public ResolvedEndpoint(string url, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, IReadOnlyDictionary<string, EndpointValue> properties)
    {
        Url = url ?? throw new ArgumentNullException(nameof(url));
        Headers = headers ?? throw new ArgumentNullException(nameof(headers));
        Properties = properties ?? throw new ArgumentNullException(nameof(properties));
    }

    public string Url { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }
    public IReadOnlyDictionary<string, EndpointValue> Properties { get; }

    /// <summary>The "authSchemes" property, in the rule set's order of preference; empty when there is none.</summary>
    public IReadOnlyList<EndpointAuthScheme> AuthSchemes => _authSchemes ??= EndpointAuthScheme.ReadAll(Properties);

    public override string ToString() => Url;
}
