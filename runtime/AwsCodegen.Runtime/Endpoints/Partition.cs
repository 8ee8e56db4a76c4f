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
        // Built once: aws.partition runs on nearly every resolution. Interpreted, not RegexOptions.Compiled: the patterns
        // are tiny, and compiling to IL would cost start-up time and does nothing under Native AOT.
        Pattern = new Regex(regionRegex, RegexOptions.CultureInvariant);
    }

    public string Id { get; }
    public string RegionRegex { get; }
    public IReadOnlyList<string> Regions { get; }

    /// <summary>The record aws.partition returns: the partition's outputs with "name" set to its id.</summary>
    public EndpointValue Outputs { get; }

    internal Regex Pattern { get; }
}
