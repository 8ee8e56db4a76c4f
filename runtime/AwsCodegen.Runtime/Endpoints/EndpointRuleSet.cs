using System;
using System.Collections.Generic;
using System.Text.Json;
using AwsCodegen.Runtime.Endpoints.Rules;

namespace AwsCodegen.Runtime.Endpoints;

/// <summary>
/// A service's endpoint rules (endpoint-rule-set-1.json), compiled once by <see cref="Parse(string)"/> into an
/// immutable tree that any number of <see cref="EndpointResolver"/>s and threads share.
/// </summary>
public sealed class EndpointRuleSet
{
    internal EndpointRuleSet(string version, IReadOnlyList<EndpointParameter> parameters, Rule[] rules, int slotCount)
    {
        Version = version;
        Parameters = parameters;
        ParameterArray = [.. parameters];
        Rules = rules;
        SlotCount = slotCount;
    }

    public string Version { get; }

    /// <summary>The declared parameters, in the rule set's order.</summary>
    public IReadOnlyList<EndpointParameter> Parameters { get; }

    /// <summary>The parameters as an array, which the resolver walks without an enumerator allocation.</summary>
    internal EndpointParameter[] ParameterArray { get; }

    internal Rule[] Rules { get; }

    /// <summary>How many variables (parameters and assigned names) one resolution holds.</summary>
    internal int SlotCount { get; }

    /// <summary>Compiles a rule set; throws <see cref="EndpointRuleSetFormatException"/> when it is not a valid one.</summary>
    public static EndpointRuleSet Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            return Parse(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new EndpointRuleSetFormatException($"rule set: not JSON ({e.Message})", e);
        }
    }

    /// <summary>Compiles a rule set given as UTF-8 JSON (as generated clients embed it).</summary>
    public static EndpointRuleSet Parse(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8Json);
            using var document = JsonDocument.ParseValue(ref reader);
            return Parse(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new EndpointRuleSetFormatException($"rule set: not JSON ({e.Message})", e);
        }
    }

    public static EndpointRuleSet Parse(JsonElement root) => RuleSetCompiler.Compile(root);

    /// <summary>
    /// Compiles a rule set held in a UTF-8 literal (<c>"..."u8</c>), as generated clients embed it. Unlike
    /// <see cref="Parse(ReadOnlySpan{byte})"/> it parses the literal where it lies, in the assembly's read-only data,
    /// instead of copying it to the heap first: S3's is 900 KB, and in a one-command process fresh heap pages are
    /// what start-up time is made of. Only a literal qualifies: its address never changes and it is never freed.
    /// </summary>
    public static EndpointRuleSet ParseLiteral(ReadOnlySpan<byte> utf8Literal) => ParseOnFirstUse(LiteralMemory.Of(utf8Literal));

    /// <summary>
    /// Compiles the rule set's top level now and each tree rule's subtree when a resolution first enters it, as
    /// generated clients do (<see cref="ParseLiteral"/>): a call resolves through a handful of rules, and compiling
    /// all of S3's was most of a one-command process's endpoint time. The JSON is read in place and kept:
    /// <paramref name="utf8Json"/> must not change while the rule set lives. A subtree that is not valid throws
    /// <see cref="EndpointRuleSetFormatException"/> from the resolution that reaches it, not from here; use
    /// <see cref="Parse(string)"/> to check a whole rule set at once.
    /// </summary>
    public static EndpointRuleSet ParseOnFirstUse(ReadOnlyMemory<byte> utf8Json)
    {
        try
        {
            return RuleSetCompiler.CompileOnFirstUse(utf8Json);
        }
        catch (JsonException e)
        {
            throw new EndpointRuleSetFormatException($"rule set: not JSON ({e.Message})", e);
        }
    }
}
