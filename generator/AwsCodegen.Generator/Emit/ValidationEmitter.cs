using System.Collections.Generic;
using System.Linq;
using AwsCodegen.Generator.Model;
using AwsCodegen.Generator.Naming;

namespace AwsCodegen.Generator.Emit;

/// <summary>
/// Client-side validation of required members, before anything is sent. For every shape from which a required member
/// can be reached (through structures, lists and maps, cycles included), a Find method returns the path of the first
/// unset required member, or null: nothing is allocated when the request is complete. The request writer throws with
/// the service, operation and path ("TransactItems[2].Put.TableName").
/// </summary>
internal static class ValidationEmitter
{
    public static string ClassName(ServiceSpec spec) => spec.ServiceName + SupportClassNames.Validation;

    /// <summary>The structure, list and map shapes reachable from the inputs that can hold an unset required member.</summary>
    public static HashSet<string> ShapesToCheck(ServiceSpec spec)
    {
        var reachable = new HashSet<string>();
        var pending = new Stack<string>(spec.Operations.Select(o => o.RequestShape));
        while (pending.Count > 0)
        {
            string name = pending.Pop();
            if (!reachable.Add(name) || spec.FindShape(name) is not { } shape) continue;
            foreach (var target in Targets(shape)) pending.Push(target);
        }
        // A shape needs checking if it has a required member, or refers to one that does: iterate to a fixed point.
        var check = new HashSet<string>(reachable.Where(n => spec.FindShape(n) is { Kind: ShapeKind.Structure } s && s.Members.Any(m => m.Required)));
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (var name in reachable)
            {
                if (check.Contains(name) || spec.FindShape(name) is not { } shape) continue;
                if (Targets(shape).Any(check.Contains)) changed |= check.Add(name);
            }
        }
        return check;
    }

    private static IEnumerable<string> Targets(ShapeSpec shape) => shape.Kind switch
    {
        ShapeKind.Structure => shape.Members.Select(m => m.Target),
        ShapeKind.List or ShapeKind.Map => new[] { shape.Element!.Target },
        _ => Enumerable.Empty<string>(),
    };

    public static string FindMethod(ShapeSpec shape) => TypeNames.CodecMethod("Find", shape);

    public static string Emit(ServiceSpec spec, HashSet<string> shapes)
    {
        var w = Header.Begin(spec);
        using (w.Block($"internal static class {ClassName(spec)}"))
        {
            foreach (var name in shapes.OrderBy(n => n, System.StringComparer.Ordinal))
            {
                var shape = spec.Shape(name);
                string type = shape.Kind == ShapeKind.Structure ? shape.TypeName : TypeNames.Of(spec, name);
                using (w.Block($"internal static string? {FindMethod(shape)}({type} value)"))
                {
                    if (shape.Kind == ShapeKind.Structure) EmitStructure(w, spec, shape, shapes);
                    else EmitCollection(w, spec, shape);
                }
                w.Line();
            }
        }
        return w.ToString();
    }

    private static void EmitStructure(SourceWriter w, ServiceSpec spec, ShapeSpec shape, HashSet<string> shapes)
    {
        foreach (var member in shape.Members.Where(m => m.Required))
            w.Line($"if (value.{member.PropertyName} is null) return {CSharpNames.Literal(member.Name)};");
        int i = 0;
        foreach (var member in shape.Members.Where(m => shapes.Contains(m.Target)))
        {
            var target = spec.Shape(member.Target);
            string separator = target.Kind == ShapeKind.Structure ? "." : "";
            string local = "m" + i++;
            w.Line($"if (value.{member.PropertyName} is {{ }} {local} && {FindMethod(target)}({local}) is {{ }} {local}Path) return {CSharpNames.Literal(member.Name + separator)} + {local}Path;");
        }
        w.Line("return null;");
    }

    /// <summary>A list or map: the first element (by index or key) with a missing member, as "[i]" or "[\"key\"]" plus its path.</summary>
    private static void EmitCollection(SourceWriter w, ServiceSpec spec, ShapeSpec shape)
    {
        var element = spec.Shape(shape.Element!.Target);
        string separator = element.Kind == ShapeKind.Structure ? "." : "";
        if (shape.Kind == ShapeKind.List)
        {
            using (w.Block("for (int i = 0; i < value.Count; i++)"))
                w.Line($"if (value[i] is {{ }} item && {FindMethod(element)}(item) is {{ }} path) return \"[\" + i.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \"]{separator}\" + path;");
        }
        else
        {
            using (w.Block("foreach (var entry in value)"))
                w.Line($"if (entry.Value is {{ }} item && {FindMethod(element)}(item) is {{ }} path) return \"[\\\"\" + entry.Key + \"\\\"]{separator}\" + path;");
        }
        w.Line("return null;");
    }
}
