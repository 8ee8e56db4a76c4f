using System;
using System.Collections.Generic;

namespace AwsCodegen.Runtime.Endpoints;

/// <summary>
/// Resolves endpoints from a compiled <see cref="EndpointRuleSet"/>. Thread-safe; each call gets its own variables.
/// </summary>
/// <remarks>
/// Interpreted, not generated: the rule set is compiled once into a tree of small nodes (functions bound, templates
/// split, names turned into array slots, constant properties prebuilt, partition records and region regexes built
/// once), so a resolution is a walk over that tree that allocates only the variables array, the strings it templates
/// and the result. Generating C# per service would save the virtual calls, a few hundred nanoseconds against a
/// network request, at the price of a second code generator, megabytes of generated code for S3-sized rule sets, and
/// a second implementation of every function to keep in step with this one; clients cache the result per parameter
/// set anyway.
/// </remarks>
public sealed class EndpointResolver
{
    private readonly EndpointRuleSet _ruleSet;
    private readonly Partitions _partitions;

    public EndpointResolver(EndpointRuleSet ruleSet, Partitions partitions)
    {
        _ruleSet = ruleSet ?? throw new ArgumentNullException(nameof(ruleSet));
        _partitions = partitions ?? throw new ArgumentNullException(nameof(partitions));
    }

    public EndpointRuleSet RuleSet => _ruleSet;

    /// <summary>
    /// Resolves the endpoint for the given parameters (by name; names the rule set does not declare are ignored).
    /// Throws <see cref="EndpointResolutionException"/> with the rule's message when an error rule matches, when a
    /// required parameter has neither a value nor a default, or when a value has the wrong type.
    /// </summary>
    public ResolvedEndpoint Resolve(IReadOnlyDictionary<string, EndpointParameterValue> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var scope = new EvaluationScope(_ruleSet.SlotCount, _partitions);
        foreach (var parameter in _ruleSet.ParameterArray)
        {
            EndpointValue value;
            if (parameters.TryGetValue(parameter.Name, out var given))
            {
                if (given.Type != parameter.Type)
                    throw new EndpointResolutionException($"Value ({parameter.Name}) is the wrong type: {given.Type}, not {parameter.Type}.");
                value = given.ToValue();
            }
            else if (parameter.Default.IsSet)
            {
                value = parameter.Default;
            }
            else if (parameter.Required)
            {
                throw new EndpointResolutionException($"Cannot find value for required parameter {parameter.Name}");
            }
            else
            {
                continue;
            }
            scope.Variables[parameter.Slot] = value;
        }
        foreach (var rule in _ruleSet.Rules)
        {
            if (rule.Evaluate(scope) is { } endpoint) return endpoint;
        }
        throw new EndpointResolutionException("No endpoint found for the parameters: no rule matched.");
    }

    internal static bool HasType(EndpointValue value, EndpointParameterType type) => type switch
    {
        EndpointParameterType.String => value.Kind == EndpointValueKind.String,
        EndpointParameterType.Boolean => value.Kind == EndpointValueKind.Boolean,
        _ => value.Kind == EndpointValueKind.Array,
    };
}
