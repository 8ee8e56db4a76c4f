namespace AwsCodegen.Generator.Model;

/// <summary>
/// Everything the emitters need about one service, as plain values. No Roslyn objects and no JSON nodes live here,
/// so the incremental pipeline can cache it and compare it by value.
/// </summary>
public sealed record ServiceSpec(
    string FilePath,
    string Namespace,
    string ServiceName,
    string ClientName,
    WireProtocol Protocol,
    ServiceInfo Info,
    EquatableArray<OperationSpec> Operations,
    EquatableArray<ShapeSpec> Shapes,
    /// <summary>
    /// The endpoint-rule-set-1.json beside the model, minified; null when there is none (endpoints then come from
    /// configuration or the model's host pattern). Set when the companions are paired with the spec.
    /// </summary>
    string? EndpointRuleSet = null)
{
    /// <summary>Whether the generated types are public (the default) or internal.</summary>
    public TypeAccessibility Accessibility { get; init; }

    /// <summary>botocore's name of the service: the model's directory under botocore/data (dynamodb, logs, s3).</summary>
    public string BotocoreName { get; init; } = "";

    /// <summary>The command's name: aws-cli's (s3api for s3, deploy for codedeploy), otherwise <see cref="BotocoreName"/>.</summary>
    public string CliName { get; init; } = "";

    public ShapeSpec? FindShape(string name)
    {
        // Shapes are sorted by ordinal name, so a binary search finds one.
        int lo = 0, hi = Shapes.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            int c = string.CompareOrdinal(Shapes[mid].Name, name);
            if (c == 0) return Shapes[mid];
            if (c < 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return null;
    }

    public ShapeSpec Shape(string name) => FindShape(name) ?? throw new System.InvalidOperationException("Unknown shape " + name);
}

/// <summary>The model's metadata block, as far as generated code needs it.</summary>
public sealed record ServiceInfo(
    string ServiceId,
    string EndpointPrefix,
    string SigningName,
    string ApiVersion,
    string? JsonVersion,
    string? TargetPrefix,
    string? GlobalEndpoint,
    string? XmlNamespace,
    bool AwsQueryCompatible,
    string? Documentation);
