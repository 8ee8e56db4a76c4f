using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace AwsCodegen.ModelImporter;

/// <summary>
/// Service names as written by people: a list file (one per line, '#' starts a comment) or a command-line list
/// (separated by commas, semicolons or spaces). Names are trimmed, lower-cased, and de-duplicated in order.
/// </summary>
public static class ServiceList
{
    public const string DefaultFileName = "default-services.txt";

    public static IReadOnlyList<string> ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new ModelImportException(ImportErrorCodes.InvalidArguments, $"the service list file '{Path.GetFullPath(path)}' does not exist.");
        }

        return Normalize(File.ReadLines(path));
    }

    public static IReadOnlyList<string> Normalize(IEnumerable<string> entries) => entries
        .Select(WithoutComment)
        .SelectMany(entry => entry.Split([',', ';', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        .Select(name => name.ToLowerInvariant())
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    private static string WithoutComment(string line)
    {
        int comment = line.IndexOf('#', StringComparison.Ordinal);
        return comment >= 0 ? line[..comment] : line;
    }
}
