using System;
using System.Buffers.Binary;

namespace AwsCodegen.Runtime.Checksums;

/// <summary>
/// Table-driven, reflected CRC-32 for two polynomials: IEEE 802.3 (CRC32, 0xEDB88320) and Castagnoli (CRC32C,
/// 0x82F63B78). Initial value and final XOR are all ones; the checksum is sent big-endian, base64-encoded.
/// </summary>
public sealed class Crc32
{
    private static readonly uint[] IeeeTable = BuildTable(0xEDB88320u);
    private static readonly uint[] CastagnoliTable = BuildTable(0x82F63B78u);

    private readonly uint[] _table;
    private uint _crc = 0xFFFFFFFFu;

    private Crc32(uint[] table) => _table = table;

    public static Crc32 CreateIeee() => new(IeeeTable);
    public static Crc32 CreateCastagnoli() => new(CastagnoliTable);

    public void Append(ReadOnlySpan<byte> data)
    {
        uint crc = _crc;
        var table = _table;
        foreach (byte b in data) crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        _crc = crc;
    }

    /// <summary>The CRC of everything appended so far.</summary>
    public uint Value => _crc ^ 0xFFFFFFFFu;

    /// <summary>The CRC as the 4 big-endian bytes AWS sends.</summary>
    public byte[] GetHash()
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, Value);
        return bytes;
    }

    public static uint HashIeee(ReadOnlySpan<byte> data)
    {
        var crc = CreateIeee();
        crc.Append(data);
        return crc.Value;
    }

    public static uint HashCastagnoli(ReadOnlySpan<byte> data)
    {
        var crc = CreateCastagnoli();
        crc.Append(data);
        return crc.Value;
    }

    private static uint[] BuildTable(uint polynomial)
    {
        var table = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            uint c = i;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? polynomial ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        return table;
    }
}
