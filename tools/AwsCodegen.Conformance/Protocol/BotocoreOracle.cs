using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text.Json;

namespace AwsCodegen.Conformance.Protocol;

/// <summary>
/// What aws-cli prints for each success case of an output file, from the installed botocore itself
/// (botocore_document_oracle.py beside this project): the oracle for document reading, which the cases' own
/// "result" is not (those are Smithy's expectations; botocore differs on purpose in places, and aws-cli keeps
/// timestamps and blobs as sent).
/// </summary>
public static class BotocoreOracle
{
    public const string ScriptName = "botocore_document_oracle.py";

    /// <summary>One case's verdict: the document aws-cli prints, or why botocore cannot read the case.</summary>
    public sealed record Verdict(JsonElement? Document, string? Skip);

    /// <summary>Runs the script on one file; a failure to run it is an exception (no verdicts, no silent pass).</summary>
    public static IReadOnlyDictionary<string, Verdict> Run(string script, string path)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(path);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(script)} {Path.GetFileName(path)} exited with {process.ExitCode}: {error.Result}");
        var verdicts = new Dictionary<string, Verdict>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(output);
        foreach (var entry in document.RootElement.EnumerateObject())
        {
            verdicts[entry.Name] = entry.Value.TryGetProperty("document", out var parsed)
                ? new Verdict(parsed.Clone(), null)
                : new Verdict(null, entry.Value.GetProperty("skip").GetString());
        }
        return verdicts;
    }
}
