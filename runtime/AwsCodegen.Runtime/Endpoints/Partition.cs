using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace AwsCodegen.Runtime.Endpoints;

/// <summary>One partition of partitions.json: its id, the regions it lists, the pattern of the regions it may gain, and its outputs.</summary>
public sealed class Partition
{
    internal Partition(string id, string regionRegex, IReadOnlyList<string> regions, EndpointValue outputs)
    {
        Id = id;
        RegionRegex = regionRegex;
        Regions = regions;
        Outputs = outputs;
    }

    public string Id { get; }
    public string RegionRegex { get; }
    public IReadOnlyList<string> Regions { get; }

    /// <summary>The record aws.partition returns: the partition's outputs with "name" set to its id.</summary>
    public EndpointValue Outputs { get; }

    /// <summary>
    /// The regionRegex, built on first use: a listed region (nearly every call) never needs it, and a process that
    /// builds eight patterns it does not use pays for the regex parser at start-up. Interpreted, not
    /// RegexOptions.Compiled: the patterns are tiny, and compiling to IL does nothing under Native AOT. A race builds
    /// it twice, harmlessly.
    /// </summary>
    internal Regex Pattern => _pattern ??= Build(Id, RegionRegex);

    private Regex? _pattern;

    private static Regex Build(string id, string regionRegex)
    {
        try
        {
            return new Regex(regionRegex, RegexOptions.CultureInvariant);
        }
        catch (System.ArgumentException e)
        {
            throw new EndpointRuleSetFormatException($"partition {id}: regionRegex '{regionRegex}' is not a regular expression ({e.Message})", e);
        }
    }
}
