using System;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime.Protocols.Json;

/// <summary>
/// The small helpers generated JSON codecs call. They hold the JSON rules of the AWS protocols (how doubles, timestamps
/// and blobs are spelled) so that generated code only says which member goes where.
/// </summary>
public static class JsonWire
{
    private static readonly byte[] EmptyObjectBytes = "{}"u8.ToArray();

    /// <summary>
    /// Serializes a value with a generated writer into request content. The JSON is written into a pooled buffer by a
    /// writer kept per thread (<see cref="JsonScratch"/>) and copied once into an array of exactly its size, so a body
    /// costs its own bytes: a fresh ArrayBufferWriter and Utf8JsonWriter per request allocated about twice that.
    /// </summary>
    public static RequestContent Serialize<T>(T value, Action<Utf8JsonWriter, T> write, string contentType)
    {
        var scratch = JsonScratch.Take();
        try
        {
            write(scratch.Writer, value);
            scratch.Writer.Flush();
            return RequestContent.FromBytes(scratch.Buffer.ToArray(), contentType);
        }
        finally
        {
            JsonScratch.Give(scratch);
        }
    }

    /// <summary>An empty JSON object, the body of an operation whose payload member is unset (one shared, read-only array).</summary>
    public static RequestContent EmptyObject(string contentType) => RequestContent.FromBytes(EmptyObjectBytes, contentType);

    public static RequestContent SerializeDocument(JsonElement value, string contentType) =>
        Serialize(value, static (w, v) => v.WriteTo(w), contentType);

    /// <summary>A reader over a buffered body, positioned on its first token (None when the body is empty).</summary>
    public static Utf8JsonReader CreateReader(ReadOnlyMemory<byte> body)
    {
        var reader = new Utf8JsonReader(body.Span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        // An empty (or all-whitespace) body is "no members", not malformed JSON.
        if (body.Span.Trim(" \t\r\n"u8).IsEmpty) return reader;
        reader.Read();
        return reader;
    }

    public static void ExpectStartObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException($"Expected a JSON object but found {reader.TokenType} at byte {reader.TokenStartIndex}.");
    }

    public static void ExpectStartArray(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
            throw new JsonException($"Expected a JSON array but found {reader.TokenType} at byte {reader.TokenStartIndex}.");
    }

    /// <summary>Advances to the next property name of the current object; false at its end.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>Advances to the next non-null item of the current array; false at its end.</summary>
    public static bool NextItem(ref Utf8JsonReader reader)
    {
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndArray) return false;
            if (reader.TokenType != JsonTokenType.Null) return true;
        }
        return false;
    }

    /// <summary>Moves from a property name to its value; false (value consumed) when the value is null.</summary>
    public static bool MoveToValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType != JsonTokenType.Null;
    }

    /// <summary>Skips the value of the current property (an unknown member: services add members over time).</summary>
    public static void SkipValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }

    public static string ReadString(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString()!,
        JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
        _ => throw new JsonException($"Expected a string but found {reader.TokenType}."),
    };

    public static bool ReadBoolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.String => bool.Parse(reader.GetString()!),
        _ => throw new JsonException($"Expected a boolean but found {reader.TokenType}."),
    };

    public static long ReadInt64(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out long value)) return value;
        if (reader.TokenType == JsonTokenType.String && long.TryParse(reader.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value)) return value;
        throw new JsonException($"Expected an integer but found {reader.TokenType}.");
    }

    public static int ReadInt32(ref Utf8JsonReader reader) => checked((int)ReadInt64(ref reader));
    public static short ReadInt16(ref Utf8JsonReader reader) => checked((short)ReadInt64(ref reader));
    public static sbyte ReadSByte(ref Utf8JsonReader reader) => checked((sbyte)ReadInt64(ref reader));

    /// <summary>Numbers, or the strings "NaN", "Infinity" and "-Infinity" that AWS uses for non-finite values.</summary>
    public static double ReadDouble(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Number => reader.GetDouble(),
        JsonTokenType.String => ParseDouble(reader.GetString()!),
        _ => throw new JsonException($"Expected a number but found {reader.TokenType}."),
    };

    public static decimal ReadDecimal(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? decimal.Parse(reader.GetString()!, CultureInfo.InvariantCulture) : reader.GetDecimal();

    public static BigInteger ReadBigInteger(ref Utf8JsonReader reader) =>
        BigInteger.Parse(reader.TokenType == JsonTokenType.String ? reader.GetString()! : System.Text.Encoding.UTF8.GetString(reader.ValueSpan), CultureInfo.InvariantCulture);

    public static byte[] ReadBlob(ref Utf8JsonReader reader) => reader.GetBytesFromBase64();

    /// <summary>Epoch seconds as a number, or any timestamp format as a string.</summary>
    public static DateTimeOffset ReadTimestamp(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Number => Timestamps.FromEpochSeconds(reader.GetDouble()),
        JsonTokenType.String => Timestamps.Parse(reader.GetString()!),
        _ => throw new JsonException($"Expected a timestamp but found {reader.TokenType}."),
    };

    public static double ParseDouble(string text) => text switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    public static void WriteDouble(Utf8JsonWriter writer, double value)
    {
        if (double.IsNaN(value)) writer.WriteStringValue("NaN");
        else if (double.IsPositiveInfinity(value)) writer.WriteStringValue("Infinity");
        else if (double.IsNegativeInfinity(value)) writer.WriteStringValue("-Infinity");
        else writer.WriteNumberValue(value);
    }

    public static void WriteDouble(Utf8JsonWriter writer, float value)
    {
        if (float.IsFinite(value)) writer.WriteNumberValue(value);
        else WriteDouble(writer, (double)value);
    }

    public static void WriteBigInteger(Utf8JsonWriter writer, BigInteger value) =>
        writer.WriteRawValue(value.ToString(CultureInfo.InvariantCulture), skipInputValidation: true);

    public static void WriteTimestamp(Utf8JsonWriter writer, DateTimeOffset value, TimestampFormat format)
    {
        if (format is TimestampFormat.EpochSeconds or TimestampFormat.Default)
            writer.WriteRawValue(Timestamps.FormatEpochSeconds(value), skipInputValidation: true);
        else
            writer.WriteStringValue(Timestamps.Format(value, format));
    }

    /// <summary>A string member marked jsonvalue holds JSON text; in a body it is written as that JSON.</summary>
    public static void WriteJsonValueString(Utf8JsonWriter writer, string json) => writer.WriteStringValue(json);
}
