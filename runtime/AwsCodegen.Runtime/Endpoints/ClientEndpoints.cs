using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace AwsCodegen.Runtime.Endpoints;

/// <summary>
/// One client's endpoint resolution: the service's rule set, the parameters the client's configuration fixes
/// (built-ins such as Region and UseFIPS, and parameters set by name), and a cache of targets by the parameters a call
/// adds. Most operations add none or the same few values call after call, so the rules run once per distinct set;
/// the cache is bounded, since a parameter such as S3's Key can take a new value on every call.
/// </summary>
internal sealed class ClientEndpoints
{
    private const int MaxCachedTargets = 1024;

    private readonly EndpointResolver _resolver;
    private readonly Dictionary<string, EndpointParameterValue> _clientParameters = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, EndpointTarget> _targets = new(StringComparer.Ordinal);
    private readonly string _serviceId;

    public ClientEndpoints(string serviceId, EndpointRuleSet ruleSet, Partitions partitions,
        IReadOnlyDictionary<string, EndpointParameterValue> builtIns, IReadOnlyDictionary<string, EndpointParameterValue>? byName)
    {
        _serviceId = serviceId;
        _resolver = new EndpointResolver(ruleSet, partitions);
        foreach (var parameter in ruleSet.Parameters)
        {
            if (byName is not null && byName.TryGetValue(parameter.Name, out var given)) _clientParameters[parameter.Name] = given;
            else if (parameter.BuiltIn is { } builtIn && builtIns.TryGetValue(builtIn, out var configured)) _clientParameters[parameter.Name] = configured;
        }
    }

    /// <summary>The parameters the client's configuration gives the rule set, by parameter name.</summary>
    public IReadOnlyDictionary<string, EndpointParameterValue> ClientParameters => _clientParameters;

    public EndpointTarget Resolve(string operationName, OperationEndpointParameters? parameters)
    {
        string key = parameters?.CacheKey ?? "";
        if (_targets.TryGetValue(key, out var cached)) return cached;
        var all = new Dictionary<string, EndpointParameterValue>(_clientParameters, StringComparer.Ordinal);
        parameters?.CopyTo(all);
        ResolvedEndpoint resolved;
        try
        {
            resolved = _resolver.Resolve(all);
        }
        catch (EndpointResolutionException e)
        {
            throw new EndpointResolutionException($"{_serviceId} {operationName}: no endpoint: {e.Message}", e);
        }
        var target = EndpointTarget.From(resolved, _serviceId);
        if (_targets.Count >= MaxCachedTargets) _targets.Clear();
        _targets[key] = target;
        return target;
    }
}
