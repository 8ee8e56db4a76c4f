using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace AwsCodegen.ModelImporter;

/// <summary>
/// Copies AWS service models out of botocore: for each service, the latest API version's service-2, paginators-1,
/// waiters-2 and endpoint-rule-set-1 models (those that exist, decompressed) into <c>&lt;out&gt;/&lt;service&gt;/</c>,
/// plus <c>partitions.json</c> (and <c>endpoints.json</c> when present) into <c>&lt;out&gt;/</c>.
/// Files are replaced atomically and only when their content changes, under a lock on the output directory.
/// </summary>
public static class BotocoreModelImporter
{
    /// <summary>Runs an import. Throws <see cref="ModelImportException"/> for anything that stops it.</summary>
    public static ImportResult Import(ImportOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new List<ImportDiagnostic>();
        void Report(ImportSeverity severity, string code, string message)
        {
            var diagnostic = new ImportDiagnostic(severity, code, message);
            diagnostics.Add(diagnostic);
            options.Log?.Invoke(diagnostic);
        }

        string outputDirectory = Path.GetFullPath(options.OutputDirectory);
        string configDirectory = Path.GetFullPath(options.EffectiveConfigDirectory);
        string? pinned = PinnedVersion.Read(configDirectory);
        IReadOnlyList<string>? requested = RequestedServices(options, configDirectory);

        if (options.IfMissing && !options.UpdateChecksums && requested is not null)
        {
            // Decide without running Python: compare with the explicit botocore's version, else with the pin.
            string? explicitData = BotocoreLocator.ExplicitDataDirectory(options);
            string? expected = explicitData is not null ? BotocoreLocator.ReadVersion(explicitData) : pinned;
            ImportStamp stamp = ImportStamp.Read(outputDirectory);
            if (expected is not null
                && stamp.IsSharedCurrent(outputDirectory, expected)
                && requested.All(name => stamp.IsCurrent(outputDirectory, name, expected)))
            {
                WriteFileList(options.FileListPath, outputDirectory, stamp, requested);
                return new ImportResult
                {
                    OutputDirectory = outputDirectory,
                    BotocoreVersion = expected,
                    Services = requested.Select(name => ToImported(stamp.Services[name], skipped: true)).ToArray(),
                    UpToDate = true,
                    Diagnostics = diagnostics,
                    Elapsed = clock.Elapsed,
                };
            }
        }

        BotocoreLocation botocore = BotocoreLocator.Locate(options, pinned);
        string version = botocore.Version ?? "unknown";
        if (botocore.Version is null)
        {
            Report(ImportSeverity.Warning, ImportErrorCodes.BotocoreVersionUnknown,
                $"could not read botocore's __version__ from {Path.GetFullPath(Path.Combine(botocore.DataDirectory, "..", "__init__.py"))}; "
                + "the models are recorded as coming from botocore 'unknown'.");
        }
        else if (pinned is not null && botocore.Version != pinned)
        {
            Report(ImportSeverity.Warning, ImportErrorCodes.BotocoreVersionMismatch,
                $"importing from botocore {botocore.Version} ({botocore.DataDirectory}), but the repository is pinned to botocore {pinned} "
                + $"({Path.Combine(configDirectory, PinnedVersion.FileName)}); generated code may differ from what is tested. "
                + $"Use 'pip install botocore=={pinned}', or update the pin.");
        }

        var catalog = new BotocoreCatalog(botocore.DataDirectory);
        IReadOnlyList<BotocoreService> services = Resolve(catalog, requested ?? catalog.AllServiceNames, version, botocore.DataDirectory);

        try
        {
            return ImportLocked(options, outputDirectory, configDirectory, botocore, version, catalog, services, diagnostics, Report, clock);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new ModelImportException(ImportErrorCodes.ImportFailed, $"import into '{outputDirectory}' failed: {e.Message}", e);
        }
    }

