using System;
using System.Collections.Generic;
using System.Text;
using AwsCodegen.Runtime.Descriptors;
using AwsCodegen.Runtime.Documents;

namespace AwsCodegen.Cli.Help;

/// <summary>
/// What help says about a shape: its type name, its members as a nested tree ("Name -> (type)" and the member's
/// documentation), and the JSON and shorthand syntax examples of an argument, with aws-cli's rules for recursion
/// (a shape documented once more inside itself, then "( ... recursive ... )") and for which arguments get which example.
/// </summary>
internal static class ShapeDocs
{
    /// <summary>aws-cli's scalar types: a JSON example writes them as one value.</summary>
    public static bool IsScalar(ShapeDescriptor shape) => shape.Type is not (ShapeType.Structure or ShapeType.List or ShapeType.Map or ShapeType.Document);

    /// <summary>structure, map or list: the types shorthand syntax is about.</summary>
    private static bool IsComplex(ShapeDescriptor shape) => shape.Type is ShapeType.Structure or ShapeType.List or ShapeType.Map;

    /// <summary>The model's type name (botocore's), as the parenthesized type of an option or member.</summary>
    public static string ModelTypeName(ShapeDescriptor shape) => shape.Type switch
    {
        ShapeType.BigInteger => "bigInteger",
        ShapeType.BigDecimal => "bigDecimal",
        _ => shape.Type.ToString().ToLowerInvariant(),
    };

    /// <summary>The type help shows: JSON for a JSON header, document, streaming blob, tagged union structure, else the model's.</summary>
    public static string TypeName(MemberDescriptor? member, ShapeDescriptor shape)
    {
        if (member is not null && (member.Flags & MemberFlags.JsonValue) != 0 && member.Location == WireLocation.Header) return "JSON";
        if (shape.Type == ShapeType.Document) return "document";
        if (shape.Type == ShapeType.Blob && (shape.Is(ShapeFlags.Streaming) || (member is not null && (member.Flags & MemberFlags.Streaming) != 0))) return "streaming blob";
        if (shape.Type == ShapeType.Structure && shape.Is(ShapeFlags.Union)) return "tagged union structure";
        return ModelTypeName(shape);
    }

    /// <summary>A structure member's documentation: its own, else its shape's.</summary>
    public static string? MemberDocs(ServiceDocumentation docs, string? parentShape, MemberDescriptor member) =>
        (parentShape is null ? null : docs.Member(parentShape, member.Name)) ?? docs.Shape(member.Shape.Name);

    public static void WriteUnionNote(HelpDocument doc, int indent, ShapeDescriptor shape)
    {
        var names = new List<string>();
        foreach (var member in shape.Members) names.Add(member.Name);
        doc.Blank();
        doc.Line(indent, "NOTE:");
        doc.Wrapped(indent + HelpLayout.Step, "This is a Tagged Union structure. Only one of the following top level keys can be set: " + string.Join(", ", names) + ".");
        doc.Blank();
    }

    /// <summary>The enum values of a top-level string argument.</summary>
    public static void WriteEnums(HelpDocument doc, int indent, ShapeDescriptor shape)
    {
        if (shape.Type != ShapeType.String || shape.EnumValues.Count == 0) return;
        doc.Blank();
        doc.Line(indent, "Possible values:");
        doc.Blank();
        foreach (var value in shape.EnumValues) doc.Line(indent, "o " + value);
        doc.Blank();
    }

    /// <summary>The members of an argument's shape (structure members, a list's element, a map's key and value), nested.</summary>
    public static void WriteNested(HelpDocument doc, ServiceDocumentation docs, ShapeDescriptor shape, int indent)
    {
        var stack = new List<int> { shape.Index };
        WriteChildren(doc, docs, shape, indent, stack);
    }

    /// <summary>An output shape's members, each with its nested members (the OUTPUT section).</summary>
    public static void WriteOutput(HelpDocument doc, ServiceDocumentation docs, string? outputShapeName, ShapeDescriptor output, int indent)
    {
        var stack = new List<int>();
        foreach (var member in output.Members)
            WriteMember(doc, docs, member.Name, member, MemberDocs(docs, outputShapeName, member), indent, stack);
    }

