using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;

namespace AwsCodegen.ModelImporter;

/// <summary>
/// Finds botocore's <c>data</c> directory: an explicit directory, else the
/// <see cref="ImportOptions.BotocoreDataEnvironmentVariable"/> environment variable, else the package that
/// <c>python3</c> (or <c>python</c>) imports.
/// </summary>
public static partial class BotocoreLocator
{
    private const string PythonScript =
        "import botocore, os; print(os.path.join(os.path.dirname(botocore.__file__), 'data'))";

    /// <summary>The directory given without running Python (option or environment variable), or null.</summary>
    public static string? ExplicitDataDirectory(ImportOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.BotocoreDataDirectory))
        {
            return options.BotocoreDataDirectory;
        }

        if (options.UseEnvironmentVariable)
        {
            string? fromEnvironment = Environment.GetEnvironmentVariable(ImportOptions.BotocoreDataEnvironmentVariable);
            if (!string.IsNullOrWhiteSpace(fromEnvironment))
            {
                return fromEnvironment;
            }
        }

        return null;
    }

    /// <summary>Locates botocore or throws <see cref="ModelImportException"/> with <see cref="ImportErrorCodes.BotocoreNotFound"/>.</summary>
    public static BotocoreLocation Locate(ImportOptions options, string? pinnedVersion)
    {
        string install = InstallHint(pinnedVersion);

        if (!string.IsNullOrWhiteSpace(options.BotocoreDataDirectory))
        {
            return Validate(options.BotocoreDataDirectory, "--botocore-data", install);
        }

        var tried = new List<string> { "--botocore-data (not given)" };
        if (options.UseEnvironmentVariable)
        {
            string? fromEnvironment = Environment.GetEnvironmentVariable(ImportOptions.BotocoreDataEnvironmentVariable);
            if (!string.IsNullOrWhiteSpace(fromEnvironment))
            {
                return Validate(fromEnvironment, ImportOptions.BotocoreDataEnvironmentVariable, install);
            }

            tried.Add($"{ImportOptions.BotocoreDataEnvironmentVariable} (not set)");
        }

        foreach (string python in options.PythonExecutables)
        {
            string? found = ProbePython(python, options.PythonTimeout, out string failure);
            if (found is not null && LooksLikeDataDirectory(found))
            {
                return new BotocoreLocation(Path.GetFullPath(found), ReadVersion(found), python);
            }

            tried.Add(found is null ? $"{python} ({failure})" : $"{python} (found {found}, which has no partitions.json)");
        }

        throw new ModelImportException(
            ImportErrorCodes.BotocoreNotFound,
            $"botocore was not found, so the AWS service models cannot be imported (tried: {string.Join("; ", tried)}). "
            + $"Install it with '{install}', or pass --botocore-data <dir> (or set {ImportOptions.BotocoreDataEnvironmentVariable}) "
            + "pointing at the 'data' directory of a botocore package.");
    }

    /// <summary>Reads <c>__version__</c> from <c>&lt;data&gt;/../__init__.py</c>; null when it cannot.</summary>
    public static string? ReadVersion(string dataDirectory)
    {
        string initFile = Path.Combine(dataDirectory, "..", "__init__.py");
        try
        {
            if (!File.Exists(initFile))
            {
                return null;
            }

            foreach (string line in File.ReadLines(initFile))
            {
                Match match = VersionLine().Match(line);
                if (match.Success)
                {
                    return match.Groups["v"].Value;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return null;
    }

    private static string InstallHint(string? pinnedVersion) =>
        pinnedVersion is null ? "pip install botocore" : $"pip install botocore=={pinnedVersion}";

    private static bool LooksLikeDataDirectory(string directory) =>
        Directory.Exists(directory) && File.Exists(Path.Combine(directory, "partitions.json"));

    private static BotocoreLocation Validate(string directory, string foundBy, string install)
    {
        string full = Path.GetFullPath(directory);
        if (!Directory.Exists(full))
        {
            throw new ModelImportException(
                ImportErrorCodes.BotocoreNotFound,
                $"botocore was not found: the data directory '{full}' given by {foundBy} does not exist. "
                + $"Install botocore with '{install}' and pass its 'data' directory, or omit {foundBy} to use the botocore that python3 imports.");
        }

        if (!File.Exists(Path.Combine(full, "partitions.json")))
        {
            throw new ModelImportException(
                ImportErrorCodes.BotocoreNotFound,
                $"botocore was not found: '{full}' given by {foundBy} is not a botocore data directory (it has no partitions.json). "
                + $"Pass the 'data' directory inside the botocore package, e.g. .../site-packages/botocore/data (install it with '{install}').");
        }

        return new BotocoreLocation(full, ReadVersion(full), foundBy);
    }

    private static string? ProbePython(string python, TimeSpan timeout, out string failure)
    {
        var start = new ProcessStartInfo(python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(PythonScript);

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception("not started");
        }
        catch (Win32Exception)
        {
            failure = "not found";
            return null;
        }

        using (process)
        {
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                }

                failure = $"timed out after {timeout.TotalSeconds:0}s";
                return null;
            }

            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                failure = LastLine(stderr.Result) ?? $"exit code {process.ExitCode}";
                return null;
            }

            string? directory = LastLine(stdout.Result);
            failure = directory is null ? "printed nothing" : string.Empty;
            return directory;
        }
    }

    private static string? LastLine(string text)
    {
        string[] lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? null : lines[^1];
    }

    [GeneratedRegex("""^__version__\s*=\s*['"](?<v>[^'"]+)['"]""")]
    private static partial Regex VersionLine();
}
