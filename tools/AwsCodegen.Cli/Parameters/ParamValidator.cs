using System;
using System.Collections.Generic;
using System.Linq;
using AwsCodegen.Runtime.Descriptors;

namespace AwsCodegen.Cli.Parameters;

/// <summary>
/// botocore's ParamValidator on a request's values: types, required members, unknown members, unions, documents and
/// minimums (the model's <c>min</c> on a string's or list's length and on a number's value, else the implicit 1 of a
/// host-label string), every error collected, worded as botocore words them. As in botocore, <c>max</c>, patterns and
/// the minimums of maps and blobs are left to the service.
/// </summary>
public static class ParamValidator
{
    /// <summary>The report lines for <paramref name="parameters"/> against the input shape; empty when it is valid.</summary>
    public static IReadOnlyList<string> Validate(CliValue parameters, ShapeDescriptor inputShape)
    {
        var errors = new List<string>();
        Validate(parameters, inputShape, null, "", errors);
        return errors;
    }

    /// <summary>Throws botocore's ParamValidationError ("Parameter validation failed:\n...") when there are errors.</summary>
    public static void ThrowIfInvalid(CliValue parameters, ShapeDescriptor inputShape)
    {
        var errors = Validate(parameters, inputShape);
        if (errors.Count > 0)
            throw new ParameterException(ParameterErrorKind.Validation, "Parameter validation failed:\n" + string.Join("\n", errors));
    }

    private static string Name(string name) => name.Length == 0 ? "input" : name[0] == '.' ? name[1..] : name;

    private static void InvalidType(List<string> errors, string name, CliValue value, string validTypes) =>
        errors.Add($"Invalid type for parameter {Name(name)}, value: {PythonRepr.Str(value)}, type: {PythonRepr.TypeOf(value)}, valid types: {validTypes}");

    private const string Dict = "<class 'dict'>";
    private const string ListOrTuple = "<class 'list'>, <class 'tuple'>";

    private static void Validate(CliValue value, ShapeDescriptor shape, MemberDescriptor? member, string name, List<string> errors)
    {
        if (member is not null && ShapeKinds.IsJsonValueHeader(member))
        {
            if (!JsonSerializable(value))
                errors.Add($"Invalid parameter {Name(name)} must be json serializable: Object of type {PythonRepr.TypeName(value)} is not JSON serializable");
            return;
        }
        switch (shape.Type)
        {
            case ShapeType.Document: ValidateDocument(value, name, errors); return;
            case ShapeType.Structure: ValidateStructure(value, shape, name, errors); return;
            case ShapeType.List:
                if (value is not CliList list) { InvalidType(errors, name, value, ListOrTuple); return; }
                CheckLength(errors, name, list.Items.Count, shape, member);
                var element = shape.Element!.Shape;
                // A list of plain scalars is only type-checked (botocore skips constraint-free members).
                for (int i = 0; i < list.Items.Count; i++)
                    Validate(list.Items[i], element, null, $"{name}[{i}]", errors);
                return;
            case ShapeType.Map:
                if (value is not CliMap map) { InvalidType(errors, name, value, Dict); return; }
                foreach (var (key, item) in map.Entries)
                {
                    Validate(new CliString(key), shape.Key!.Shape, null, $"{name} (key: {key})", errors);
                    Validate(item, shape.Element!.Shape, null, $"{name}.{key}", errors);
                }
                return;
            case ShapeType.String:
                if (value is not CliString s) { InvalidType(errors, name, value, "<class 'str'>"); return; }
                CheckLength(errors, name, CodePoints(s.Value), shape, member);
                return;
            case ShapeType.Integer or ShapeType.Long or ShapeType.Byte or ShapeType.Short or ShapeType.BigInteger:
                if (value is not (CliInt or CliBool)) InvalidType(errors, name, value, "<class 'int'>");
                else CheckValue(errors, name, value, shape);
                return;
            case ShapeType.Float or ShapeType.Double or ShapeType.BigDecimal:
                if (value is not (CliFloat or CliInt or CliBool)) InvalidType(errors, name, value, "<class 'float'>, <class 'decimal.Decimal'>, <class 'int'>");
                else CheckValue(errors, name, value, shape);
                return;
            case ShapeType.Boolean:
                if (value is not CliBool) InvalidType(errors, name, value, "<class 'bool'>");
                return;
            case ShapeType.Blob:
                if (value is not (CliBytes or CliString)) InvalidType(errors, name, value, "<class 'bytes'>, <class 'bytearray'>, file-like object");
                return;
            case ShapeType.Timestamp:
                if (!TimestampText.IsValid(value)) InvalidType(errors, name, value, "<class 'datetime.datetime'>, timestamp-string");
                return;
        }
    }

