using System.Collections.Generic;
using System.Text.Json;

namespace AwsCodegen.Runtime.Endpoints;

/// <summary>
/// Small readers shared by the rule-set and partitions parsers, each failing with a message that says where: a string,
/// or a <see cref="RulePath"/>, which is spelled out only when there is an error to report.
/// </summary>
internal static class RuleSetJson
{
    public static JsonElement Required(JsonElement element, string name, object where)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
            throw new EndpointRuleSetFormatException($"{where}: '{name}' is missing");
        return value;
    }

    public static string RequiredString(JsonElement element, string name, object where)
    {
        var value = Required(element, name, where);
        return value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new EndpointRuleSetFormatException($"{where}: '{name}' is not a string");
    }

    public static string? OptionalString(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>A JSON value as it is, with no templates: partitions' outputs, parameter defaults.</summary>
    public static EndpointValue ToValue(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return EndpointValue.FromString(element.GetString()!);
            case JsonValueKind.True:
                return EndpointValue.True;
            case JsonValueKind.False:
                return EndpointValue.False;
            case JsonValueKind.Number:
                return EndpointValue.FromNumber(element.GetDouble());
            case JsonValueKind.Array:
                var items = new List<EndpointValue>();
                foreach (var item in element.EnumerateArray()) items.Add(ToValue(item));
                return EndpointValue.FromArray(items.ToArray());
            case JsonValueKind.Object:
                var members = new Dictionary<string, EndpointValue>(System.StringComparer.Ordinal);
                foreach (var member in element.EnumerateObject()) members[member.Name] = ToValue(member.Value);
                return EndpointValue.FromRecord(members);
            default:
                return EndpointValue.None;
        }
    }
}