    private static ImportResult ImportLocked(
        ImportOptions options,
        string outputDirectory,
        string configDirectory,
        BotocoreLocation botocore,
        string version,
        BotocoreCatalog catalog,
        IReadOnlyList<BotocoreService> services,
        List<ImportDiagnostic> diagnostics,
        Action<ImportSeverity, string, string> report,
        Stopwatch clock)
    {
        using ImportLock importLock = ImportLock.Acquire(
            outputDirectory, options.LockTimeout, message => report(ImportSeverity.Info, string.Empty, message));

        // Read the stamp under the lock: a concurrent import may just have finished the work.
        ImportStamp stamp = ImportStamp.Read(outputDirectory);
        ChecksumFile checksums = ChecksumFile.Read(configDirectory);
        bool verify = checksums.BotocoreVersion == version && checksums.Hashes.Count > 0;
        bool hash = verify || options.UpdateChecksums;
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        int written = 0;

        void Put(string relativePath, byte[] content, int length)
        {
            ReadOnlySpan<byte> bytes = content.AsSpan(0, length);
            if (AtomicFile.WriteIfChanged(Path.Combine(outputDirectory, relativePath), bytes))
            {
                written++;
            }

            if (hash)
            {
                string actual = ChecksumFile.Hash(bytes);
                hashes[relativePath] = actual;
                if (verify && !options.UpdateChecksums && checksums.Mismatch(relativePath, actual) is { } expected)
                {
                    report(ImportSeverity.Warning, ImportErrorCodes.ChecksumMismatch,
                        $"{Path.Combine(outputDirectory, relativePath)}: SHA-256 {actual} does not match {expected} recorded in "
                        + $"{Path.Combine(configDirectory, ChecksumFile.FileName)} for botocore {version}; the botocore install may be modified. "
                        + "Re-install botocore, or run the importer with --update-checksums to accept these files.");
                }
            }
        }

        var results = new List<ImportedService>();
        foreach (BotocoreService service in services)
        {
            if (options.IfMissing && !options.UpdateChecksums && stamp.IsCurrent(outputDirectory, service.Name, version))
            {
                results.Add(ToImported(stamp.Services[service.Name], skipped: true));
                continue;
            }

            string serviceDirectory = Path.Combine(outputDirectory, service.Name);
            AtomicFile.DeleteStrayTempFiles(serviceDirectory);
            var files = new List<string>();
            foreach (string kind in ModelFileKinds.PerService)
            {
                string relativePath = service.Name + "/" + kind + ".json";
                if (service.SourceFiles.TryGetValue(kind, out string? source))
                {
                    (byte[] content, int length) = ReadModel(source);
                    Put(relativePath, content, length);
                    files.Add(relativePath);
                }
                else
                {
                    // A newer botocore dropped this file (or an older import left it): remove the stale copy.
                    File.Delete(Path.Combine(outputDirectory, relativePath));
                }
            }

            var entry = new ImportStamp.ServiceEntry(service.Name, version, service.ApiVersion, files);
            stamp.SetService(entry);
            results.Add(ToImported(entry, skipped: false));
        }

        if (!(options.IfMissing && !options.UpdateChecksums && stamp.IsSharedCurrent(outputDirectory, version)))
        {
            AtomicFile.DeleteStrayTempFiles(outputDirectory);
            var shared = new List<string>();
            foreach (string fileName in ModelFileKinds.Shared)
            {
                string? source = catalog.SharedFile(fileName);
                if (source is null)
                {
                    if (fileName == ModelFileKinds.Partitions)
                    {
                        throw new ModelImportException(ImportErrorCodes.ImportFailed,
                            $"botocore data directory '{botocore.DataDirectory}' has no {ModelFileKinds.Partitions}.");
                    }

                    File.Delete(Path.Combine(outputDirectory, fileName));
                    continue;
                }

                (byte[] content, int length) = ReadModel(source);
                Put(fileName, content, length);
                shared.Add(fileName);
            }

            stamp.Shared = (version, shared);
        }

        stamp.Write(outputDirectory);
        if (options.UpdateChecksums)
        {
            checksums.Update(version, hashes);
            checksums.Write(configDirectory);
        }

        WriteFileList(options.FileListPath, outputDirectory, stamp, services.Select(s => s.Name).ToArray());
        return new ImportResult
        {
            OutputDirectory = outputDirectory,
            BotocoreVersion = version,
            BotocoreDataDirectory = botocore.DataDirectory,
            Services = results,
            FilesWritten = written,
            Diagnostics = diagnostics,
            Elapsed = clock.Elapsed,
        };
    }

