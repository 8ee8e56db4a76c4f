using System;
using AwsCodegen.Runtime.Errors;

namespace AwsCodegen.Runtime.Credentials;

/// <summary>
/// Credentials could not be had from a source that is configured: a broken profile (naming the profile, file and
/// setting at fault), a token file that cannot be read, a role that cannot be assumed, a metadata endpoint that does
/// not answer. The message says what to fix.
/// </summary>
public sealed class CredentialsException : AwsClientException
{
    public CredentialsException(string message, Exception? innerException = null) : base(message, innerException) { }

    /// <summary>No source of the chain had credentials (as opposed to a source that has some but failed to produce them).</summary>
    public bool NoneFound { get; init; }
}
