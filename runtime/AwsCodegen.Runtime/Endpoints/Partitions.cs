using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace AwsCodegen.Runtime.Endpoints;

/// <summary>
/// The partitions data (partitions.json) that aws.partition consults. A region listed by a partition belongs to it;
/// otherwise the first partition whose regionRegex matches; otherwise the "aws" partition, so that a brand-new region
/// name still resolves to something sensible. Listed regions are checked across all partitions before any pattern,
/// since a listed region may also match another partition's pattern.
/// </summary>
public sealed class Partitions
{
    private readonly Dictionary<string, EndpointValue> _listedRegions;
    private readonly Dictionary<string, Partition> _listedPartitions;
    private readonly Partition _fallback;

    private Partitions(IReadOnlyList<Partition> all, Dictionary<string, EndpointValue> listedRegions,
        Dictionary<string, Partition> listedPartitions, Partition fallback)
    {
        All = all;
        _listedRegions = listedRegions;
        _listedPartitions = listedPartitions;
        _fallback = fallback;
    }

    public IReadOnlyList<Partition> All { get; }

    private static Partitions? s_default;

    /// <summary>
    /// The partitions of the botocore version this runtime was built against (its partitions.json, embedded at build
    /// time, as a literal: see the runtime's project). Parsed on first use, once per process.
    /// </summary>
    public static Partitions Default => s_default ??= LoadEmbedded();

    private static Partitions LoadEmbedded()
    {
        using var document = JsonDocument.Parse(LiteralMemory.Of(EmbeddedPartitions.Utf8));
        return Parse(document.RootElement);
    }

    public static Partitions Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            return Parse(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new EndpointRuleSetFormatException($"partitions: not JSON ({e.Message})", e);
        }
    }

    public static Partitions Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("partitions", out var list) || list.ValueKind != JsonValueKind.Array)
            throw new EndpointRuleSetFormatException("partitions: expected an object with a 'partitions' list");
        var all = new List<Partition>();
        var listed = new Dictionary<string, EndpointValue>(StringComparer.Ordinal);
        var listedPartitionIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in list.EnumerateArray())
        {
            string id = RuleSetJson.RequiredString(element, "id", "partition");
            var outputsElement = RuleSetJson.Required(element, "outputs", $"partition {id}");
            var outputs = ReadOutputs(id, outputsElement, overrides: null);
            var regionNames = new List<string>();
            if (element.TryGetProperty("regions", out var regions) && regions.ValueKind == JsonValueKind.Object)
            {
                foreach (var region in regions.EnumerateObject())
                {
                    regionNames.Add(region.Name);
                    // A region may override outputs (none does today besides its description); build its record once.
                    var regionOutputs = HasOverrides(region.Value) ? ReadOutputs(id, outputsElement, region.Value) : outputs;
                    listed.TryAdd(region.Name, regionOutputs);
                    listedPartitionIds.TryAdd(region.Name, id);
                }
            }
            string regex = RuleSetJson.RequiredString(element, "regionRegex", $"partition {id}");
            all.Add(new Partition(id, regex, regionNames, outputs));
        }
        if (all.Count == 0) throw new EndpointRuleSetFormatException("partitions: the list is empty");
        var fallback = all.FirstOrDefault(p => p.Id == "aws") ?? all[0];
        var byId = new Dictionary<string, Partition>(StringComparer.Ordinal);
        foreach (var partition in all) byId.TryAdd(partition.Id, partition);
        var listedPartitions = listedPartitionIds.ToDictionary(p => p.Key, p => byId[p.Value], StringComparer.Ordinal);
        return new Partitions(all, listed, listedPartitions, fallback);
    }

    /// <summary>The partition a region belongs to (see the class remarks for the order).</summary>
    public Partition Find(string region)
    {
        ArgumentNullException.ThrowIfNull(region);
        if (_listedPartitions.TryGetValue(region, out var listed)) return listed;
        return All.FirstOrDefault(p => p.Pattern.IsMatch(region)) ?? _fallback;
    }

    /// <summary>aws.partition's result for a region: a prebuilt record, so the common path allocates nothing.</summary>
    internal EndpointValue Outputs(string region)
    {
        if (_listedRegions.TryGetValue(region, out var outputs)) return outputs;
        foreach (var partition in All)
        {
            if (partition.Pattern.IsMatch(region)) return partition.Outputs;
        }
        return _fallback.Outputs;
    }

    private static bool HasOverrides(JsonElement region) =>
        region.ValueKind == JsonValueKind.Object && region.EnumerateObject().Any(p => p.Name != "description");

    private static EndpointValue ReadOutputs(string id, JsonElement outputs, JsonElement? overrides)
    {
        if (outputs.ValueKind != JsonValueKind.Object) throw new EndpointRuleSetFormatException($"partition {id}: 'outputs' is not an object");
        var members = new Dictionary<string, EndpointValue>(StringComparer.Ordinal);
        foreach (var output in outputs.EnumerateObject()) members[output.Name] = RuleSetJson.ToValue(output.Value);
        if (overrides is { } extra)
        {
            foreach (var output in extra.EnumerateObject())
            {
                if (output.Name != "description") members[output.Name] = RuleSetJson.ToValue(output.Value);
            }
        }
        members["name"] = EndpointValue.FromString(id);
        return EndpointValue.FromRecord(members);
    }
}
