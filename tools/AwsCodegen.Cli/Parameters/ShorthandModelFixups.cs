using AwsCodegen.Runtime.Descriptors;

namespace AwsCodegen.Cli.Parameters;

/// <summary>
/// Applies the model to a parsed shorthand value, as aws-cli's BackCompatVisitor does: a single value where the model
/// has a list becomes a one-element list, integers and floats are converted (Python's int() and float(), whose errors
/// escape as they are), "true" and "false" become booleans (other text stays text), and document types are refused.
/// </summary>
public static class ShorthandModelFixups
{
    /// <summary>Fixes up <paramref name="value"/>, the parsed value of a parameter of shape <paramref name="shape"/>, in place.</summary>
    /// <exception cref="ShorthandSyntaxException">A document type is given in shorthand.</exception>
    /// <exception cref="PythonException">A number does not convert.</exception>
    public static void Apply(CliValue value, ShapeDescriptor shape)
    {
        // The top level's parent is a throwaway dict: a top-level scalar or a non-list for a list stays as it is.
        Visit(value, shape, (_, _) => { });
    }

    private static void Visit(CliValue? value, ShapeDescriptor shape, System.Action<CliValue?, CliValue> replace)
    {
        switch (shape.Type)
        {
            case ShapeType.Structure:
                if (value is not CliMap structure) return;
                foreach (var member in shape.Members)
                {
                    var memberValue = structure.Get(member.Name);
                    if (memberValue is not null && member.Shape.Type == ShapeType.Document)
                        throw new ShorthandSyntaxException(
                            "Shorthand syntax does not support document types. Use JSON input for top-level argument to " +
                            "specify nested parameter: " + member.Name);
                    string name = member.Name;
                    Visit(memberValue, member.Shape, (_, v) => structure.Set(name, v));
                }
                return;
            case ShapeType.Document:
                if (value is not null) throw new PythonException(PythonErrorType.TypeError, "");
                return;
            case ShapeType.List:
                if (value is CliList list)
                {
                    var element = shape.Element!.Shape;
                    for (int i = 0; i < list.Items.Count; i++)
                    {
                        int index = i;
                        Visit(list.Items[i], element, (_, v) => list.Items[index] = v);
                    }
                }
                else if (value is not null) replace(value, new CliList([value]));
                return;
            case ShapeType.Map:
                if (value is not CliMap map) return;
                var valueShape = shape.Element!.Shape;
                // Snapshot the keys: replacing a value keeps its place.
                var keys = new string[map.Count];
                for (int i = 0; i < keys.Length; i++) keys[i] = map.Entries[i].Key;
                foreach (var key in keys)
                {
                    string k = key;
                    Visit(map.Get(k), valueShape, (_, v) => map.Set(k, v));
                }
                return;
            case ShapeType.Integer or ShapeType.Long:
                if (value is not null) replace(value, PythonNumbers.Int(value));
                return;
            case ShapeType.Float or ShapeType.Double:
                if (value is not null) replace(value, PythonNumbers.Float(value));
                return;
            case ShapeType.Boolean:
                if (value is null or CliBytes) return;
                if (value is not CliString text)
                    throw new PythonException(PythonErrorType.AttributeError, $"'{PythonRepr.TypeName(value)}' object has no attribute 'lower'");
                string lower = text.Value.ToLowerInvariant();
                if (lower == "true") replace(value, CliValue.True);
                else if (lower == "false") replace(value, CliValue.False);
                return;
            default:
                return;
        }
    }
}
