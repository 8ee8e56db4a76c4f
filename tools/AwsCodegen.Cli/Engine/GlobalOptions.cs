namespace AwsCodegen.Cli.Engine;

/// <summary>The global options of one command line (aws-cli's, plus v2's yaml outputs and pager switch). Null: not given.</summary>
public sealed record GlobalOptions
{
    public bool Debug { get; init; }
    public string? EndpointUrl { get; init; }
    public bool NoVerifySsl { get; init; }
    public bool NoPaginate { get; init; }
    public string? Output { get; init; }
    public string? Query { get; init; }
    public string? Profile { get; init; }
    public string? Region { get; init; }
    public bool Version { get; init; }
    public string Color { get; init; } = "auto";
    public bool NoSignRequest { get; init; }
    public string? CaBundle { get; init; }
    public int? ReadTimeoutSeconds { get; init; }
    public int? ConnectTimeoutSeconds { get; init; }
    public string? BinaryFormat { get; init; }
    public bool NoCliPager { get; init; }
}
