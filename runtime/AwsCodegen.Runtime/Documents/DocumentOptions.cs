namespace AwsCodegen.Runtime.Documents;

/// <summary>
/// How the JSON document bindings (params JSON in, result JSON out) spell the values JSON has no type for.
/// The CLI uses base64 blobs and ISO timestamps, as the aws-cli does; the protocol conformance cases use raw text and epoch seconds.
/// </summary>
public sealed record DocumentOptions
{
    public BlobEncoding Blobs { get; init; } = BlobEncoding.Base64;
    public TimestampStyle Timestamps { get; init; } = TimestampStyle.Iso8601;

    public static DocumentOptions Cli { get; } = new();
    public static DocumentOptions Conformance { get; } = new() { Blobs = BlobEncoding.Utf8Text, Timestamps = TimestampStyle.EpochSeconds };
}

public enum BlobEncoding
{
    /// <summary>Blobs are base64 strings.</summary>
    Base64,
    /// <summary>Blobs are the UTF-8 text of their bytes.</summary>
    Utf8Text,
}

public enum TimestampStyle
{
    Iso8601,
    EpochSeconds,
}
