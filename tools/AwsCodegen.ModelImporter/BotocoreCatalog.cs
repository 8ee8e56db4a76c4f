using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace AwsCodegen.ModelImporter;

/// <summary>
/// The services in a botocore data directory. A service is a directory holding API-version directories
/// (dates, so ordinal order is chronological); the latest one that has a service-2 model is used, the same
/// choice botocore's loader makes.
/// </summary>
public sealed class BotocoreCatalog
{
    private readonly string _dataDirectory;
    private IReadOnlyList<string>? _allNames;

    public BotocoreCatalog(string dataDirectory)
    {
        _dataDirectory = dataDirectory;
    }

    /// <summary>Every service name, sorted ordinally. Lists the directory tree on first use.</summary>
    public IReadOnlyList<string> AllServiceNames => _allNames ??= Directory
        .EnumerateDirectories(_dataDirectory)
        .Select(Path.GetFileName)
        .OfType<string>()
        .Where(name => LatestApiVersion(Path.Combine(_dataDirectory, name)) is not null)
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>The service at its latest API version, or null when botocore has no such service.</summary>
    public BotocoreService? Find(string name)
    {
        if (name.Length == 0 || name.IndexOfAny(['/', '\\']) >= 0 || name.StartsWith('.'))
        {
            return null;
        }

        string serviceDirectory = Path.Combine(_dataDirectory, name);
        if (!Directory.Exists(serviceDirectory))
        {
            return null;
        }

        string? apiVersion = LatestApiVersion(serviceDirectory);
        if (apiVersion is null)
        {
            return null;
        }

        string versionDirectory = Path.Combine(serviceDirectory, apiVersion);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string kind in ModelFileKinds.PerService)
        {
            string? source = SourceFile(versionDirectory, kind);
            if (source is not null)
            {
                files[kind] = source;
            }
        }

        return new BotocoreService(name, apiVersion, versionDirectory, files);
    }

    /// <summary>Path of a top-level data file such as partitions.json, or null when absent.</summary>
    public string? SharedFile(string fileName)
    {
        string path = Path.Combine(_dataDirectory, fileName);
        return File.Exists(path) ? path : null;
    }

    private static string? LatestApiVersion(string serviceDirectory)
    {
        string? latest = null;
        foreach (string versionDirectory in Directory.EnumerateDirectories(serviceDirectory))
        {
            string version = Path.GetFileName(versionDirectory);
            if ((latest is null || string.CompareOrdinal(version, latest) > 0)
                && SourceFile(versionDirectory, ModelFileKinds.Service) is not null)
            {
                latest = version;
            }
        }

        return latest;
    }

    // botocore's loader tries <kind>.json before <kind>.json.gz; so do we.
    private static string? SourceFile(string versionDirectory, string kind)
    {
        string plain = Path.Combine(versionDirectory, kind + ".json");
        if (File.Exists(plain))
        {
            return plain;
        }

        string compressed = plain + ".gz";
        return File.Exists(compressed) ? compressed : null;
    }
}
