using System;

namespace AwsCodegen.Resident;

/// <summary>The resident host cannot be used as configured: the message says what and where (a path, a pid).</summary>
public sealed class ResidentException : Exception
{
    public ResidentException(string message, int exitCode = 255) : base(message) => ExitCode = exitCode;

    /// <summary>255, or 253 (a configuration error) when the user's setup is at fault: an unsafe directory, a bad config file.</summary>
    public int ExitCode { get; }
}
