using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AwsCodegen.Runtime.JmesPath.Values;

/// <summary>Turns values back into JSON: for results, and for <c>to_string</c>.</summary>
internal static class JmesJson
{
    // Strings keep their characters ("é", "<") instead of \u escapes: results are for people (the CLI) and for
    // to_string, which other JMESPath implementations answer that way; HTML-safety is no concern here.
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonElement NullElement = Parse("null");
    private static readonly JsonElement TrueElement = Parse("true");
    private static readonly JsonElement FalseElement = Parse("false");

    public static void Write(Utf8JsonWriter writer, in JmesValue value)
    {
        if (value.IsElement)
        {
            value.Element.WriteTo(writer);
            return;
        }
        switch (value.Kind)
        {
            case JmesKind.Boolean:
                writer.WriteBooleanValue(value.GetBoolean());
                break;
            case JmesKind.Number:
                WriteNumber(writer, value.GetNumber());
                break;
            case JmesKind.String:
                writer.WriteStringValue(value.GetString());
                break;
            case JmesKind.Array:
                writer.WriteStartArray();
                foreach (JmesValue item in value.EnumerateArray()) Write(writer, item);
                writer.WriteEndArray();
                break;
            case JmesKind.Object:
                writer.WriteStartObject();
                foreach (var member in value.EnumerateObject())
                {
                    writer.WritePropertyName(member.Key);
                    Write(writer, member.Value);
                }
                writer.WriteEndObject();
                break;
            default:
                // Null, and expression references, which have no JSON form.
                writer.WriteNullValue();
                break;
        }
    }

    /// <summary>
    /// The value as a <see cref="JsonElement"/>: parts of the input are returned as they are (they live as long as
    /// the input's document); built values are written once and parsed into a document of their own.
    /// </summary>
    public static JsonElement ToElement(in JmesValue value)
    {
        if (value.IsElement) return value.Element;
        switch (value.Kind)
        {
            case JmesKind.Null:
            case JmesKind.Expression:
                return NullElement;
            case JmesKind.Boolean:
                return value.GetBoolean() ? TrueElement : FalseElement;
        }
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, Compact)) Write(writer, value);
        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        return JsonElement.ParseValue(ref reader);
    }

    /// <summary>Compact JSON text, as <c>to_string</c> returns for anything that is not a string.</summary>
    public static string ToJsonString(in JmesValue value)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(buffer, Compact)) Write(writer, value);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteNumber(Utf8JsonWriter writer, double number)
    {
        // JSON has no infinities or NaN; such results (sums overflowing double) are written as null.
        if (double.IsFinite(number)) writer.WriteNumberValue(number);
        else writer.WriteNullValue();
    }

    private static JsonElement Parse(string json)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        return JsonElement.ParseValue(ref reader);
    }

    internal static JsonElement ParseLiteral(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
