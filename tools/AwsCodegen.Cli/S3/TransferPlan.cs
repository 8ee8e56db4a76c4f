using System;
using System.IO;

namespace AwsCodegen.Cli.S3;

/// <summary>
/// A source and destination as aws-cli's FileFormat shapes them: S3 paths as "bucket/key" and local paths absolute,
/// a trailing '/' when the destination takes each source's own name (a directory operation, an existing directory, a
/// path given with a trailing separator). <see cref="DestinationOf"/> is find_dest_path_comp_key.
/// </summary>
internal sealed record TransferPlan(string Source, bool SourceIsS3, string Destination, bool DestinationIsS3, bool DirOp, bool UseSourceName)
{
    public static TransferPlan Create(string source, string destination, bool dirOp, string workingDirectory)
    {
        bool sourceIsS3 = S3Location.IsS3(source);
        bool destinationIsS3 = S3Location.IsS3(destination);
        string sourcePath = sourceIsS3 ? S3Format(S3Location.StripScheme(source), dirOp).Path : LocalFormat(source, dirOp, workingDirectory).Path;
        var (destinationPath, useSourceName) = destinationIsS3 ? S3Format(S3Location.StripScheme(destination), dirOp) : LocalFormat(destination, dirOp, workingDirectory);
        return new TransferPlan(sourcePath, sourceIsS3, destinationPath, destinationIsS3, dirOp, useSourceName);
    }

    private static (string Path, bool UseSourceName) LocalFormat(string path, bool dirOp, string workingDirectory)
    {
        if (path == "-") return ("-", false);
        string full = LocalPaths.Absolute(workingDirectory, path);
        if (dirOp || Directory.Exists(full) || path.EndsWith('/')) return (full.EndsWith('/') ? full : full + "/", true);
        return (full, false);
    }

    private static (string Path, bool UseSourceName) S3Format(string path, bool dirOp)
    {
        if (dirOp) return (path.EndsWith('/') ? path : path + "/", true);
        return (path, path.EndsWith('/'));
    }

    /// <summary>Where one listed source goes, and the key a sync compares it by.</summary>
    public (string Destination, string CompareKey) DestinationOf(string sourcePath)
    {
        string relative;
        if (DirOp) relative = sourcePath[Source.Length..];
        else
        {
            int slash = sourcePath.LastIndexOf('/');
            relative = sourcePath[(slash + 1)..];
        }
        string destination = UseSourceName ? Destination + relative : Destination;
        return (destination, relative);
    }
}
