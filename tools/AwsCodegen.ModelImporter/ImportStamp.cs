using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace AwsCodegen.ModelImporter;

/// <summary>
/// <c>&lt;out&gt;/.imported</c>: what an earlier import wrote, so <c>--if-missing</c> can tell without botocore whether
/// anything needs doing. Lines:
/// <code>
/// shared &lt;botocore-version&gt; partitions.json [endpoints.json]
/// service &lt;name&gt; &lt;botocore-version&gt; &lt;api-version&gt; &lt;file&gt;...
/// </code>
/// File names are relative to the output directory. Deleting the stamp forces a full re-import.
/// </summary>
public sealed class ImportStamp
{
    public const string FileName = ".imported";

    private readonly Dictionary<string, ServiceEntry> _services = new(StringComparer.Ordinal);

    /// <summary>botocore version of the shared files, and those files.</summary>
    public (string Version, IReadOnlyList<string> Files)? Shared { get; set; }

    public IReadOnlyDictionary<string, ServiceEntry> Services => _services;

    public sealed record ServiceEntry(string Name, string BotocoreVersion, string ApiVersion, IReadOnlyList<string> Files);

    public void SetService(ServiceEntry entry) => _services[entry.Name] = entry;

    public static ImportStamp Read(string outputDirectory)
    {
        var stamp = new ImportStamp();
        string path = Path.Combine(outputDirectory, FileName);
        if (!File.Exists(path))
        {
            return stamp;
        }

        foreach (string line in File.ReadLines(path))
        {
            string[] parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 3 && parts[0] == "shared")
            {
                stamp.Shared = (parts[1], parts[2..]);
            }
            else if (parts.Length >= 5 && parts[0] == "service")
            {
                stamp.SetService(new ServiceEntry(parts[1], parts[2], parts[3], parts[4..]));
            }
        }

        return stamp;
    }

    /// <summary>Whether the service was imported from <paramref name="botocoreVersion"/> and all its files are still there.</summary>
    public bool IsCurrent(string outputDirectory, string service, string botocoreVersion) =>
        _services.TryGetValue(service, out ServiceEntry? entry)
        && entry.BotocoreVersion == botocoreVersion
        && AllExist(outputDirectory, entry.Files);

    public bool IsSharedCurrent(string outputDirectory, string botocoreVersion) =>
        Shared is { } shared && shared.Version == botocoreVersion && AllExist(outputDirectory, shared.Files);

    public void Write(string outputDirectory)
    {
        var text = new StringBuilder();
        text.Append("# Written by AwsCodegen.ModelImporter: what was imported from botocore. Delete to force a re-import.\n");
        if (Shared is { } shared)
        {
            text.Append("shared ").Append(shared.Version).Append(' ').AppendJoin(' ', shared.Files).Append('\n');
        }

        foreach (ServiceEntry entry in _services.Values.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            text.Append("service ").Append(entry.Name).Append(' ').Append(entry.BotocoreVersion).Append(' ')
                .Append(entry.ApiVersion).Append(' ').AppendJoin(' ', entry.Files).Append('\n');
        }

        AtomicFile.WriteIfChanged(Path.Combine(outputDirectory, FileName), Encoding.UTF8.GetBytes(text.ToString()));
    }

    private static bool AllExist(string outputDirectory, IEnumerable<string> files) =>
        files.All(file => File.Exists(Path.Combine(outputDirectory, file)));
}
