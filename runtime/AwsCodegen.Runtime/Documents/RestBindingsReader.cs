using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using AwsCodegen.Runtime.Descriptors;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime.Documents;

/// <summary>
/// The members rest-json and rest-xml outputs bind to the status line and headers, written before the body's members
/// as botocore orders them: status code, header maps and headers, in the model's order. Header text is typed by the
/// member's shape; jsonvalue headers are base64 JSON; a list in a header is comma-separated.
/// </summary>
internal static class RestBindingsReader
{
    public static void WriteNonPayloadMembers(Utf8JsonWriter writer, AwsHttpResponse response, ShapeDescriptor output, bool jsonScalars)
    {
        foreach (var member in output.Members)
        {
            switch (member.Location)
            {
                case WireLocation.StatusCode:
                    writer.WriteNumber(member.Name, response.StatusCode);
                    break;
                case WireLocation.Headers:
                    writer.WriteStartObject(member.Name);
                    // The generator always gives a header map its locationName, empty when the model has none (all headers).
                    string prefix = member.WireName;
                    foreach (var (name, value) in JoinedHeaders(response.Headers))
                        if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                            writer.WriteString(name.Substring(prefix.Length), value);
                    writer.WriteEndObject();
                    break;
                case WireLocation.Header:
                    if (Joined(response.Headers, member.WireName) is not { } text) break;
                    writer.WritePropertyName(member.Name);
                    WriteHeaderValue(writer, member, member.Shape, text, jsonScalars);
                    break;
            }
        }
    }

    private static void WriteHeaderValue(Utf8JsonWriter writer, MemberDescriptor member, ShapeDescriptor shape, string text, bool jsonScalars)
    {
        switch (shape.Type)
        {
            case ShapeType.Integer or ShapeType.Long or ShapeType.Short or ShapeType.Byte:
                ScalarText.WriteInteger(writer, text);
                break;
            case ShapeType.Float or ShapeType.Double:
                ScalarText.WriteFloat(writer, text);
                break;
            case ShapeType.Boolean:
                // rest-json folds case (ensure_boolean); rest-xml's parser compares with "true" exactly.
                if (jsonScalars) ScalarText.WriteBoolean(writer, text);
                else writer.WriteBooleanValue(text == "true");
                break;
            case ShapeType.List:
                writer.WriteStartArray();
                foreach (string item in text.Split(','))
                    WriteHeaderValue(writer, member, shape.Element!.Shape, item.Trim(), jsonScalars);
                writer.WriteEndArray();
                break;
            case ShapeType.String when (member.Flags & MemberFlags.JsonValue) != 0:
                string json;
                try
                {
                    json = Encoding.UTF8.GetString(Convert.FromBase64String(text));
                }
                catch (FormatException)
                {
                    writer.WriteStringValue(text);
                    break;
                }
                using (var document = JsonDocument.Parse(json)) document.RootElement.WriteTo(writer);
                break;
            default:
                writer.WriteStringValue(text);
                break;
        }
    }

    /// <summary>A header's value, repeated fields joined with ", " as HTTP folds them; null when absent.</summary>
    private static string? Joined(HeaderList headers, string name)
    {
        string? first = null;
        StringBuilder? all = null;
        foreach (var value in headers.GetAll(name))
        {
            if (first is null) first = value;
            else (all ??= new StringBuilder(first)).Append(", ").Append(value);
        }
        return all?.ToString() ?? first;
    }

    private static IEnumerable<(string Name, string Value)> JoinedHeaders(HeaderList headers)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in headers)
            if (seen.Add(field.Key)) yield return (field.Key, Joined(headers, field.Key)!);
    }
}
