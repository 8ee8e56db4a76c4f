using System;
using System.Collections.Generic;
using AwsCodegen.Runtime;
using AwsCodegen.Runtime.Descriptors;

namespace AwsCodegen.Cli.Shell;

/// <summary>
/// The one line of documentation the shell shows under the line being typed: the operation's first sentence once
/// the line names a service and an operation, else the service's.
/// </summary>
internal static class OperationHint
{
    public static string? For(IReadOnlyList<ServiceIndexEntry> services, string line)
    {
        var words = ShellWords.TrySplit(line, comments: false, out _);
        if (words is null) return null;
        if (words is ["awscg" or "aws", ..]) words.RemoveAt(0);
        // The service and the operation are the first two words that are no option (or an option's value).
        var names = new List<string>(2);
        for (int i = 0; i < words.Count && names.Count < 2; i++)
        {
            if (words[i].StartsWith("--", StringComparison.Ordinal))
            {
                if (Help.GlobalOptionDocs.Find(words[i][2..]) is { TakesValue: true }) i++;
                continue;
            }
            names.Add(words[i]);
        }
        if (names.Count == 0) return null;
        ServiceIndexEntry? entry = null;
        foreach (var candidate in services)
            if (candidate.CliName == names[0]) entry = candidate;
        if (entry is null) return null;
        var service = entry.Descriptor;
        if (names.Count == 2 && service.FindOperationByCliName(names[1]) is { } operation)
            return $"{service.CliName} {operation.CliName}: {FirstSentence(service.Documentation.Operation(operation.Name))}";
        return $"{service.CliName}: {FirstSentence(service.Documentation.Service)}";
    }

    /// <summary>The documentation's first sentence, on one line.</summary>
    internal static string FirstSentence(string? docs)
    {
        if (string.IsNullOrWhiteSpace(docs)) return "(no documentation)";
        string paragraph = docs.Replace("\r\n", "\n").Trim().Split("\n\n")[0].Replace('\n', ' ');
        while (paragraph.Contains("  ", StringComparison.Ordinal)) paragraph = paragraph.Replace("  ", " ", StringComparison.Ordinal);
        int end = paragraph.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? paragraph[..(end + 1)] : paragraph;
    }
}
