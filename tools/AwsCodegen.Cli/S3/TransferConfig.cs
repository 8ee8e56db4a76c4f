using System;
using AwsCodegen.Cli.Engine;
using AwsCodegen.Runtime;

namespace AwsCodegen.Cli.S3;

/// <summary>
/// The transfer settings aws-cli reads from the profile's "s3" section (multipart_threshold, multipart_chunksize,
/// max_concurrent_requests; sizes as "8MB"), with s3transfer's defaults: 8 MiB, 8 MiB and 10.
/// </summary>
internal sealed record TransferConfig(long MultipartThreshold, long MultipartChunkSize, int MaxConcurrentRequests)
{
    public const long MinPartSize = 5L << 20;
    public const long MaxPartSize = 5L << 30;
    public const int MaxParts = 10_000;

    /// <summary>Chunks a stream upload may hold in memory at once (aws-cli's MAX_IN_MEMORY_CHUNKS).</summary>
    public const int MaxInMemoryChunks = 6;

    public static TransferConfig Default { get; } = new(8L << 20, 8L << 20, 10);

    public static TransferConfig FromProfile(SharedConfig? profile)
    {
        if (profile is null) return Default;
        long threshold = Size(profile, "multipart_threshold") ?? Default.MultipartThreshold;
        long chunk = Size(profile, "multipart_chunksize") ?? Default.MultipartChunkSize;
        int concurrency = (int)(Size(profile, "max_concurrent_requests", sizes: false) ?? Default.MaxConcurrentRequests);
        return new TransferConfig(threshold, chunk, concurrency);
    }

    private static long? Size(SharedConfig profile, string name, bool sizes = true)
    {
        if (profile.Get("s3." + name) is not { Length: > 0 } text) return null;
        long? value = sizes ? HumanSize.Parse(text) : long.TryParse(text.Trim(), out long plain) ? plain : null;
        if (value is null && sizes) throw CliException.Other("Invalid size value: " + text.Trim().ToLowerInvariant());
        if (value is not > 0) throw CliException.Other($"Value for {name} must be a positive integer: {text.Trim()}");
        return value;
    }

    /// <summary>s3transfer's part size for an object of <paramref name="size"/> bytes: within S3's limits, at most 10,000 parts.</summary>
    public long PartSizeFor(long size)
    {
        long part = Math.Clamp(MultipartChunkSize, MinPartSize, MaxPartSize);
        while ((size + part - 1) / part > MaxParts) part *= 2;
        return Math.Min(part, MaxPartSize);
    }
}
