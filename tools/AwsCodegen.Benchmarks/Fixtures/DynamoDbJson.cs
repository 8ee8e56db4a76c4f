using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace AwsCodegen.Benchmarks.Fixtures;

/// <summary>A DynamoDB Query response body, as the service writes it, for <see cref="SampleItems"/>.</summary>
public static class DynamoDbJson
{
    public static byte[] QueryResponse(List<Dictionary<string, object>> items)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("Count", items.Count);
            writer.WriteStartArray("Items");
            foreach (var item in items) WriteItem(writer, item);
            writer.WriteEndArray();
            writer.WritePropertyName("LastEvaluatedKey");
            WriteItem(writer, new Dictionary<string, object> { ["pk"] = items[^1]["pk"], ["sk"] = items[^1]["sk"] });
            writer.WriteNumber("ScannedCount", items.Count);
            writer.WriteStartObject("ConsumedCapacity");
            writer.WriteString("TableName", "bench");
            writer.WriteNumber("CapacityUnits", 12.5);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static void WriteItem(Utf8JsonWriter writer, Dictionary<string, object> item)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in item)
        {
            writer.WritePropertyName(name);
            WriteValue(writer, value);
        }
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object value)
    {
        writer.WriteStartObject();
        switch (value)
        {
            case string s:
                writer.WriteString("S", s);
                break;
            case bool b:
                writer.WriteBoolean("BOOL", b);
                break;
            case string[] set:
                writer.WriteStartArray("SS");
                foreach (var s in set) writer.WriteStringValue(s);
                writer.WriteEndArray();
                break;
            case Dictionary<string, object> map:
                writer.WritePropertyName("M");
                WriteItem(writer, map);
                break;
            case object[] list:
                writer.WriteStartArray("L");
                foreach (var element in list) WriteValue(writer, element);
                writer.WriteEndArray();
                break;
            default:
                writer.WriteString("N", SampleItems.NumberText(value));
                break;
        }
        writer.WriteEndObject();
    }
}
