namespace AwsCodegen.Cli.Output;

/// <summary>What the formatters need to know about the command and its terminal.</summary>
/// <param name="TerminalWidth">
/// Columns of the terminal for table output: aws-cli asks the stdout terminal (TIOCGWINSZ) and uses 80 when stdout is
/// not one, so a caller passes 80 for a pipe or a file.
/// </param>
/// <param name="Color">
/// Whether table output is colored: <c>--color on</c>, or <c>auto</c> (the default) with stdout a terminal.
/// </param>
/// <param name="StdoutIsTerminal">
/// With <paramref name="Color"/>, aws-cli's colorama also writes one reset sequence when the process exits, to a
/// terminal only; the table formatter writes it at the end.
/// </param>
/// <param name="HasQuery">
/// Whether <c>--query</c> was given. The document passed in is already the query's result, and aws-cli 1.45.11 prints
/// it the same either way (json prints nothing for <c>{}</c> with or without a query); kept for the caller's records.
/// </param>
public sealed record FormatterOptions(int TerminalWidth = 80, bool Color = false, bool StdoutIsTerminal = false, bool HasQuery = false)
{
    public static FormatterOptions Default { get; } = new();
}
