using System;

namespace AwsCodegen.Runtime.Errors;

/// <summary>A failure on the client side: bad configuration, invalid input, or a response that could not be understood.</summary>
public class AwsClientException : Exception
{
    public AwsClientException(string message, Exception? innerException = null) : base(message, innerException) { }

    /// <summary>How many attempts the client made before failing (0 when it failed before sending).</summary>
    public int Attempts { get; internal set; }
}