    private static void WriteChildren(HelpDocument doc, ServiceDocumentation docs, ShapeDescriptor shape, int indent, List<int> stack)
    {
        switch (shape.Type)
        {
            case ShapeType.Structure:
                foreach (var member in shape.Members)
                    WriteMember(doc, docs, member.Name, member, MemberDocs(docs, shape.Name, member), indent, stack);
                break;
            case ShapeType.List:
                WriteMember(doc, docs, "", shape.Element!, docs.Shape(shape.Element!.Shape.Name), indent, stack);
                break;
            case ShapeType.Map:
                WriteMember(doc, docs, "key", shape.Key!, docs.Shape(shape.Key!.Shape.Name), indent, stack);
                WriteMember(doc, docs, "value", shape.Element!, docs.Shape(shape.Element!.Shape.Name), indent, stack);
                break;
        }
    }

    private static void WriteMember(HelpDocument doc, ServiceDocumentation docs, string name, MemberDescriptor member, string? text, int indent, List<int> stack)
    {
        var shape = member.Shape;
        int seen = Count(stack, shape.Index);
        if (seen > 1)
        {
            // Documented once inside itself already: say so for a structure, and stop.
            if (shape.Type == ShapeType.Structure)
            {
                doc.Line(indent, "( ... recursive ... )");
                doc.Blank();
            }
            return;
        }
        stack.Add(shape.Index);
        string type = TypeName(member, shape);
        doc.Line(indent, name.Length > 0 ? $"{name} -> ({type})" : $"({type})");
        doc.Docs(indent + HelpLayout.Step, text);
        if (shape.Type == ShapeType.Structure && shape.Is(ShapeFlags.Union)) WriteUnionNote(doc, indent + HelpLayout.Step, shape);
        doc.Blank();
        WriteChildren(doc, docs, shape, indent + HelpLayout.Step, stack);
        stack.RemoveAt(stack.Count - 1);
        doc.Blank();
    }

    private static int Count<T>(List<T> stack, T value)
    {
        int n = 0;
        foreach (var item in stack)
            if (EqualityComparer<T>.Default.Equals(item, value)) n++;
        return n;
    }

    // ---- JSON syntax ----------------------------------------------------------------------------------------------

    /// <summary>The JSON example of a shape ("JSON Syntax:"), two spaces a level, as aws-cli writes it.</summary>
    public static string JsonExample(ShapeDescriptor shape)
    {
        var writer = new ExampleWriter();
        Example(writer, shape, new List<int>());
        return writer.ToString();
    }

    /// <summary>A scalar's placeholder: "string", "A"|"B" for an enum, true|false, or the type's name.</summary>
    public static string ValueName(ShapeDescriptor shape, bool includeEnumValues = true)
    {
        if (shape.Type == ShapeType.String)
        {
            if (shape.EnumValues.Count == 0 || !includeEnumValues) return "\"string\"";
            var parts = new string[shape.EnumValues.Count];
            for (int i = 0; i < parts.Length; i++) parts[i] = "\"" + shape.EnumValues[i] + "\"";
            return string.Join("|", parts);
        }
        return shape.Type == ShapeType.Boolean ? "true|false" : ModelTypeName(shape);
    }

    private static void Example(ExampleWriter w, ShapeDescriptor shape, List<int> stack)
    {
        if (Count(stack, shape.Index) > 1)
        {
            if (shape.Type == ShapeType.Structure) w.Write("{ ... recursive ... }");
            return;
        }
        stack.Add(shape.Index);
        switch (shape.Type)
        {
            case ShapeType.List:
                w.Write("[");
                var element = shape.Element!.Shape;
                if (IsScalar(element)) w.Write(ValueName(element) + ", ...");
                else
                {
                    w.Indent();
                    w.NewLine();
                    Example(w, element, stack);
                    w.NewLine();
                    w.Write("...");
                    w.Dedent();
                    w.NewLine();
                }
                w.Write("]");
                break;
            case ShapeType.Map:
                w.Write("{");
                w.Indent();
                w.Write(ValueName(shape.Key!.Shape) + ": ");
                var value = shape.Element!.Shape;
                if (IsScalar(value)) w.Write(ValueName(value));
                else
                {
                    w.Indent();
                    Example(w, value, stack);
                    w.Dedent();
                }
                w.NewLine();
                w.Write("...");
                w.Dedent();
                w.Write("}");
                break;
            case ShapeType.Document:
                w.Write("{...}");
                break;
            case ShapeType.Structure:
                w.Write("{");
                w.Indent();
                w.NewLine();
                for (int i = 0; i < shape.Members.Count; i++)
                {
                    var member = shape.Members[i];
                    var memberShape = member.Shape;
                    w.Write("\"" + member.Name + "\": ");
                    if (IsScalar(memberShape)) w.Write(ValueName(memberShape));
                    else Example(w, memberShape, stack);
                    if (i < shape.Members.Count - 1)
                    {
                        w.Write(",");
                        w.NewLine();
                    }
                }
                w.Dedent();
                w.NewLine();
                w.Write("}");
                break;
        }
        stack.RemoveAt(stack.Count - 1);
    }

