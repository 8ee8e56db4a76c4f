using System.Collections.Generic;

namespace AwsCodegen.ModelImporter;

/// <summary>The per-service model files imported from botocore, and the shared files next to them.</summary>
public static class ModelFileKinds
{
    public const string Service = "service-2";
    public const string Paginators = "paginators-1";
    public const string Waiters = "waiters-2";
    public const string EndpointRuleSet = "endpoint-rule-set-1";

    /// <summary>Per-service kinds, each imported as <c>&lt;kind&gt;.json</c> when botocore has it.</summary>
    public static IReadOnlyList<string> PerService { get; } = [Service, Paginators, Waiters, EndpointRuleSet];

    /// <summary>Top-level files in botocore's data directory; only partitions.json is required.</summary>
    public const string Partitions = "partitions.json";

    public const string Endpoints = "endpoints.json";

    public static IReadOnlyList<string> Shared { get; } = [Partitions, Endpoints];
}
