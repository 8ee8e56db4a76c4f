using System;
using System.Collections.Generic;
using AwsCodegen.Cli.Completion;
using AwsCodegen.Runtime;
using AwsCodegen.Runtime.Descriptors;

namespace AwsCodegen.Cli.Shell;

/// <summary>What Tab does to the text before the cursor: the word being typed, and the candidates for it.</summary>
public sealed record ShellCompletion(string Current, IReadOnlyList<string> Candidates)
{
    /// <summary>The text to insert at the cursor: the rest of the one candidate and a space, or the candidates' common prefix.</summary>
    public string Insertion
    {
        get
        {
            if (Candidates.Count == 0) return "";
            if (Candidates.Count == 1) return Candidates[0][Current.Length..] + " ";
            string common = Candidates[0];
            foreach (var candidate in Candidates)
            {
                int n = 0;
                while (n < common.Length && n < candidate.Length && common[n] == candidate[n]) n++;
                common = common[..n];
            }
            return common.Length > Current.Length ? common[Current.Length..] : "";
        }
    }

    /// <summary>
    /// The completion of <paramref name="beforeCursor"/> (the words typed so far; the last one is being typed unless
    /// the text ends in a blank), after the shell's own global options. Null inside an unfinished quote.
    /// </summary>
    internal static ShellCompletion? For(IReadOnlyList<ServiceIndexEntry> services, IReadOnlyList<string> globals, string beforeCursor)
    {
        var words = ShellWords.TrySplit(beforeCursor, comments: false, out _);
        if (words is null) return null;
        string current = "";
        if (beforeCursor.Length > 0 && !char.IsWhiteSpace(beforeCursor[^1]) && words.Count > 0)
        {
            current = words[^1];
            words.RemoveAt(words.Count - 1);
        }
        if (words is ["awscg" or "aws", ..]) words.RemoveAt(0);
        var all = new List<string>(globals);
        all.AddRange(words);
        return new ShellCompletion(current, Completer.Candidates(services, all, current));
    }
}
