using System;
using System.Text.Json;
using AwsCodegen.Runtime.Descriptors;

namespace AwsCodegen.Runtime.Documents;

/// <summary>
/// Walks a JSON body with the shapes and writes the document botocore's JSON parsers would build: structures keep the
/// model's members in the model's order (looked up by their wire name), unknown keys are dropped, and a tagged union
/// naming a member the model does not know becomes <c>{"SDK_UNKNOWN_MEMBER": {"name": ...}}</c>. Scalars pass
/// through as sent (timestamps and blobs included), except where <see cref="TypedScalars"/> makes rest-json's parser
/// convert them.
/// </summary>
internal sealed class JsonShapeReader
{
    public static JsonShapeReader Rpc { get; } = new(typedScalars: false);
    public static JsonShapeReader Rest { get; } = new(typedScalars: true);

    private JsonShapeReader(bool typedScalars) => TypedScalars = typedScalars;

    /// <summary>rest-json converts numbers to their shape's type (int(), float()) and booleans from text; json does not.</summary>
    public bool TypedScalars { get; }

    /// <summary>Writes the members of <paramref name="shape"/> found in <paramref name="value"/> (an object) into the open object.</summary>
    public void WriteMembers(Utf8JsonWriter writer, ShapeDescriptor shape, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object) return;
        foreach (var member in shape.Members)
        {
            if (member.Location != WireLocation.Body) continue;
            if (!value.TryGetProperty(member.WireName, out var raw) || raw.ValueKind == JsonValueKind.Null) continue;
            writer.WritePropertyName(member.Name);
            Write(writer, member.Shape, raw);
        }
    }

    public void Write(Utf8JsonWriter writer, ShapeDescriptor shape, JsonElement value)
    {
        switch (shape.Type)
        {
            case ShapeType.Structure:
                if (value.ValueKind != JsonValueKind.Object) { value.WriteTo(writer); return; }
                if (shape.Is(ShapeFlags.Union) && UnknownUnionTag(shape, value) is { } tag)
                {
                    writer.WriteStartObject();
                    writer.WriteStartObject("SDK_UNKNOWN_MEMBER");
                    writer.WriteString("name", tag);
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                    return;
                }
                writer.WriteStartObject();
                WriteMembers(writer, shape, value);
                writer.WriteEndObject();
                return;
            case ShapeType.List:
                if (value.ValueKind != JsonValueKind.Array) { value.WriteTo(writer); return; }
                writer.WriteStartArray();
                foreach (var item in value.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Null) writer.WriteNullValue(); // lists are read as sparse
                    else Write(writer, shape.Element!.Shape, item);
                }
                writer.WriteEndArray();
                return;
            case ShapeType.Map:
                if (value.ValueKind != JsonValueKind.Object) { value.WriteTo(writer); return; }
                writer.WriteStartObject();
                foreach (var entry in value.EnumerateObject())
                {
                    writer.WritePropertyName(entry.Name);
                    if (entry.Value.ValueKind == JsonValueKind.Null) writer.WriteNullValue();
                    else Write(writer, shape.Element!.Shape, entry.Value);
                }
                writer.WriteEndObject();
                return;
            case ShapeType.Integer or ShapeType.Long or ShapeType.Short or ShapeType.Byte when TypedScalars:
                ScalarText.WriteInteger(writer, value);
                return;
            case ShapeType.Float or ShapeType.Double when TypedScalars:
                ScalarText.WriteFloat(writer, value);
                return;
            case ShapeType.Boolean when TypedScalars && value.ValueKind == JsonValueKind.String:
                writer.WriteBooleanValue(string.Equals(value.GetString(), "true", StringComparison.OrdinalIgnoreCase));
                return;
            default:
                value.WriteTo(writer);
                return;
        }
    }

    /// <summary>The one key of a union value that names no member of the model, or null.</summary>
    private static string? UnknownUnionTag(ShapeDescriptor shape, JsonElement value)
    {
        string? tag = null;
        int set = 0;
        foreach (var property in value.EnumerateObject())
        {
            if (property.Name == "__type" || property.Value.ValueKind == JsonValueKind.Null) continue;
            set++;
            tag = property.Name;
        }
        if (set != 1) return null;
        foreach (var member in shape.Members)
            if (member.WireName == tag) return null;
        return tag;
    }
}
