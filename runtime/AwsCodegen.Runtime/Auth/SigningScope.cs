namespace AwsCodegen.Runtime.Auth;

/// <summary>The region and service name that a signature is scoped to.</summary>
public readonly record struct SigningScope(string Region, string Service);

/// <summary>How a service wants its requests signed.</summary>
public sealed record SigV4Options
{
    /// <summary>Remove dot segments and empty segments from the canonical path (every service but S3).</summary>
    public bool NormalizePath { get; init; } = true;

    /// <summary>Percent-encode the already-encoded path once more in the canonical request (every service but S3).</summary>
    public bool DoubleEncodePath { get; init; } = true;

    /// <summary>Send the payload hash as x-amz-content-sha256 (S3 and S3-like services require it).</summary>
    public bool AddContentSha256Header { get; init; }

    /// <summary>Sign "UNSIGNED-PAYLOAD" instead of hashing the body.</summary>
    public bool UnsignedPayload { get; init; }
}
