using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Text;

namespace AwsCodegen.Resident.Protocol;

/// <summary>Reads a payload written by <see cref="PayloadWriter"/>; anything short or inconsistent is a <see cref="FrameException"/>.</summary>
public struct PayloadReader
{
    private readonly byte[] _payload;
    private readonly FrameType _type;
    private int _position;

    public PayloadReader(byte[] payload, FrameType type)
    {
        _payload = payload;
        _type = type;
        _position = 0;
    }

    public byte U8() => Take(1)[0];

    public ushort U16() => BinaryPrimitives.ReadUInt16LittleEndian(Take(2));

    public int I32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public byte[] Bytes()
    {
        int length = I32();
        if (length < 0) throw new FrameException($"{_type} frame: a negative length ({length})");
        return Take(length).ToArray();
    }

    public string String() => Encoding.UTF8.GetString(Bytes());

    public string? OptionalString() => U8() == 0 ? null : String();

    public List<byte[]> ByteStrings()
    {
        int count = I32();
        // Each string costs at least its 4-byte length, which bounds a hostile count by the payload's size.
        if (count < 0 || count > (_payload.Length - _position) / 4) throw new FrameException($"{_type} frame: a list of {count} strings does not fit");
        var values = new List<byte[]>(count);
        for (int i = 0; i < count; i++) values.Add(Bytes());
        return values;
    }

    /// <summary>Every byte was read: trailing bytes mean the peer speaks another layout.</summary>
    public void End()
    {
        if (_position != _payload.Length) throw new FrameException($"{_type} frame: {_payload.Length - _position} unexpected trailing bytes");
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _payload.Length - _position)
            throw new FrameException($"{_type} frame is truncated: {count} more bytes expected at offset {_position} of {_payload.Length}");
        var span = _payload.AsSpan(_position, count);
        _position += count;
        return span;
    }
}
