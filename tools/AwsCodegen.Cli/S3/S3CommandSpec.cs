using System;
using System.Collections.Generic;

namespace AwsCodegen.Cli.S3;

/// <summary>What one <c>s3</c> subcommand accepts: its positionals and its options, as aws-cli's argument tables.</summary>
internal sealed class S3CommandSpec
{
    private static readonly string[] s_transferFlags =
    {
        "dryrun", "quiet", "follow-symlinks", "no-follow-symlinks", "no-guess-mime-type", "only-show-errors", "no-progress",
        "ignore-glacier-warnings", "force-glacier-transfer",
    };

    private static readonly string[] s_transferValues =
    {
        "include", "exclude", "acl", "sse", "sse-c", "sse-c-key", "sse-kms-key-id", "sse-c-copy-source", "sse-c-copy-source-key",
        "storage-class", "website-redirect", "content-type", "cache-control", "content-disposition", "content-encoding",
        "content-language", "expires", "source-region", "page-size", "request-payer", "checksum-mode", "checksum-algorithm",
    };

    private readonly HashSet<string> _flags;
    private readonly HashSet<string> _values;
    private readonly HashSet<string> _lists;

    private S3CommandSpec(string name, string usage, string pathsName, int minPaths, int maxPaths, IEnumerable<string> flags, IEnumerable<string> values, IEnumerable<string>? lists = null)
    {
        Name = name;
        Usage = usage;
        PathsName = pathsName;
        MinPaths = minPaths;
        MaxPaths = maxPaths;
        _flags = new HashSet<string>(flags, StringComparer.Ordinal);
        _values = new HashSet<string>(values, StringComparer.Ordinal);
        _lists = new HashSet<string>(lists ?? Array.Empty<string>(), StringComparer.Ordinal);
    }

    public string Name { get; }
    public string Usage { get; }
    public string PathsName { get; }
    public int MinPaths { get; }
    public int MaxPaths { get; }

    public bool IsFlag(string name) => _flags.Contains(name);
    public bool IsValued(string name) => _values.Contains(name);
    public bool IsList(string name) => _lists.Contains(name);

    private const string TwoPaths = "<LocalPath> <S3Uri> or <S3Uri> <LocalPath> or <S3Uri> <S3Uri>";

    public static S3CommandSpec Ls { get; } = new("ls", "<S3Uri> or NONE", "paths", 0, 1,
        new[] { "recursive", "human-readable", "summarize" }, new[] { "page-size", "request-payer", "bucket-name-prefix", "bucket-region" });

    public static S3CommandSpec Cp { get; } = new("cp", TwoPaths, "paths", 2, 2,
        Concat(s_transferFlags, "recursive"), Concat(s_transferValues, "metadata", "metadata-directive", "expected-size", "case-conflict"), new[] { "grants" });

    public static S3CommandSpec Mv { get; } = new("mv", TwoPaths, "paths", 2, 2,
        Concat(s_transferFlags, "recursive", "validate-same-s3-paths"), Concat(s_transferValues, "metadata", "metadata-directive", "case-conflict"), new[] { "grants" });

    public static S3CommandSpec Rm { get; } = new("rm", "<S3Uri>", "paths", 1, 1,
        new[] { "dryrun", "quiet", "recursive", "only-show-errors" }, new[] { "request-payer", "include", "exclude", "page-size" });

    public static S3CommandSpec Sync { get; } = new("sync", "<LocalPath> <S3Uri> or <S3Uri> <LocalPath> or <S3Uri> <S3Uri>", "paths", 2, 2,
        Concat(s_transferFlags, "delete", "exact-timestamps", "size-only"), Concat(s_transferValues, "metadata", "metadata-directive", "case-conflict"), new[] { "grants" });

    public static S3CommandSpec Mb { get; } = new("mb", "<S3Uri>", "path", 1, 1, Array.Empty<string>(), Array.Empty<string>(), new[] { "tags" });

    public static S3CommandSpec Rb { get; } = new("rb", "<S3Uri>", "path", 1, 1, new[] { "force" }, Array.Empty<string>());

    public static S3CommandSpec Presign { get; } = new("presign", "<S3Uri>", "path", 1, 1, Array.Empty<string>(), new[] { "expires-in" });

    public static S3CommandSpec Website { get; } = new("website", "<S3Uri>", "paths", 1, 1, Array.Empty<string>(), new[] { "index-document", "error-document" });

    private static string[] Concat(string[] first, params string[] more)
    {
        var all = new string[first.Length + more.Length];
        first.CopyTo(all, 0);
        more.CopyTo(all, first.Length);
        return all;
    }
}
