using System;

namespace AwsCodegen.Resident.Protocol;

/// <summary>One frame as read: its type and its payload (owned by the frame).</summary>
public readonly record struct Frame(FrameType Type, byte[] Payload)
{
    public PayloadReader Reader() => new(Payload, Type);

    public override string ToString() => $"{Type} ({Payload.Length} bytes)";
}
