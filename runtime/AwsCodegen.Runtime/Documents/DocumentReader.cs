using System;
using System.Globalization;
using System.IO;
using System.Numerics;
using System.Text;
using System.Text.Json;
using AwsCodegen.Runtime.Errors;
using AwsCodegen.Runtime.Protocols;

namespace AwsCodegen.Runtime.Documents;

/// <summary>
/// Reads JSON params into typed values for the generated document bindings. Every error names the parameter path
/// (Key.id.S, Items[2]) so that a user at a shell knows what to fix.
/// </summary>
public static class DocumentReader
{
    public static void ExpectObject(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object) throw Invalid(element, path, "an object");
    }

    public static void ExpectArray(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Array) throw Invalid(element, path, "a list");
    }

    public static AwsClientException UnknownMember(string path, string name, string validNames) =>
        new($"Unknown parameter in {Describe(path)}: \"{name}\", must be one of: {validNames}");

    public static string ReadString(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        _ => throw Invalid(element, path, "a string"),
    };

    public static bool ReadBoolean(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String when bool.TryParse(element.GetString(), out bool b) => b,
        _ => throw Invalid(element, path, "a boolean"),
    };

    public static long ReadInt64(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out long value)) return value;
        if (element.ValueKind == JsonValueKind.String && long.TryParse(element.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value)) return value;
        throw Invalid(element, path, "an integer");
    }

    public static int ReadInt32(JsonElement element, string path) => (int)Range(ReadInt64(element, path), int.MinValue, int.MaxValue, element, path);
    public static short ReadInt16(JsonElement element, string path) => (short)Range(ReadInt64(element, path), short.MinValue, short.MaxValue, element, path);
    public static sbyte ReadSByte(JsonElement element, string path) => (sbyte)Range(ReadInt64(element, path), sbyte.MinValue, sbyte.MaxValue, element, path);

    public static double ReadDouble(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Number) return element.GetDouble();
        if (element.ValueKind == JsonValueKind.String)
        {
            try
            {
                return Protocols.Json.JsonWire.ParseDouble(element.GetString()!);
            }
            catch (FormatException)
            {
            }
        }
        throw Invalid(element, path, "a number");
    }

    public static decimal ReadDecimal(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out var d)) return d;
        if (element.ValueKind == JsonValueKind.String && decimal.TryParse(element.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out d)) return d;
        throw Invalid(element, path, "a decimal number");
    }

    public static BigInteger ReadBigInteger(JsonElement element, string path)
    {
        string text = element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
        if (BigInteger.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)) return value;
        throw Invalid(element, path, "an integer");
    }

    /// <summary>Epoch seconds as a number, or a timestamp string in any AWS format.</summary>
    public static DateTimeOffset ReadTimestamp(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Number) return Timestamps.FromEpochSeconds(element.GetDouble());
        if (element.ValueKind == JsonValueKind.String && Timestamps.TryParse(element.GetString()!, out var value)) return value;
        throw Invalid(element, path, "a timestamp");
    }

    public static byte[] ReadBlob(JsonElement element, DocumentOptions options, string path)
    {
        string text = ReadString(element, path);
        if (options.Blobs == BlobEncoding.Utf8Text) return Encoding.UTF8.GetBytes(text);
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw new AwsClientException($"Invalid base64 for parameter {Describe(path)}: blobs are given base64-encoded.");
        }
    }

    public static Stream ReadStream(JsonElement element, DocumentOptions options, string path) =>
        new MemoryStream(ReadBlob(element, options, path), writable: false);

    private static long Range(long value, long min, long max, JsonElement element, string path) =>
        value < min || value > max ? throw new AwsClientException($"Parameter {Describe(path)} is {element.GetRawText()}, outside {min}..{max}.") : value;

    private static AwsClientException Invalid(JsonElement element, string path, string expected)
    {
        string raw = element.GetRawText();
        if (raw.Length > 60) raw = raw.Substring(0, 57) + "...";
        return new AwsClientException($"Invalid type for parameter {Describe(path)}, value: {raw}, type: {element.ValueKind}, valid type: {expected}");
    }

    private static string Describe(string path) => path.Length == 0 ? "input" : path.TrimStart('.');
}
