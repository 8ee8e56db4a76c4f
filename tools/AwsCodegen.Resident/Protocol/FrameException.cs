using System;

namespace AwsCodegen.Resident.Protocol;

/// <summary>A frame that breaks the protocol: too large, truncated, or not what was expected. Ends one connection.</summary>
public sealed class FrameException : Exception
{
    public FrameException(string message, bool tooLarge = false) : base(message) => TooLarge = tooLarge;

    public bool TooLarge { get; }
}
