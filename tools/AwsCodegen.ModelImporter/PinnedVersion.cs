using System.IO;
using System.Linq;

namespace AwsCodegen.ModelImporter;

/// <summary>The botocore version the repository is pinned to (<c>models/botocore-version.txt</c>).</summary>
public static class PinnedVersion
{
    public const string FileName = "botocore-version.txt";

    /// <summary>The first non-comment line of the pin file, or null when there is no pin file.</summary>
    public static string? Read(string configDirectory)
    {
        string path = Path.Combine(configDirectory, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        return File.ReadLines(path)
            .Select(line => line.Trim())
            .FirstOrDefault(line => line.Length > 0 && !line.StartsWith('#'));
    }
}
