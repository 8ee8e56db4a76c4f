using System;
using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AwsCodegen.Conformance.Protocol;

/// <summary>
/// Compares CBOR bodies (smithy-rpc-v2-cbor) by meaning: both are decoded into JSON trees and compared as JSON,
/// so map order and the width an encoder picked for a number do not matter. What JSON cannot say is spelled
/// as marked objects: byte strings as {"$bytes": base64}, tags as {"$tag": n, "value": v}, undefined and
/// non-finite floats as {"$undefined": true} and {"$float": "NaN"}. No CBOR package is served here, hence this
/// small reader of RFC 8949's data model.
/// </summary>
public static class CborComparer
{
    public static string? Compare(byte[] expected, byte[] actual)
    {
        JsonNode? expectedTree, actualTree;
        try
        {
            expectedTree = Decode(expected);
        }
        catch (FormatException e)
        {
            return $"the expected body is not CBOR ({e.Message})";
        }
        try
        {
            actualTree = Decode(actual);
        }
        catch (FormatException e)
        {
            return $"expected a CBOR body, got bytes that do not decode ({e.Message}): {Convert.ToBase64String(actual)}";
        }
        var expectedElement = JsonSerializer.SerializeToElement(expectedTree);
        var actualElement = JsonSerializer.SerializeToElement(actualTree);
        return JsonTreeComparer.Compare(expectedElement, actualElement);
    }

    /// <summary>Decodes one complete CBOR data item; trailing bytes are an error.</summary>
    public static JsonNode? Decode(byte[] data)
    {
        int position = 0;
        var node = Read(data, ref position);
        if (position != data.Length) throw new FormatException($"{data.Length - position} bytes after the data item");
        return node;
    }

    private static JsonNode? Read(byte[] data, ref int position)
    {
        byte initial = Next(data, ref position);
        int major = initial >> 5, info = initial & 0x1F;
        switch (major)
        {
            case 0:
                return JsonValue.Create(ReadArgument(data, ref position, info));
            case 1:
                return JsonValue.Create(-1m - ReadArgument(data, ref position, info));
            case 2:
                return new JsonObject { ["$bytes"] = Convert.ToBase64String(ReadString(data, ref position, info, major)) };
            case 3:
                return JsonValue.Create(DecodeUtf8(ReadString(data, ref position, info, major)));
            case 4:
            {
                var array = new JsonArray();
                if (info == 31)
                    while (!AtBreak(data, ref position)) array.Add(Read(data, ref position));
                else
                    for (ulong i = 0, n = ReadArgument(data, ref position, info); i < n; i++) array.Add(Read(data, ref position));
                return array;
            }
            case 5:
            {
                var map = new JsonObject();
                if (info == 31)
                    while (!AtBreak(data, ref position)) ReadEntry(data, ref position, map);
                else
                    for (ulong i = 0, n = ReadArgument(data, ref position, info); i < n; i++) ReadEntry(data, ref position, map);
                return map;
            }
            case 6:
            {
                ulong tag = ReadArgument(data, ref position, info);
                return new JsonObject { ["$tag"] = tag, ["value"] = Read(data, ref position) };
            }
            default:
                return ReadSimple(data, ref position, info);
        }
    }

    private static void ReadEntry(byte[] data, ref int position, JsonObject map)
    {
        var key = Read(data, ref position);
        string name = key is JsonValue value && value.TryGetValue(out string? text) ? text : key?.ToJsonString() ?? "null";
        map[name] = Read(data, ref position);
    }

    private static JsonNode? ReadSimple(byte[] data, ref int position, int info)
    {
        double number;
        switch (info)
        {
            case 20: return JsonValue.Create(false);
            case 21: return JsonValue.Create(true);
            case 22: return null;
            case 23: return new JsonObject { ["$undefined"] = true };
            case 25: number = (double)BinaryPrimitives.ReadHalfBigEndian(Take(data, ref position, 2)); break;
            case 26: number = BinaryPrimitives.ReadSingleBigEndian(Take(data, ref position, 4)); break;
            case 27: number = BinaryPrimitives.ReadDoubleBigEndian(Take(data, ref position, 8)); break;
            case 31: throw new FormatException("a break where no indefinite-length item is open");
            default:
                return new JsonObject { ["$simple"] = info < 24 ? info : Next(data, ref position) };
        }
        return double.IsFinite(number)
            ? JsonValue.Create(number)
            : new JsonObject { ["$float"] = number.ToString(CultureInfo.InvariantCulture) }; // "NaN", "Infinity", "-Infinity"
    }

    /// <summary>A definite string's bytes, or an indefinite one's chunks joined.</summary>
    private static byte[] ReadString(byte[] data, ref int position, int info, int major)
    {
        if (info != 31) return Take(data, ref position, checked((int)ReadArgument(data, ref position, info))).ToArray();
        var chunks = new System.IO.MemoryStream();
        while (!AtBreak(data, ref position))
        {
            byte initial = Next(data, ref position);
            if (initial >> 5 != major || (initial & 0x1F) == 31) throw new FormatException("a bad chunk in an indefinite-length string");
            var chunk = Take(data, ref position, checked((int)ReadArgument(data, ref position, initial & 0x1F)));
            chunks.Write(chunk);
        }
        return chunks.ToArray();
    }

    private static ulong ReadArgument(byte[] data, ref int position, int info) => info switch
    {
        < 24 => (ulong)info,
        24 => Next(data, ref position),
        25 => BinaryPrimitives.ReadUInt16BigEndian(Take(data, ref position, 2)),
        26 => BinaryPrimitives.ReadUInt32BigEndian(Take(data, ref position, 4)),
        27 => BinaryPrimitives.ReadUInt64BigEndian(Take(data, ref position, 8)),
        _ => throw new FormatException($"additional information {info} is not a length or value"),
    };

    private static bool AtBreak(byte[] data, ref int position)
    {
        if (position >= data.Length) throw new FormatException("the data ends inside an indefinite-length item");
        if (data[position] != 0xFF) return false;
        position++;
        return true;
    }

    private static byte Next(byte[] data, ref int position)
    {
        if (position >= data.Length) throw new FormatException("the data ends early");
        return data[position++];
    }

    private static ReadOnlySpan<byte> Take(byte[] data, ref int position, int count)
    {
        if (count < 0 || position + count > data.Length) throw new FormatException("the data ends early");
        var span = data.AsSpan(position, count);
        position += count;
        return span;
    }

    private static string DecodeUtf8(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new FormatException("a text string that is not UTF-8: " + e.Message);
        }
    }
}
