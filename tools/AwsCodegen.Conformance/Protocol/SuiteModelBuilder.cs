using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Linq;
using System.Text.Json;

namespace AwsCodegen.Conformance.Protocol;

/// <summary>One synthetic service model: what the generator gets as a service-2.json, and the cases it serves.</summary>
public sealed record ServiceModel(int SuiteIndex, int Group, string Namespace, string Path, string Json, IReadOnlyList<ProtocolCase> Cases);

/// <summary>
/// Turns a suite into botocore-style service models. A suite's cases may give the same operation name
/// different definitions (each case carries its own "given"), while a model holds one definition per name,
/// so the cases are spread over as few models as keep every name unambiguous.
/// </summary>
public static class SuiteModelBuilder
{
    /// <param name="file">The test file.</param>
    /// <param name="queryResultWrappers">
    /// Give each query operation whose output has members the resultWrapper <c>{Operation}Result</c>, as botocore's
    /// own protocol test runner does: the suites leave it out, every real query model has it, and without it the
    /// output's members are looked for among the root's children, where they never are.
    /// </param>
    public static IReadOnlyList<ServiceModel> Build(ProtocolTestFile file, bool queryResultWrappers = false)
    {
        var models = new List<ServiceModel>();
        foreach (var suite in file.Suites) models.AddRange(Build(file.Key, suite, queryResultWrappers));
        return models;
    }

    public static IReadOnlyList<ServiceModel> Build(string fileKey, ProtocolSuite suite, bool queryResultWrappers = false)
    {
        bool wrap = queryResultWrappers && ProtocolSuiteRunner.ProtocolOf(suite.Metadata) == "query";
        // Each group maps operation name -> the canonical text of its definition.
        var groups = new List<(Dictionary<string, string> Operations, List<ProtocolCase> Cases)>();
        foreach (var testCase in suite.Cases)
        {
            if (!testCase.Data.TryGetProperty("given", out var given) || given.ValueKind != JsonValueKind.Object) continue;
            string name = testCase.OperationName;
            string definition = Canonical(given);
            var home = groups.Find(g => !g.Operations.TryGetValue(name, out var existing) || existing == definition);
            if (home.Cases is null)
            {
                home = (new Dictionary<string, string>(StringComparer.Ordinal), new List<ProtocolCase>());
                groups.Add(home);
            }
            home.Operations[name] = definition;
            home.Cases.Add(testCase);
        }

        var models = new List<ServiceModel>();
        for (int g = 0; g < groups.Count; g++)
        {
            string suffix = suite.Index.ToString(CultureInfo.InvariantCulture) + "_" + g.ToString(CultureInfo.InvariantCulture);
            string ns = "Conformance.S" + suffix;
            string serviceId = "ProtocolTestS" + suffix;
            // The path only has to be unique and end in service-2.json, which is what the generator picks up.
            string path = "/conformance/" + fileKey.Replace('/', '_') + "/s" + suffix + "/service-2.json";
            string json = WriteModel(suite, serviceId, groups[g].Cases, wrap);
            models.Add(new ServiceModel(suite.Index, g, ns, path, json, groups[g].Cases));
        }
        return models;
    }

    private static string WriteModel(ProtocolSuite suite, string serviceId, List<ProtocolCase> cases, bool wrap)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("version", "2.0");
            WriteMetadata(writer, suite.Metadata, serviceId);
            writer.WritePropertyName("operations");
            writer.WriteStartObject();
            var written = new HashSet<string>(StringComparer.Ordinal);
            foreach (var testCase in cases)
            {
                if (!written.Add(testCase.OperationName)) continue;
                writer.WritePropertyName(testCase.OperationName);
                if (wrap) WithResultWrapper(testCase.Given, suite.Shapes).WriteTo(writer);
                else testCase.Given.WriteTo(writer);
            }
            writer.WriteEndObject();
            writer.WritePropertyName("shapes");
            if (suite.Shapes.ValueKind == JsonValueKind.Object) suite.Shapes.WriteTo(writer);
            else
            {
                writer.WriteStartObject();
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The operation with <c>{Operation}Result</c> as its output's resultWrapper, when the output has members and no wrapper.</summary>
    private static System.Text.Json.Nodes.JsonNode WithResultWrapper(JsonElement given, JsonElement shapes)
    {
        var operation = System.Text.Json.Nodes.JsonNode.Parse(given.GetRawText())!;
        if (operation["output"] is System.Text.Json.Nodes.JsonObject output && output["resultWrapper"] is null &&
            output["shape"]?.GetValue<string>() is { } name && shapes.ValueKind == JsonValueKind.Object &&
            shapes.TryGetProperty(name, out var shape) && shape.TryGetProperty("members", out var members) &&
            members.EnumerateObject().Any())
        {
            output["resultWrapper"] = operation["name"]!.GetValue<string>() + "Result";
        }
        return operation;
    }

    /// <summary>
    /// The suite's metadata plus what a real model always has and the suites leave out; a suite's own values win.
    /// Models of one compilation may share a serviceId because each has its own namespace.
    /// </summary>
    private static void WriteMetadata(Utf8JsonWriter writer, JsonElement metadata, string serviceId)
    {
        var defaults = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["serviceId"] = serviceId,
            ["serviceFullName"] = "Protocol Test " + serviceId,
            ["endpointPrefix"] = "protocoltest",
            ["signingName"] = "protocoltest",
            ["signatureVersion"] = "v4",
            ["uid"] = serviceId + "-2000-01-01",
            ["apiVersion"] = "2000-01-01",
        };
        writer.WritePropertyName("metadata");
        writer.WriteStartObject();
        if (metadata.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in metadata.EnumerateObject())
            {
                property.WriteTo(writer);
                defaults.Remove(property.Name);
            }
        }
        foreach (var pair in defaults)
            writer.WriteString(pair.Key, pair.Value);
        writer.WriteEndObject();
    }

    private static string Canonical(JsonElement element)
    {
        var sb = new StringBuilder();
        AppendCanonical(sb, element);
        return sb.ToString();
    }

    /// <summary>Object members sorted by name, so that two definitions differing only in member order count as one.</summary>
    private static void AppendCanonical(StringBuilder sb, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var properties = new List<JsonProperty>(element.EnumerateObject());
                properties.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
                sb.Append('{');
                foreach (var property in properties)
                {
                    sb.Append(JsonSerializer.Serialize(property.Name)).Append(':');
                    AppendCanonical(sb, property.Value);
                    sb.Append(',');
                }
                sb.Append('}');
                break;
            case JsonValueKind.Array:
                sb.Append('[');
                foreach (var item in element.EnumerateArray())
                {
                    AppendCanonical(sb, item);
                    sb.Append(',');
                }
                sb.Append(']');
                break;
            default:
                sb.Append(element.GetRawText());
                break;
        }
    }
}