    private sealed class ExampleWriter
    {
        private readonly StringBuilder _text = new();
        private int _level;

        public void Write(string text) => _text.Append(text);
        public void Indent() => _level++;
        public void Dedent() => _level--;
        public void NewLine() => _text.Append('\n').Append(' ', 2 * _level);
        public override string ToString() => _text.ToString();
    }

    // ---- shorthand syntax -----------------------------------------------------------------------------------------

    /// <summary>A document, or lists of documents: JSON only.</summary>
    private static bool IsDocumentContainer(ShapeDescriptor shape)
    {
        while (shape.Type == ShapeType.List) shape = shape.Element!.Shape;
        return shape.Type == ShapeType.Document;
    }

    /// <summary>Shorthand applies to a structure, a map, or a list of those, without documents.</summary>
    public static bool SupportsShorthand(ShapeDescriptor shape) =>
        !IsDocumentContainer(shape) && IsComplex(shape) && (shape.Type != ShapeType.List || IsComplex(shape.Element!.Shape));

    /// <summary>
    /// A structure of one string member named Value takes its value bare (<c>--x value</c>): help shows no syntax
    /// example for it at all.
    /// </summary>
    public static bool IsBareValueStructure(ShapeDescriptor shape) =>
        shape.Type == ShapeType.Structure && shape.Members.Count == 1 && shape.Members[0].Name == "Value" && shape.Members[0].Shape.Type == ShapeType.String;

    private const int MaxShorthandDepth = 3;

    private sealed class TooComplexException : Exception { }

    /// <summary>The shorthand example of an argument, or "" when it nests too deep to write one.</summary>
    public static string ShorthandExample(ShapeDescriptor shape)
    {
        var stack = new List<string>();
        try
        {
            return shape.Type == ShapeType.List ? Shorthand(shape.Element!.Shape, stack) + " ..." : Shorthand(shape, stack);
        }
        catch (TooComplexException)
        {
            return "";
        }
    }

    private static string Shorthand(ShapeDescriptor shape, List<string> stack)
    {
        if (stack.Count > MaxShorthandDepth) throw new TooComplexException();
        switch (shape.Type)
        {
            case ShapeType.Structure:
            {
                var parts = new List<string>();
                foreach (var member in shape.Members)
                {
                    var memberShape = member.Shape;
                    if (IsDocumentContainer(memberShape)) continue;
                    if (stack.Contains(memberShape.Name))
                    {
                        parts.Add("( ... recursive ... )");
                        continue;
                    }
                    stack.Add(memberShape.Name);
                    string value = Shorthand(memberShape, stack);
                    stack.RemoveAt(stack.Count - 1);
                    parts.Add(member.Name + "=" + value);
                }
                string inner = string.Join(",", parts);
                return stack.Count == 0 ? inner : "{" + inner + "}";
            }
            case ShapeType.List:
            {
                var element = shape.Element!.Shape;
                stack.Add(element.Name);
                string item = Shorthand(element, stack);
                stack.RemoveAt(stack.Count - 1);
                return IsComplex(element) || stack.Count > 1 ? $"[{item},{item}]" : $"{item},{item}";
            }
            case ShapeType.Map:
            {
                var value = shape.Element!.Shape;
                stack.Add(value.Name);
                string item = Shorthand(value, stack);
                stack.RemoveAt(stack.Count - 1);
                string text = $"KeyName1={item},KeyName2={item}";
                var key = shape.Key!.Shape;
                if (key.EnumValues.Count > 0 && stack.Count == 0)
                {
                    var keys = new StringBuilder(text).Append("\n\nWhere valid key names are:\n");
                    foreach (var name in key.EnumValues) keys.Append("  ").Append(name).Append('\n');
                    return keys.ToString();
                }
                return stack.Count > 0 ? "{" + text + "}" : text;
            }
            default:
                return ModelTypeName(shape);
        }
    }
}
