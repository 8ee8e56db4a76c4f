using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace AwsCodegen.Resident.Protocol;

/// <summary>Builds a payload: little-endian integers and length-prefixed byte strings.</summary>
public sealed class PayloadWriter
{
    private readonly MemoryStream _buffer = new();

    public PayloadWriter U8(byte value)
    {
        _buffer.WriteByte(value);
        return this;
    }

    public PayloadWriter U16(ushort value)
    {
        Span<byte> bytes = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, value);
        _buffer.Write(bytes);
        return this;
    }

    public PayloadWriter I32(int value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        _buffer.Write(bytes);
        return this;
    }

    public PayloadWriter Bytes(ReadOnlySpan<byte> value)
    {
        I32(value.Length);
        _buffer.Write(value);
        return this;
    }

    public PayloadWriter String(string value) => Bytes(Encoding.UTF8.GetBytes(value));

    /// <summary>A string that may be absent: a presence byte, then the string.</summary>
    public PayloadWriter OptionalString(string? value) => value is null ? U8(0) : U8(1).String(value);

    public PayloadWriter ByteStrings(IReadOnlyList<byte[]> values)
    {
        I32(values.Count);
        foreach (var value in values) Bytes(value);
        return this;
    }

    public byte[] ToArray() => _buffer.ToArray();
}
