using System;

namespace AwsCodegen.Cli.Output;

/// <summary>
/// A document that aws-cli's own formatter fails on (a Python exception), with the message Python gives. aws-cli
/// prints it as "\n" + message + "\n" to stderr and exits 255; whatever was written before stays written (text output
/// streams; table output builds the whole table first, so it writes nothing).
/// </summary>
public sealed class FormatterException(string message) : Exception(message);
