using System.Collections.Generic;
using System.Text;

namespace AwsCodegen.Cli.Engine;

/// <summary>The usage block and the choice lists argparse prints, with aws-cli's layout and our program name.</summary>
public static class Usage
{
    public const string Program = "awscg";

    public static string Block =>
        $"usage: {Program} [options] <command> <subcommand> [<subcommand> ...] [parameters]\n" +
        "To see help text, you can run:\n\n" +
        $"  {Program} help\n" +
        $"  {Program} <command> help\n" +
        $"  {Program} <command> <subcommand> help\n";

    /// <summary>"Invalid choice, valid choices are:" and the choices two to a line, each padded to 40 columns.</summary>
    public static string InvalidChoice(string argument, IReadOnlyList<string> choices)
    {
        var text = new StringBuilder("argument ").Append(argument).Append(": Invalid choice, valid choices are:\n");
        for (int i = 0; i < choices.Count; i += 2)
        {
            text.Append('\n').Append(choices[i].PadRight(40));
            if (i + 1 < choices.Count) text.Append(" | ").Append(choices[i + 1].PadRight(40));
        }
        return text.ToString();
    }
}
