using System;

namespace AwsCodegen.Cli.Parameters;

/// <summary>What kind of mistake a <see cref="ParameterException"/> reports, which decides how it is printed.</summary>
public enum ParameterErrorKind : byte
{
    /// <summary>aws-cli's ParamError: "Error parsing parameter '--x': ..." (printed after a blank line).</summary>
    Parsing,
    /// <summary>An argparse error ("argument --limit: invalid int value: 'x'"): printed after the usage, as "aws: error: ...".</summary>
    Argument,
    /// <summary>botocore's ParamValidationError: "Parameter validation failed:\n...".</summary>
    Validation,
    /// <summary>A Python exception aws-cli lets through, printed as its text ("invalid literal for int() with base 10: 'x'").</summary>
    Other,
}

/// <summary>
/// A command-line parameter that cannot become a request: nothing is sent. <see cref="Exception.Message"/> is the text
/// aws-cli prints, word for word.
/// </summary>
public sealed class ParameterException : Exception
{
    public ParameterException(ParameterErrorKind kind, string message) : base(message) => Kind = kind;

    public ParameterErrorKind Kind { get; }

    /// <summary>The process exit code: a parameter or usage error (aws-cli v2's 252; v1 gives 255, or 2 for argparse).</summary>
    public int ExitCode => 252;

    /// <summary>aws-cli's ParamError text: "Error parsing parameter '--item': {message}".</summary>
    public static ParameterException Parsing(string cliName, string message) =>
        new(ParameterErrorKind.Parsing, "Error parsing parameter '" + cliName + "': " + message);

    public static ParameterException Argument(string message) => new(ParameterErrorKind.Argument, message);

    public static ParameterException Other(string message) => new(ParameterErrorKind.Other, message);
}
