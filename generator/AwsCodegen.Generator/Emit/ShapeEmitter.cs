using AwsCodegen.Generator.Model;
using AwsCodegen.Generator.Naming;

namespace AwsCodegen.Generator.Emit;

/// <summary>Emits the shape types: a class per structure, a string-backed struct per enum, and the request and response types.</summary>
internal static class ShapeEmitter
{
    public static string Emit(ServiceSpec spec)
    {
        var w = Header.Begin(spec);
        foreach (var shape in spec.Shapes)
        {
            switch (shape)
            {
                case { Kind: ShapeKind.Structure, Role: not ShapeRole.Error }:
                    EmitStructure(w, spec, shape);
                    w.Line();
                    break;
                case { Kind: ShapeKind.Enum }:
                    EmitEnum(w, spec, shape);
                    w.Line();
                    break;
            }
        }
        return w.ToString();
    }

    private static void EmitStructure(SourceWriter w, ServiceSpec spec, ShapeSpec shape)
    {
        string baseType = shape.Role switch
        {
            ShapeRole.Request => " : " + TypeNames.Runtime + ".AwsRequest",
            ShapeRole.Response => " : " + TypeNames.Runtime + ".AwsResponse",
            _ => "",
        };
        w.Summary(shape.Documentation);
        using (w.Block($"{TypeNames.Accessibility(spec)} sealed partial class {shape.TypeName}{baseType}"))
        {
            foreach (var member in shape.Members) EmitProperty(w, spec, member);
        }
    }

    public static void EmitProperty(SourceWriter w, ServiceSpec spec, MemberSpec member)
    {
        w.Summary(member.Documentation);
        if (member.Deprecated) w.Line("[global::System.Obsolete(\"Deprecated by the service.\")]");
        w.Line($"public {TypeNames.Property(spec, member)} {member.PropertyName} {{ get; set; }}");
    }

    private static void EmitEnum(SourceWriter w, ServiceSpec spec, ShapeSpec shape)
    {
        string t = shape.TypeName;
        w.Summary(shape.Documentation);
        w.Line("/// <remarks>Extensible: a value the service adds later round-trips unchanged.</remarks>");
        w.Line("[global::System.Diagnostics.DebuggerDisplay(\"{Value}\")]");
        using (w.Block($"{TypeNames.Accessibility(spec)} readonly partial struct {t} : global::System.IEquatable<{t}>"))
        {
            w.Line("private readonly string? _value;");
            w.Line();
            w.Line($"public {t}(string value) => _value = value ?? throw new global::System.ArgumentNullException(nameof(value));");
            w.Line();
            w.Line("/// <summary>The value as the service spells it.</summary>");
            w.Line("public string Value => _value ?? \"\";");
            w.Line();
            foreach (var value in shape.EnumValues)
                w.Line($"public static {t} {value.PropertyName} {{ get; }} = new({CSharpNames.Literal(value.Value)});");
            w.Line();
            w.Line("/// <summary>The values the model knows of.</summary>");
            w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{t}> Values {{ get; }} = new {t}[] {{ {string.Join(", ", System.Linq.Enumerable.Select(shape.EnumValues, v => v.PropertyName))} }};");
            w.Line();
            w.Line($$"""
                public static implicit operator {{t}}(string value) => new(value);
                public static implicit operator string({{t}} value) => value.Value;
                public static bool operator ==({{t}} left, {{t}} right) => left.Equals(right);
                public static bool operator !=({{t}} left, {{t}} right) => !left.Equals(right);
                public bool Equals({{t}} other) => string.Equals(Value, other.Value, global::System.StringComparison.Ordinal);
                public override bool Equals(object? obj) => obj is {{t}} other && Equals(other);
                public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Value);
                public override string ToString() => Value;
                """);
        }
    }
}
