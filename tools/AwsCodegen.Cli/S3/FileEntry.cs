using System;

namespace AwsCodegen.Cli.S3;

/// <summary>
/// One file or object to act on (aws-cli's FileStat and FileInfo): where it is, where it goes, the key both sides of a
/// sync compare, and what the listing said of it. S3 paths are "bucket/key", local paths absolute.
/// </summary>
internal sealed class FileEntry
{
    public required string Source { get; init; }
    public required string Destination { get; init; }
    public required string CompareKey { get; init; }
    public required bool SourceIsS3 { get; init; }
    public required bool DestinationIsS3 { get; init; }

    /// <summary>upload, download, copy or delete; a sync's --delete makes a destination entry a delete.</summary>
    public string Operation { get; set; } = "";

    public long? Size { get; init; }
    public DateTimeOffset? LastModified { get; init; }
    public string? ETag { get; init; }
    public string? StorageClass { get; init; }

    public override string ToString() => $"{Operation} {Source} -> {Destination}";
}
