using System;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AwsCodegen.Cli.Commands;

/// <summary>
/// Reading and setting a dotted path (<c>Contents</c>, <c>DistributionList.Items</c>) in a mutable document: what
/// paginators' result keys are, and what botocore's set_value_from_jmespath handles.
/// </summary>
internal static class JsonPaths
{
    public static JsonNode? Get(JsonObject root, string path)
    {
        JsonNode? current = root;
        foreach (var part in path.Split('.'))
        {
            if (current is not JsonObject obj || !obj.TryGetPropertyValue(part, out current)) return null;
        }
        return current;
    }

    /// <summary>Sets the value, creating the objects on the way; an existing key keeps its place.</summary>
    public static void Set(JsonObject root, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var current = root;
        for (int i = 0; i < parts.Length - 1; i++)
        {
            if (current[parts[i]] is not JsonObject next)
            {
                next = new JsonObject();
                current[parts[i]] = next;
            }
            current = next;
        }
        current[parts[^1]] = value;
    }

    /// <summary>A detached copy of a value read from a response document (null stays null).</summary>
    public static JsonNode? Copy(JsonElement value) =>
        value.ValueKind switch
        {
            JsonValueKind.Object => JsonObject.Create(value.Clone()),
            JsonValueKind.Array => JsonArray.Create(value.Clone()),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => JsonValue.Create(value.Clone()),
        };

    public static JsonDocument ToDocument(JsonNode? node)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            if (node is null) writer.WriteNullValue();
            else node.WriteTo(writer);
        }
        return JsonDocument.Parse(buffer.WrittenMemory);
    }

    public static bool IsNumber(JsonNode node, out decimal value)
    {
        value = 0;
        return node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && decimal.TryParse(v.ToJsonString(),
            System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out value);
    }

    public static string Text(JsonNode? node) => node is null ? "" : node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();

    public static JsonNode? DeepClone(JsonNode? node) => node?.DeepClone();

    public static bool IsEmptyObject(JsonNode? node) => node is JsonObject { Count: 0 };

    public static readonly StringComparer Ordinal = StringComparer.Ordinal;
}
