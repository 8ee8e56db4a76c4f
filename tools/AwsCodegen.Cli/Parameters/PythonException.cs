using System;

namespace AwsCodegen.Cli.Parameters;

/// <summary>The Python exception types aws-cli's parsing lets escape, which decide where they are caught.</summary>
public enum PythonErrorType : byte
{
    ValueError,
    TypeError,
    IndexError,
    AttributeError,
}

/// <summary>
/// A Python exception as aws-cli's own code would raise it (int() of a non-number, indexing an empty string). aws-cli
/// catches some of these (a list's ValueError and TypeError become "Error parsing parameter") and prints the rest as
/// their bare text.
/// </summary>
public sealed class PythonException(PythonErrorType type, string message) : Exception(message)
{
    public PythonErrorType Type { get; } = type;

    public bool IsValueOrTypeError => Type is PythonErrorType.ValueError or PythonErrorType.TypeError;
}
