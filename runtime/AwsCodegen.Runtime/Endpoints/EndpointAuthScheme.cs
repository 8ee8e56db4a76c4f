using System;
using System.Collections.Generic;

namespace AwsCodegen.Runtime.Endpoints;

/// <summary>
/// One entry of an endpoint's "authSchemes" property: how to sign for this endpoint (sigv4 with a signing name and
/// region, sigv4a with a region set, S3 Express, ...). Members a scheme does not set are null.
/// </summary>
public sealed class EndpointAuthScheme
{
    private EndpointAuthScheme(string name, IReadOnlyDictionary<string, EndpointValue> members)
    {
        Name = name;
        Members = members;
        SigningName = Text(members, "signingName");
        SigningRegion = Text(members, "signingRegion");
        if (members.TryGetValue("disableDoubleEncoding", out var disable) && disable.TryGetBoolean(out bool flag)) DisableDoubleEncoding = flag;
        if (members.TryGetValue("signingRegionSet", out var set) && set.Kind == EndpointValueKind.Array)
        {
            var regions = new List<string>();
            foreach (var item in set.AsArray())
            {
                if (item.TryGetString(out string region)) regions.Add(region);
            }
            SigningRegionSet = regions;
        }
    }

    /// <summary>"sigv4", "sigv4a", "sigv4-s3express", ...</summary>
    public string Name { get; }
    public string? SigningName { get; }
    public string? SigningRegion { get; }
    public IReadOnlyList<string>? SigningRegionSet { get; }
    public bool? DisableDoubleEncoding { get; }

    /// <summary>Every member as the rule set wrote it, for the ones not named above.</summary>
    public IReadOnlyDictionary<string, EndpointValue> Members { get; }

    internal static IReadOnlyList<EndpointAuthScheme> ReadAll(IReadOnlyDictionary<string, EndpointValue> properties)
    {
        if (!properties.TryGetValue("authSchemes", out var schemes) || schemes.Kind != EndpointValueKind.Array)
            return Array.Empty<EndpointAuthScheme>();
        var result = new List<EndpointAuthScheme>();
        foreach (var scheme in schemes.AsArray())
        {
            if (scheme.Kind != EndpointValueKind.Record) continue;
            var members = scheme.AsRecord();
            if (Text(members, "name") is { } name) result.Add(new EndpointAuthScheme(name, members));
        }
        return result;
    }

    private static string? Text(IReadOnlyDictionary<string, EndpointValue> members, string name) =>
        members.TryGetValue(name, out var value) && value.TryGetString(out string text) ? text : null;
}
