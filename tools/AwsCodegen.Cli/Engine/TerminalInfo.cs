namespace AwsCodegen.Cli.Engine;

/// <summary>
/// What a command knows about its terminal: which of its streams are terminals, TERM and the size. The in-process
/// entry point reads them from the process; the resident host gets them from the thin client.
/// </summary>
public sealed record TerminalInfo(bool StdinIsTerminal, bool StdoutIsTerminal, bool StderrIsTerminal, string? Term, int Columns, int Rows)
{
    /// <summary>No terminal at all: output is piped or captured (tests, scripts).</summary>
    public static TerminalInfo None { get; } = new(false, false, false, null, 80, 24);
}
