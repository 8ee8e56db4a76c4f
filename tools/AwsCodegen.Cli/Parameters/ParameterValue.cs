using System;
using System.Collections.Generic;
using AwsCodegen.Runtime.Descriptors;

namespace AwsCodegen.Cli.Parameters;

/// <summary>
/// One <c>--param</c>'s raw tokens to its value, as aws-cli 1.x unpacks it: argparse's type conversion (long, float,
/// double), <c>file://</c> and <c>fileb://</c> loading (load-cli-arg), shorthand (process-cli-arg), then
/// unpack_cli_arg's JSON, scalars and lists. The value keeps Python's types (see <see cref="CliValue"/>) until the
/// request document is written.
/// </summary>
public static class ParameterValue
{
    /// <summary>Unpacks one parameter.</summary>
    /// <param name="operation">The operation (its service and command names select aws-cli's special cases).</param>
    /// <param name="member">The input member the parameter sets.</param>
    /// <param name="tokens">
    /// The values after the flag: one for a scalar or a structure, any number for a list, none for a boolean flag.
    /// </param>
    /// <param name="negated">A boolean given by its --no- flag.</param>
    /// <exception cref="ParameterException">The value does not parse; the message is aws-cli's.</exception>
    public static CliValue Unpack(OperationDescriptor operation, MemberDescriptor member, IReadOnlyList<string> tokens,
        ParameterContext context, bool negated = false)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(tokens);
        string cliName = "--" + (member.CliName ?? member.Name);
        var shape = member.Shape;
        try
        {
            if (shape.Type == ShapeType.Boolean && (tokens.Count == 0 || negated))
                return CliValue.Bool(!negated);
            CliValue value = FromArgparse(shape, tokens, cliName);
            value = LoadFile(operation, member, value, context, cliName);
            if (ShouldParseAsShorthand(shape, value))
                return Shorthand(operation, member, value, context, cliName);
            return Unpack(member, shape, value, cliName, context, topLevel: true);
        }
        catch (PythonException e)
        {
            throw ParameterException.Other(e.Message);
        }
        catch (ResourceLoadingException e)
        {
            throw ParameterException.Other(e.Message);
        }
    }

    /// <summary>What argparse hands aws-cli: a list of strings for a list, else one value converted by the argument's type.</summary>
    private static CliValue FromArgparse(ShapeDescriptor shape, IReadOnlyList<string> tokens, string cliName)
    {
        if (shape.Type == ShapeType.List)
        {
            var list = new CliList();
            foreach (var token in tokens) list.Items.Add(new CliString(token));
            return list;
        }
        if (tokens.Count != 1)
            throw ParameterException.Argument($"argument {cliName}: expected one argument");
        string text = tokens[0];
        switch (shape.Type)
        {
            case ShapeType.Long:
                return PythonNumbers.TryParseInt(text, out var i) ? new CliInt(i)
                    : throw ParameterException.Argument($"argument {cliName}: invalid int value: {PythonRepr.ReprString(text)}");
            case ShapeType.Float or ShapeType.Double:
                return PythonNumbers.TryParseFloat(text, out var d) ? new CliFloat(d)
                    : throw ParameterException.Argument($"argument {cliName}: invalid float value: {PythonRepr.ReprString(text)}");
            default:
                return new CliString(text);
        }
    }

    /// <summary>aws-cli's URIArgumentHandler: a lone value naming a file is replaced by the file's contents.</summary>
    private static CliValue LoadFile(OperationDescriptor operation, MemberDescriptor member, CliValue value, ParameterContext context, string cliName)
    {
        if (ShapeKinds.IsStreaming(member)) return value;
        if (ParamFileDisabled.Contains(operation.Service.ServiceName, operation.CliName, member.CliName ?? member.Name)) return value;
        var single = value is CliList { Items.Count: 1 } list ? list.Items[0] : value;
        if (single is not CliString text) return value;
        try
        {
            return ParameterFiles.TryLoad(text.Value, context) ?? value;
        }
        catch (ResourceLoadingException e)
        {
            throw ParameterException.Parsing(cliName, e.Message);
        }
    }

    private static bool ShouldParseAsShorthand(ShapeDescriptor shape, CliValue value)
    {
        var check = value is CliList { Items.Count: > 0 } list ? list.Items[0] : value;
        if (check is CliString text && PythonText.Strip(text.Value) is { Length: > 0 } stripped && stripped[0] is '[' or '{')
            return false;
        return ShapeKinds.SupportsShorthand(shape);
    }

    private static CliValue Shorthand(OperationDescriptor operation, MemberDescriptor member, CliValue value, ParameterContext context, string cliName)
    {
        var shape = member.Shape;
        if (OldListCase(operation, member) && shape.Element!.Shape.Members[0].Name is var keyName)
        {
            var result = new CliList();
            foreach (var item in Iterate(value))
            {
                var entry = new CliMap();
                entry.Set(keyName, item);
                result.Items.Add(entry);
            }
            return result;
        }
        if (shape.Type == ShapeType.Structure && shape.Members.Count == 1 && shape.Members[0].Name == "Value"
            && shape.Members[0].Shape.Type == ShapeType.String && value is CliString s && !s.Value.Contains('='))
        {
            var result = new CliMap();
            result.Set("Value", value);
            return result;
        }
        var parser = new ShorthandParser(text => ParameterFiles.TryLoad(text, context));
        try
        {
            CliValue parsed;
            if (value is CliList list)
            {
                var items = new CliList();
                foreach (var item in list.Items) items.Items.Add(parser.Parse(((CliString)item).Value));
                parsed = items;
            }
            else if (value is CliString text) parsed = parser.Parse(text.Value);
            else throw new PythonException(PythonErrorType.TypeError, "expected string or bytes-like object, got '" + PythonRepr.TypeName(value) + "'");
            ShorthandModelFixups.Apply(parsed, shape);
            return parsed;
        }
        catch (ShorthandSyntaxException e)
        {
            throw ParameterException.Parsing(cliName, e.Message);
        }
    }

    /// <summary>Lists of one-member structures that aws-cli still takes as bare values (--instances i-1 i-2).</summary>
    private static bool OldListCase(OperationDescriptor operation, MemberDescriptor member)
    {
        var shape = member.Shape;
        if (shape.Type != ShapeType.List || shape.Element!.Shape is not { Type: ShapeType.Structure, Members.Count: 1 }) return false;
        string key = operation.Service.ServiceName + " " + operation.CliName + " " + member.CliName;
        return key is "firehose put-record-batch records"
            or "workspaces reboot-workspaces reboot-workspace-requests"
            or "workspaces rebuild-workspaces rebuild-workspace-requests"
            or "workspaces terminate-workspaces terminate-workspace-requests";
    }

    /// <summary>Python's iteration of a value: a list's items, a string's characters.</summary>
    private static IEnumerable<CliValue> Iterate(CliValue value)
    {
        if (value is CliList list)
        {
            foreach (var item in list.Items) yield return item;
        }
        else if (value is CliString s)
        {
            foreach (var rune in s.Value.EnumerateRunes()) yield return new CliString(rune.ToString());
        }
        else if (value is CliBytes b)
        {
            foreach (var octet in b.Value) yield return new CliInt(octet);
        }
        else throw new PythonException(PythonErrorType.TypeError, $"'{PythonRepr.TypeName(value)}' object is not iterable");
    }

    /// <summary>aws-cli's _unpack_cli_arg.</summary>
    private static CliValue Unpack(MemberDescriptor? member, ShapeDescriptor shape, CliValue value, string cliName, ParameterContext context, bool topLevel)
    {
        if ((member is not null && ShapeKinds.IsJsonValueHeader(member)) || shape.Type == ShapeType.Document)
            return Json(value, cliName);
        if (ShapeKinds.IsCliScalar(shape.Type))
            return Scalar(member, shape, value, cliName, context);
        switch (shape.Type)
        {
            case ShapeType.Structure or ShapeType.Map:
                if (FirstNonSpace(value) == '{') return Json(value, cliName);
                throw ParameterException.Parsing(cliName, "Invalid JSON:\n" + PythonRepr.Str(value));
            case ShapeType.List:
                if (value is CliString)
                {
                    if (FirstNonSpace(value) == '[') return Json(value, cliName);
                }
                else if (value is CliList { Items.Count: 1 } one && one.Items[0] is CliString single
                         && PythonText.Strip(single.Value) is { Length: > 0 } stripped && stripped[0] == '[')
                    return Json(single, cliName);
                var element = shape.Element!;
                var result = new CliList();
                try
                {
                    foreach (var item in Iterate(value))
                        result.Items.Add(Unpack(null, element.Shape, item, cliName, context, topLevel: false));
                }
                catch (PythonException e) when (e.IsValueOrTypeError)
                {
                    throw ParameterException.Parsing(cliName, FirstItemText(value));
                }
                return result;
            default:
                return new CliString(PythonRepr.Str(value));
        }
    }

    private static string FirstItemText(CliValue value) => value switch
    {
        CliList { Items.Count: > 0 } list => PythonRepr.Str(list.Items[0]),
        CliString { Value.Length: > 0 } s => char.IsSurrogate(s.Value[0]) && s.Value.Length > 1 ? s.Value[..2] : s.Value[..1],
        _ => throw new PythonException(PythonErrorType.IndexError, "list index out of range"),
    };

    /// <summary><c>value.lstrip()[0]</c>, with Python's IndexError on an empty string.</summary>
    private static char FirstNonSpace(CliValue value)
    {
        string text = value switch
        {
            CliString s => s.Value,
            CliBytes b => System.Text.Encoding.Latin1.GetString(b.Value),
            _ => throw new PythonException(PythonErrorType.AttributeError, $"'{PythonRepr.TypeName(value)}' object has no attribute 'lstrip'"),
        };
        string stripped = PythonText.LStrip(text);
        if (stripped.Length == 0) throw new PythonException(PythonErrorType.IndexError, "string index out of range");
        return value is CliBytes ? '\0' : stripped[0];
    }

    private static CliValue Json(CliValue value, string cliName)
    {
        string text = value switch
        {
            CliString s => s.Value,
            CliBytes b => System.Text.Encoding.UTF8.GetString(b.Value),
            _ => throw new PythonException(PythonErrorType.TypeError, $"the JSON object must be str, bytes or bytearray, not {PythonRepr.TypeName(value)}"),
        };
        try
        {
            return PythonJson.Parse(text, ordered: true);
        }
        catch (PythonJsonException e)
        {
            throw ParameterException.Parsing(cliName, "Invalid JSON: " + e.Message + "\nJSON received: " + PythonRepr.Str(value));
        }
    }

    /// <summary>aws-cli's unpack_scalar_cli_arg.</summary>
    private static CliValue Scalar(MemberDescriptor? member, ShapeDescriptor shape, CliValue value, string cliName, ParameterContext context)
    {
        switch (shape.Type)
        {
            case ShapeType.Integer or ShapeType.Long:
                return PythonNumbers.Int(value);
            case ShapeType.Float or ShapeType.Double:
                return PythonNumbers.Float(value);
            case ShapeType.Blob when member is not null && ShapeKinds.IsStreaming(member):
                string path = ParameterFiles.ExpandPath(PythonRepr.Str(value), context);
                if (!context.Files.IsFile(ParameterFiles.FullPath(path, context)))
                    throw ParameterException.Parsing(cliName, "Blob values must be a path to a file.");
                return new CliString(ParameterFiles.FullPath(path, context));
            case ShapeType.Boolean:
                if (value is CliString s && s.Value.ToLowerInvariant() == "false") return CliValue.False;
                return CliValue.Bool(Truthy(value));
            default:
                return value;
        }
    }

    private static bool Truthy(CliValue value) => value switch
    {
        CliString s => s.Value.Length > 0,
        CliBytes b => b.Value.Length > 0,
        CliBool b => b.Value,
        CliInt i => !i.Value.IsZero,
        CliFloat f => f.Value != 0,
        CliList l => l.Items.Count > 0,
        CliMap m => m.Count > 0,
        _ => false,
    };
}