    private static IReadOnlyList<string>? RequestedServices(ImportOptions options, string configDirectory)
    {
        int sources = (options.All ? 1 : 0) + (options.Services is null ? 0 : 1) + (options.ServicesFile is null ? 0 : 1);
        if (sources > 1)
        {
            throw new ModelImportException(ImportErrorCodes.InvalidArguments, "use only one of --all, --services and --services-file.");
        }

        if (options.All)
        {
            return null;
        }

        IReadOnlyList<string> names = options.Services is not null
            ? ServiceList.Normalize(options.Services)
            : ServiceList.ReadFile(options.ServicesFile ?? Path.Combine(configDirectory, ServiceList.DefaultFileName));
        if (names.Count == 0)
        {
            throw new ModelImportException(ImportErrorCodes.InvalidArguments, "no services to import: the service list is empty.");
        }

        return names;
    }

    private static IReadOnlyList<BotocoreService> Resolve(BotocoreCatalog catalog, IReadOnlyList<string> names, string version, string dataDirectory)
    {
        var found = new List<BotocoreService>(names.Count);
        var unknown = new List<string>();
        foreach (string name in names)
        {
            if (catalog.Find(name) is { } service)
            {
                found.Add(service);
            }
            else
            {
                IReadOnlyList<string> close = NameSuggester.Suggest(name, catalog.AllServiceNames);
                unknown.Add(close.Count > 0 ? $"'{name}' (did you mean {string.Join(", ", close)}?)" : $"'{name}' (no close match)");
            }
        }

        if (unknown.Count > 0)
        {
            string what = unknown.Count == 1 ? "unknown service" : "unknown services";
            throw new ModelImportException(ImportErrorCodes.UnknownService,
                $"{what} {string.Join(", ", unknown)}: not in botocore {version} at {dataDirectory}. "
                + "Service names are botocore's directory names (s3, dynamodb, logs, stepfunctions, ...); --list prints them all.");
        }

        return found;
    }

    /// <summary>Reads a model file, decompressing .gz, and checks it is well-formed JSON. Returns a buffer and the length used.</summary>
    private static (byte[] Content, int Length) ReadModel(string source)
    {
        byte[] content;
        int length;
        if (source.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            using var input = new GZipStream(File.OpenRead(source), CompressionMode.Decompress);
            using var output = new MemoryStream();
            input.CopyTo(output);
            content = output.GetBuffer();
            length = (int)output.Length;
        }
        else
        {
            content = File.ReadAllBytes(source);
            length = content.Length;
        }

        try
        {
            ReadOnlySpan<byte> json = content.AsSpan(0, length);
            var reader = new Utf8JsonReader(json.StartsWith("\uFEFF"u8) ? json[3..] : json);
            while (reader.Read())
            {
            }
        }
        catch (JsonException e)
        {
            throw new ModelImportException(ImportErrorCodes.ImportFailed, $"'{source}' is not valid JSON: {e.Message}", e);
        }

        return (content, length);
    }

    private static void WriteFileList(string? path, string outputDirectory, ImportStamp stamp, IReadOnlyList<string> services)
    {
        if (path is null)
        {
            return;
        }

        var text = new StringBuilder();
        IEnumerable<string> files = (stamp.Shared?.Files ?? [])
            .Concat(services.SelectMany(name => stamp.Services[name].Files));
        foreach (string file in files)
        {
            text.Append(Path.GetFullPath(Path.Combine(outputDirectory, file))).Append('\n');
        }

        AtomicFile.WriteIfChanged(path, Encoding.UTF8.GetBytes(text.ToString()));
    }

    private static ImportedService ToImported(ImportStamp.ServiceEntry entry, bool skipped) =>
        new(entry.Name, entry.ApiVersion, entry.Files, skipped);
}
