using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AwsCodegen.Runtime.Descriptors;
using AwsCodegen.Runtime.Documents;

namespace AwsCodegen.Cli.Parameters;

/// <summary>
/// Writes validated values as the request document the runtime's document calls read (DocumentOptions.Cli): members
/// in the model's order, blobs as base64 (a text value's UTF-8 bytes, as aws-cli 1.x sends it, or the text itself when
/// blobs are read as base64), timestamps as given (ISO 8601 text or epoch seconds), documents as JSON.
/// </summary>
public static class RequestDocumentWriter
{
    public static void Write(Utf8JsonWriter writer, CliValue value, ShapeDescriptor shape, BlobInput blobs = BlobInput.Raw)
    {
        switch (shape.Type)
        {
            case ShapeType.Structure when value is CliMap map:
                writer.WriteStartObject();
                foreach (var member in shape.Members)
                {
                    if (map.Get(member.Name) is not { } item) continue;
                    writer.WritePropertyName(member.Name);
                    Write(writer, item, member.Shape, blobs);
                }
                writer.WriteEndObject();
                return;
            case ShapeType.List when value is CliList list:
                writer.WriteStartArray();
                foreach (var item in list.Items) Write(writer, item, shape.Element!.Shape, blobs);
                writer.WriteEndArray();
                return;
            case ShapeType.Map when value is CliMap map:
                writer.WriteStartObject();
                foreach (var (key, item) in map.Entries)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item, shape.Element!.Shape, blobs);
                }
                writer.WriteEndObject();
                return;
            case ShapeType.Blob:
                switch (value)
                {
                    case CliBytes bytes: writer.WriteBase64StringValue(bytes.Value); return;
                    case CliString text when blobs == BlobInput.Base64: writer.WriteStringValue(text.Value); return;
                    case CliString text: writer.WriteBase64StringValue(Encoding.UTF8.GetBytes(text.Value)); return;
                }
                break;
            case ShapeType.Integer or ShapeType.Long or ShapeType.Byte or ShapeType.Short or ShapeType.BigInteger when value is CliBool b:
                writer.WriteNumberValue(b.Value ? 1 : 0);
                return;
        }
        WritePlain(writer, value);
    }

    /// <summary>A value as JSON, without a shape (documents, and values whose shape does not apply).</summary>
    public static void WritePlain(Utf8JsonWriter writer, CliValue value)
    {
        switch (value)
        {
            case CliString s: writer.WriteStringValue(s.Value); break;
            case CliBytes b: writer.WriteBase64StringValue(b.Value); break;
            case CliInt i: writer.WriteRawValue(i.Value.ToString(CultureInfo.InvariantCulture), skipInputValidation: true); break;
            case CliFloat f:
                if (double.IsNaN(f.Value)) writer.WriteStringValue("NaN");
                else if (double.IsInfinity(f.Value)) writer.WriteStringValue(f.Value > 0 ? "Infinity" : "-Infinity");
                else writer.WriteRawValue(PythonFloat.Format(f.Value), skipInputValidation: true);
                break;
            case CliBool b: writer.WriteBooleanValue(b.Value); break;
            case CliList list:
                writer.WriteStartArray();
                foreach (var item in list.Items) WritePlain(writer, item);
                writer.WriteEndArray();
                break;
            case CliMap map:
                writer.WriteStartObject();
                foreach (var (key, item) in map.Entries)
                {
                    writer.WritePropertyName(key);
                    WritePlain(writer, item);
                }
                writer.WriteEndObject();
                break;
            default: writer.WriteNullValue(); break;
        }
    }

    /// <summary>A value as compact JSON text with Python's spelling of numbers (for tests and debugging).</summary>
    public static string ToJson(CliValue value)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            WritePlain(writer, value);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
