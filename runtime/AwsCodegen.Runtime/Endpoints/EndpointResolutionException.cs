using System;
using AwsCodegen.Runtime.Errors;

namespace AwsCodegen.Runtime.Endpoints;

/// <summary>
/// No endpoint for the parameters: an error rule matched (the message is the rule's, templated, e.g. "Invalid
/// Configuration: FIPS and custom endpoint are not supported"), a parameter is missing or of the wrong type, or no rule matched.
/// </summary>
public sealed class EndpointResolutionException : AwsClientException
{
    public EndpointResolutionException(string message, Exception? innerException = null) : base(message, innerException) { }
}
