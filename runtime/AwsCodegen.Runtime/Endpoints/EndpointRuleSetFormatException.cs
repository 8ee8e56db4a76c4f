using System;

namespace AwsCodegen.Runtime.Endpoints;

/// <summary>A rule set or partitions document that cannot be compiled: bad JSON, an unknown function, a reference to an unbound name.</summary>
public sealed class EndpointRuleSetFormatException : FormatException
{
    public EndpointRuleSetFormatException(string message, Exception? innerException = null) : base(message, innerException) { }
}