    /// <summary>botocore's range check on a length: the model's min if it has one, else 1 for a host-label member.</summary>
    private static void CheckLength(List<string> errors, string name, int length, ShapeDescriptor shape, MemberDescriptor? member)
    {
        bool hostLabel = member is not null && (member.Flags & MemberFlags.HostLabel) != 0;
        double? least = shape.Min ?? (hostLabel ? 1 : null);
        if (least is { } bound && length < bound)
            errors.Add($"Invalid length for parameter {Name(name)}, value: {length}, valid min length: {(shape.Min is null ? "1" : MinAsPython(shape))}");
    }

    /// <summary>botocore's range check on a number (a bool is Python's int 0 or 1 there).</summary>
    private static void CheckValue(List<string> errors, string name, CliValue value, ShapeDescriptor shape)
    {
        if (shape.Min is not { } least) return;
        bool below = value switch
        {
            CliInt i => (double)i.Value < least,
            CliFloat f => f.Value < least,
            CliBool b => (b.Value ? 1 : 0) < least,
            _ => false,
        };
        if (below) errors.Add($"Invalid value for parameter {Name(name)}, value: {PythonRepr.Str(value)}, valid min value: {MinAsPython(shape)}");
    }

    /// <summary>The model's min as Python prints what json.load made of it: an int as written, a float as its repr.</summary>
    private static string MinAsPython(ShapeDescriptor shape) =>
        shape.MinText!.AsSpan().IndexOfAny('.', 'e', 'E') < 0 ? shape.MinText! : PythonRepr.Str(new CliFloat(shape.Min!.Value));

    /// <summary>Python's len() of a str: code points, so a surrogate pair counts once.</summary>
    private static int CodePoints(string text)
    {
        int count = 0;
        for (int i = 0; i < text.Length; i++, count++)
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
        return count;
    }

    private static void ValidateStructure(CliValue value, ShapeDescriptor shape, string name, List<string> errors)
    {
        if (value is not CliMap map) { InvalidType(errors, name, value, Dict); return; }
        if (shape.Is(ShapeFlags.Union))
        {
            string members = string.Join(", ", shape.Members.Select(m => m.Name));
            if (map.Count == 0) errors.Add($"Must set one of the following keys for tagged unionstructure {Name(name)}: {members}.");
            else if (map.Count > 1) errors.Add($"Invalid number of parameters set for tagged union structure {Name(name)}. Can only set one of the following keys: {members}.");
        }
        foreach (var member in shape.Members)
            if (member.IsRequired && (member.Flags & MemberFlags.IdempotencyToken) == 0 && !map.ContainsKey(member.Name))
                errors.Add($"Missing required parameter in {Name(name)}: \"{member.Name}\"");
        var known = new List<(MemberDescriptor, CliValue)>();
        foreach (var (key, item) in map.Entries)
        {
            var member = shape.Member(key);
            if (member is null)
                errors.Add($"Unknown parameter in {Name(name)}: \"{key}\", must be one of: {string.Join(", ", shape.Members.Select(m => m.Name))}");
            else known.Add((member, item));
        }
        foreach (var (member, item) in known)
            Validate(item, member.Shape, member, $"{name}.{member.Name}", errors);
    }

    private static void ValidateDocument(CliValue value, string name, List<string> errors)
    {
        switch (value)
        {
            case CliNone: return;
            case CliMap map:
                foreach (var (key, item) in map.Entries) ValidateDocument(item, key, errors);
                return;
            case CliList list:
                for (int i = 0; i < list.Items.Count; i++) ValidateDocument(list.Items[i], $"{name}[{i}]", errors);
                return;
            case CliString or CliInt or CliBool or CliFloat: return;
            default:
                errors.Add($"Invalid type for document parameter {Name(name)}, value: {PythonRepr.Str(value)}, type: {PythonRepr.TypeOf(value)}, " +
                           "valid types: <class 'str'>, <class 'int'>, <class 'bool'>, <class 'float'>, <class 'list'>, <class 'dict'>");
                return;
        }
    }

    private static bool JsonSerializable(CliValue value) => value switch
    {
        CliBytes => false,
        CliList list => list.Items.All(JsonSerializable),
        CliMap map => map.Entries.All(e => JsonSerializable(e.Value)),
        _ => true,
    };
}
