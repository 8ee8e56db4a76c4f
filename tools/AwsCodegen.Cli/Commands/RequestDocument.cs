using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AwsCodegen.Cli.Engine;
using AwsCodegen.Runtime.Descriptors;

namespace AwsCodegen.Cli.Commands;

/// <summary>
/// The request document of one command: its parsed arguments as the input shape's members (model names), in the
/// model's order. Interim conversion (scalars, lists of scalars, JSON); shorthand, file:// and --cli-input-json come
/// with the parameters layer.
/// </summary>
internal static class RequestDocument
{
    public static JsonObject Build(OperationArguments arguments, ParsedArguments parsed, CommandContext context)
    {
        var request = new JsonObject();
        foreach (var member in arguments.Operation.Input.Members)
        {
            if (parsed.Flags.TryGetValue(member, out bool flag)) request[member.Name] = flag;
            else if (parsed.Values.TryGetValue(member, out var values)) request[member.Name] = Convert(member, values);
        }
        return request;
    }

    private static JsonNode? Convert(MemberDescriptor member, List<string> values)
    {
        var shape = member.Shape;
        string cliName = "--" + member.CliName;
        if (shape.Type == ShapeType.List && shape.Element!.Shape.IsScalar && !(values.Count == 1 && values[0].TrimStart().StartsWith('[')))
        {
            var list = new JsonArray();
            foreach (var value in values) list.Add(Scalar(shape.Element.Shape, value, cliName));
            return list;
        }
        string text = values[0];
        if (shape.IsScalar) return Scalar(shape, text, cliName);
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException e)
        {
            throw CliException.Parameter($"Error parsing parameter '{cliName}': Invalid JSON: {e.Message}\nJSON received: {text}", e);
        }
    }

    private static JsonNode? Scalar(ShapeDescriptor shape, string text, string cliName)
    {
        switch (shape.Type)
        {
            case ShapeType.Integer or ShapeType.Long or ShapeType.Short or ShapeType.Byte or ShapeType.BigInteger:
                return long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long number)
                    ? number : throw CliException.Parameter($"Error parsing parameter '{cliName}': invalid literal for int() with base 10: '{text}'");
            case ShapeType.Float or ShapeType.Double or ShapeType.BigDecimal:
                return double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double real)
                    ? real : throw CliException.Parameter($"Error parsing parameter '{cliName}': could not convert string to float: '{text}'");
            case ShapeType.Boolean:
                return text.Trim().ToLowerInvariant() switch
                {
                    "true" => true,
                    "false" => false,
                    _ => throw CliException.Parameter($"Error parsing parameter '{cliName}': expected true or false, received: '{text}'"),
                };
            default:
                return text;
        }
    }
}
