using System.Collections.Generic;
using System.Linq;
using AwsCodegen.Cli.Engine;
using AwsCodegen.Runtime.Descriptors;

namespace AwsCodegen.Cli.Completion;

/// <summary>
/// <c>awscg completion bash|zsh|fish</c> prints the shell's completion script; the script asks
/// <c>awscg __complete &lt;words before the cursor...&gt; &lt;current word&gt;</c> (hidden) for the candidates, one a line.
/// </summary>
internal static class CompletionCommand
{
    public const string Name = "completion";
    public const string CompleteName = "__complete";

    public static IReadOnlyList<string> Shells { get; } = new[] { "bash", "fish", "zsh" };

    /// <summary><c>awscg completion &lt;shell&gt;</c> (<paramref name="rest"/>: after the global options).</summary>
    public static int Script(CommandContext context, IReadOnlyList<string> rest)
    {
        if (rest.Count < 2) throw CliException.Usage("the following arguments are required: shell");
        string? script = rest[1] switch
        {
            "bash" => CompletionScripts.Bash,
            "zsh" => CompletionScripts.Zsh,
            "fish" => CompletionScripts.Fish,
            _ => null,
        };
        if (script is null) throw CliException.Usage(Usage.InvalidChoice("shell", Shells));
        if (rest.Count > 2) throw CliException.Usage("unrecognized arguments: " + string.Join(" ", rest.Skip(2)));
        context.Out.Write(script);
        return ExitCodes.Success;
    }

    /// <summary>
    /// <c>awscg __complete words... current</c>, read from the raw arguments (before the global options are taken
    /// out: they are words to complete here, and the last may be an option's unfinished value).
    /// </summary>
    public static int Complete(CommandContext context, IReadOnlyList<ServiceIndexEntry> services)
    {
        var arguments = context.Invocation.Arguments;
        var words = arguments.Skip(1).ToList();
        string current = "";
        if (words.Count > 0)
        {
            current = words[^1];
            words.RemoveAt(words.Count - 1);
        }
        foreach (var candidate in Completer.Candidates(services, words, current)) context.Out.Write(candidate + "\n");
        return ExitCodes.Success;
    }
}
