using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text.Json;

namespace AwsCodegen.Cli.Tests.Parameters;

/// <summary>Runs unpack_with_awscli.py (aws-cli's own code) on a case file, once per mode, and keeps its answers.</summary>
internal static class AwsCliDriver
{
    private static readonly Dictionary<string, IReadOnlyList<string>> s_results = new();

    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "AwsCodegen.Cli.Tests", "Parameters");
    public static string Fixtures => Path.Combine(Folder, "fixtures");

    /// <summary>The case lines of a case file (comments and blank lines left out).</summary>
    public static IReadOnlyList<string> Cases(string file)
    {
        var cases = new List<string>();
        foreach (var line in File.ReadAllLines(Path.Combine(Folder, file)))
            if (line.Trim() is { Length: > 0 } t && t[0] != '#') cases.Add(t);
        return cases;
    }

    /// <summary>aws-cli's answer for each case, in order.</summary>
    public static IReadOnlyList<string> Results(string mode, string file)
    {
        lock (s_results)
        {
            if (s_results.TryGetValue(mode + " " + file, out var cached)) return cached;
            var start = new ProcessStartInfo("python3")
            {
                WorkingDirectory = Fixtures,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(Folder, "unpack_with_awscli.py"));
            start.ArgumentList.Add(mode);
            start.ArgumentList.Add(Path.Combine(Folder, file));
            start.Environment["HOME"] = "/nonexistent-home";
            start.Environment["AWS_DEFAULT_REGION"] = "us-east-1";
            start.Environment["AWS_ACCESS_KEY_ID"] = "AKIDEXAMPLE";
            start.Environment["AWS_SECRET_ACCESS_KEY"] = "secret";
            start.Environment["AWS_CONFIG_FILE"] = "/nonexistent-config";
            start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent-credentials";
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var lines = new List<string>();
            while (process.StandardOutput.ReadLine() is { } line) lines.Add(line);
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException("unpack_with_awscli.py failed: " + stderr.Result);
            s_results[mode + " " + file] = lines;
            return lines;
        }
    }

    public static string[] Strings(string caseLine)
    {
        using var doc = JsonDocument.Parse(caseLine);
        var result = new List<string>();
        foreach (var item in doc.RootElement.EnumerateArray()) result.Add(item.GetString()!);
        return result.ToArray();
    }
}
