using System;

namespace AwsCodegen.Cli.S3;

/// <summary>An S3 path without its "s3://": "bucket/key". aws-cli's find_bucket_key.</summary>
internal static class S3Location
{
    public const string Scheme = "s3://";

    public static bool IsS3(string path) => path.StartsWith(Scheme, StringComparison.Ordinal);

    public static string StripScheme(string path) => IsS3(path) ? path[Scheme.Length..] : path;

    /// <summary>Splits "bucket/key" at its first '/'; the key is empty when there is none.</summary>
    public static (string Bucket, string Key) Split(string path)
    {
        path = StripScheme(path);
        int slash = path.IndexOf('/');
        return slash < 0 ? (path, "") : (path[..slash], path[(slash + 1)..]);
    }

    public static string Format(string path) => IsS3(path) ? path : Scheme + path;
}
