using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace AwsCodegen.ModelImporter;

/// <summary>One service's outcome: its API version, the files it has in the output directory, and whether it was skipped as up to date.</summary>
public sealed record ImportedService(string Name, string ApiVersion, IReadOnlyList<string> Files, bool Skipped);

/// <summary>What <see cref="BotocoreModelImporter.Import"/> did.</summary>
public sealed class ImportResult
{
    public required string OutputDirectory { get; init; }

    /// <summary>The botocore version the models come from (the pinned version when nothing was imported).</summary>
    public required string BotocoreVersion { get; init; }

    /// <summary>botocore's data directory; null when <see cref="UpToDate"/> made looking for it unnecessary.</summary>
    public string? BotocoreDataDirectory { get; init; }

    public required IReadOnlyList<ImportedService> Services { get; init; }

    /// <summary>Files created or replaced (files whose content was already right are not rewritten).</summary>
    public int FilesWritten { get; init; }

    /// <summary>True when <see cref="ImportOptions.IfMissing"/> found everything up to date and touched nothing.</summary>
    public bool UpToDate { get; init; }

    public required IReadOnlyList<ImportDiagnostic> Diagnostics { get; init; }

    public TimeSpan Elapsed { get; init; }

    public IEnumerable<ImportDiagnostic> Warnings => Diagnostics.Where(d => d.Severity == ImportSeverity.Warning);

    /// <summary>The one-line summary the command prints.</summary>
    public string Summary
    {
        get
        {
            int imported = Services.Count(s => !s.Skipped);
            int skipped = Services.Count - imported;
            string seconds = Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
            if (UpToDate)
            {
                return $"models up to date: {Count(Services.Count)} from botocore {BotocoreVersion} in {OutputDirectory} ({seconds}s)";
            }

            string alreadyThere = skipped > 0 ? $", {skipped} already up to date" : string.Empty;
            return $"imported {Count(imported)} from botocore {BotocoreVersion} into {OutputDirectory} "
                + $"({(FilesWritten == 1 ? "1 file" : $"{FilesWritten} files")} written{alreadyThere}, {seconds}s)";
        }
    }

    private static string Count(int services) => services == 1 ? "1 service" : $"{services} services";
}
