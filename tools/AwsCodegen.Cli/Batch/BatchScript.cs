using System;
using System.Collections.Generic;
using System.IO;
using AwsCodegen.Cli.Engine;

namespace AwsCodegen.Cli.Batch;

/// <summary>One command of a batch: where it came from and its words, without a leading "awscg" or "aws".</summary>
public sealed record BatchLine(int Number, string Text, IReadOnlyList<string> Arguments);

/// <summary>
/// A batch file read whole and checked before anything runs: a line that does not split is an error naming its
/// number, and then no command runs at all, since later lines may depend on earlier ones that would then be missing.
/// </summary>
public static class BatchScript
{
    public static List<BatchLine> Parse(TextReader reader, string source)
    {
        var lines = new List<BatchLine>();
        int number = 0;
        for (string? text = reader.ReadLine(); text is not null; text = reader.ReadLine())
        {
            number++;
            var words = AwsCodegen.Runtime.ShellWords.TrySplit(text, comments: true, out var problem)
                ?? throw CliException.Parameter($"batch: {source}, line {number}: {problem}{(problem!.StartsWith("a backslash", System.StringComparison.Ordinal) ? " (a batch command is one line)" : "")}: {text.Trim()}");
            if (words.Count == 0) continue;
            // Lines pasted from a script may name the program; the batch already is it.
            if (words[0] is "awscg" or "aws") words.RemoveAt(0);
            if (words.Count == 0) throw CliException.Parameter($"batch: {source}, line {number}: no command after '{text.Trim()}'");
            if (words[0] == BatchCommand.Name)
                throw CliException.Parameter($"batch: {source}, line {number}: a batch cannot run another batch");
            lines.Add(new BatchLine(number, text.Trim(), words));
        }
        return lines;
    }
}
