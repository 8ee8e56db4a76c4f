using System;
using System.IO;

namespace AwsCodegen.Cli.S3;

/// <summary>Local paths as aws-cli forms and shows them, relative to the command's working directory, never the process's.</summary>
internal static class LocalPaths
{
    /// <summary>Python's os.path.abspath: joined to the working directory, normalized, no trailing separator.</summary>
    public static string Absolute(string workingDirectory, string path)
    {
        string full = Path.GetFullPath(Path.Combine(workingDirectory, path));
        if (full.Length > 1) full = full.TrimEnd('/');
        return full.Length == 0 ? "/" : full;
    }

    /// <summary>aws-cli's relative_path: the directory relative to the working directory, then the file name ("./a.txt").</summary>
    public static string Relative(string workingDirectory, string path)
    {
        int slash = path.LastIndexOf('/');
        string directory = slash switch
        {
            < 0 => "",
            0 => "/",
            _ => path[..slash].TrimEnd('/') is { Length: > 0 } d ? d : "/",
        };
        string name = path[(slash + 1)..];
        string relative = Path.GetRelativePath(workingDirectory, directory.Length == 0 ? workingDirectory : directory);
        return relative.EndsWith('/') ? relative + name : relative + "/" + name;
    }
}
