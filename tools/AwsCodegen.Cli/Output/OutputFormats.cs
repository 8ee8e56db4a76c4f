using System;
using System.Collections.Generic;
using System.Text;

namespace AwsCodegen.Cli.Output;

/// <summary>Names of the output formats, and the errors aws-cli reports for a name it does not know.</summary>
public static class OutputFormats
{
    /// <summary>The choices in the order aws-cli lists them (v1's three, then v2's two).</summary>
    public static IReadOnlyList<string> Choices { get; } = ["json", "text", "table", "yaml", "yaml-stream"];

    public static string Name(OutputFormat format) => Choices[(int)format];

    /// <summary>Reads a value of <c>--output</c> or of the config file's <c>output</c>; exact and case-sensitive, as in aws-cli.</summary>
    public static bool TryParse(string? value, out OutputFormat format)
    {
        for (var i = 0; i < Choices.Count; i++)
        {
            if (string.Equals(Choices[i], value, StringComparison.Ordinal))
            {
                format = (OutputFormat)i;
                return true;
            }
        }
        format = OutputFormat.Json;
        return false;
    }

    /// <summary>
    /// The message of aws-cli's argument parser for a bad <c>--output</c> value (argparser.py's _check_value: two
    /// choices a line, each padded to 40, then the close matches of difflib.get_close_matches with cutoff 0.8). The
    /// caller prints it as argparse does: the usage lines, then <c>aws: error: </c> + this message + a line break,
    /// to stderr, exit status 2. The list holds
    /// the five formats awscg knows (aws-cli 1.45.11 lists json, text and table; v2 lists these five).
    /// </summary>
    public static string InvalidChoiceMessage(string value)
    {
        var sb = new StringBuilder("argument --output: Invalid choice, valid choices are:\n\n");
        for (var i = 0; i < Choices.Count; i += 2)
        {
            if (i > 0) sb.Append('\n');
            sb.Append(Choices[i].PadRight(40));
            if (i + 1 < Choices.Count) sb.Append(" | ").Append(Choices[i + 1].PadRight(40));
        }
        var possible = CloseMatches.Get(value, Choices, 0.8);
        if (possible.Count > 0)
        {
            sb.Append("\n\n\nInvalid choice: ");
            PythonText.AppendStringRepr(sb, value);
            sb.Append(", maybe you meant:\n");
            foreach (var word in possible) sb.Append("\n  * ").Append(word);
        }
        return sb.ToString();
    }

    /// <summary>
    /// The message aws-cli prints (as "\n" + message + "\n" to stderr, exit status 255) when the config file's
    /// <c>output</c> names no format: formatter.get_formatter's ValueError.
    /// </summary>
    public static string UnknownConfigValueMessage(string value) => "Unknown output type: " + value;
}
