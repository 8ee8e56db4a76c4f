using System;
using System.IO;

namespace AwsCodegen.ModelImporter;

/// <summary>Finds the repository's <c>models</c> directory (the one holding <c>default-services.txt</c>).</summary>
public static class RepoLayout
{
    /// <summary>Searches upward from the working directory, then from this tool's own location.</summary>
    public static string? FindModelsDirectory() =>
        FindUpward(Environment.CurrentDirectory) ?? FindUpward(AppContext.BaseDirectory);

    public static string? FindUpward(string start)
    {
        for (DirectoryInfo? directory = new(start); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "models");
            if (File.Exists(Path.Combine(candidate, ServiceList.DefaultFileName)))
            {
                return candidate;
            }
        }

        return null;
    }
}
