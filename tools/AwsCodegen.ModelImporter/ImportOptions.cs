using System;
using System.Collections.Generic;

namespace AwsCodegen.ModelImporter;

/// <summary>What to import, from where, and into where. See <see cref="BotocoreModelImporter.Import"/>.</summary>
public sealed class ImportOptions
{
    /// <summary>The name of the environment variable that may point at botocore's <c>data</c> directory.</summary>
    public const string BotocoreDataEnvironmentVariable = "AWSCODEGEN_BOTOCORE_DATA";

    /// <summary>Directory the models are written to (<c>&lt;out&gt;/&lt;service&gt;/service-2.json</c>, ...).</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>
    /// Directory holding <c>default-services.txt</c>, <c>botocore-version.txt</c> and <c>checksums.txt</c>.
    /// Defaults to <see cref="OutputDirectory"/>.
    /// </summary>
    public string? ConfigDirectory { get; init; }

    /// <summary>botocore's <c>data</c> directory; when null it is discovered (environment variable, then Python).</summary>
    public string? BotocoreDataDirectory { get; init; }

    /// <summary>Whether <see cref="BotocoreDataEnvironmentVariable"/> is consulted when no directory is given.</summary>
    public bool UseEnvironmentVariable { get; init; } = true;

    /// <summary>Python executables tried, in order, to locate an installed botocore. Empty disables the probe.</summary>
    public IReadOnlyList<string> PythonExecutables { get; init; } = ["python3", "python"];

    /// <summary>How long one Python probe may take before it is killed.</summary>
    public TimeSpan PythonTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Services to import. When null (and <see cref="All"/> is false) <see cref="ServicesFile"/> or the default list is used.</summary>
    public IReadOnlyList<string>? Services { get; init; }

    /// <summary>A file listing services, one per line, '#' comments allowed.</summary>
    public string? ServicesFile { get; init; }

    /// <summary>Import every service in botocore.</summary>
    public bool All { get; init; }

    /// <summary>Skip services already imported from the same botocore version; do nothing at all when everything is up to date.</summary>
    public bool IfMissing { get; init; }

    /// <summary>Rewrite <c>checksums.txt</c> from the imported files instead of only verifying them.</summary>
    public bool UpdateChecksums { get; init; }

    /// <summary>When set, the absolute paths of the chosen services' model files (and partitions.json) are written here, one per line.</summary>
    public string? FileListPath { get; init; }

    /// <summary>How long to wait for another importer writing into the same directory.</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Receives warnings and informational messages as they happen (they are also in the result).</summary>
    public Action<ImportDiagnostic>? Log { get; init; }

    internal string EffectiveConfigDirectory => ConfigDirectory ?? OutputDirectory;
}
