using System;

namespace AwsCodegen.Cli.Engine;

/// <summary>How a failed command reports itself on stderr.</summary>
public enum ErrorStyle
{
    /// <summary>An argparse-style usage error: the usage block, then "awscg: error: message".</summary>
    Usage,
    /// <summary>The usage block, a blank line, then the message (aws-cli's "Unknown options").</summary>
    UsageThenMessage,
    /// <summary>A blank line, then the message (aws-cli's parameter, configuration and client errors).</summary>
    Message,
}

/// <summary>
/// A command failed before or around its request in a way the user can act on. It carries the exit code of its class
/// (<see cref="ExitCodes"/>) and the exact text to print; no stack trace is shown unless --debug.
/// </summary>
public sealed class CliException : Exception
{
    public CliException(int exitCode, ErrorStyle style, string message, Exception? innerException = null) : base(message, innerException)
    {
        ExitCode = exitCode;
        Style = style;
    }

    public int ExitCode { get; }
    public ErrorStyle Style { get; }

    /// <summary>argparse's own errors: a missing or malformed argument, an invalid choice.</summary>
    public static CliException Usage(string message) => new(ExitCodes.Usage, ErrorStyle.Usage, message);

    /// <summary>A value that parsed but is wrong for its parameter; nothing was sent.</summary>
    public static CliException Parameter(string message, Exception? inner = null) => new(ExitCodes.Usage, ErrorStyle.Message, message, inner);

    /// <summary>A profile, region, credentials or config file problem.</summary>
    public static CliException Configuration(string message, Exception? inner = null) => new(ExitCodes.Configuration, ErrorStyle.Message, message, inner);

    /// <summary>Anything else the user should read as one line (a connection failure, a client-side error).</summary>
    public static CliException Other(string message, Exception? inner = null) => new(ExitCodes.Other, ErrorStyle.Message, message, inner);
}
