using System;

namespace AwsCodegen.Runtime.Checksums;

/// <summary>
/// When a client sends a flexible checksum the caller did not choose: for every operation that supports one (the
/// default, as in every AWS SDK since 2025), or only where the operation requires one.
/// </summary>
public enum RequestChecksumCalculation
{
    WhenSupported,
    WhenRequired,
}

/// <summary>
/// When a client validates a response's checksum the caller did not ask for: for every operation that supports it
/// (the default; S3 GetObject is then sent with x-amz-checksum-mode: ENABLED), or only when the caller opts in.
/// </summary>
public enum ResponseChecksumValidation
{
    WhenSupported,
    WhenRequired,
}

/// <summary>The two settings' shared vocabulary in the environment and the config file: when_supported, when_required.</summary>
internal static class ChecksumDefaults
{
    /// <summary>True for when_supported, false for when_required (any case), null for unset; anything else is named with its source.</summary>
    public static bool? ParseWhenSupported(string? text, string source)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return text.Trim().ToLowerInvariant() switch
        {
            "when_supported" => true,
            "when_required" => false,
            _ => throw new Errors.AwsClientException($"{source}: unknown value '{text}' (expected when_supported or when_required)."),
        };
    }
}
