using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace AwsCodegen.Cli.S3;

/// <summary>
/// --include and --exclude as aws-cli applies them: every file starts included, each rule in order that matches sets
/// included or excluded, so the last matching rule wins. A rule's pattern is joined to the source root (and, for a
/// sync's destination listing, the destination root) and matched with fnmatch against the whole path.
/// </summary>
internal sealed class FileFilter
{
    private readonly List<(bool Include, Regex Source, Regex Destination)> _rules = new();

    public FileFilter(IReadOnlyList<FilterRule> rules, string sourceRoot, string destinationRoot)
    {
        foreach (var rule in rules)
            _rules.Add((rule.Include, FnMatch.Compile(Join(sourceRoot, rule.Pattern)), FnMatch.Compile(Join(destinationRoot, rule.Pattern))));
    }

    public bool IsEmpty => _rules.Count == 0;

    public bool Includes(FileEntry entry)
    {
        bool included = true;
        foreach (var (include, source, destination) in _rules)
        {
            if (source.IsMatch(entry.Source)) included = include;
            if (destination.IsMatch(entry.Source)) included = include;
        }
        return included;
    }

    /// <summary>The root a pattern is relative to (aws-cli's _get_s3_root and _get_local_root).</summary>
    public static string RootOf(string location, bool dirOp, string workingDirectory)
    {
        if (S3Location.IsS3(location))
        {
            var (bucket, key) = S3Location.Split(location);
            if (!dirOp && !key.EndsWith('/'))
            {
                int slash = key.LastIndexOf('/');
                key = slash < 0 ? "" : key[..slash];
            }
            return bucket + "/" + key;
        }
        string absolute = LocalPaths.Absolute(workingDirectory, location);
        if (dirOp) return absolute;
        return Path.GetDirectoryName(absolute) ?? "/";
    }

    /// <summary>Python's os.path.join of two parts.</summary>
    private static string Join(string root, string pattern)
    {
        if (pattern.StartsWith('/')) return pattern;
        if (root.Length == 0 || root.EndsWith('/')) return root + pattern;
        return root + "/" + pattern;
    }
}
