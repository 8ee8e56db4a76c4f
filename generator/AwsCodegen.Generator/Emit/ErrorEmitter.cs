using System.Linq;
using AwsCodegen.Generator.Model;
using AwsCodegen.Generator.Naming;

namespace AwsCodegen.Generator.Emit;

/// <summary>Emits an exception type per error shape, deriving from the runtime's AwsServiceException.</summary>
internal static class ErrorEmitter
{
    public static string Emit(ServiceSpec spec)
    {
        var w = Header.Begin(spec);
        foreach (var error in spec.Shapes.Where(s => s.Role == ShapeRole.Error))
        {
            w.Summary(error.Documentation);
            using (w.Block($"{TypeNames.Accessibility(spec)} sealed partial class {error.TypeName} : {TypeNames.AwsServiceException}"))
            {
                w.Line($"public {error.TypeName}(string? message = null) : base({CSharpNames.Literal(error.Traits.ErrorCode ?? error.Name)}, message) {{ }}");
                w.Line();
                foreach (var member in error.Members.Where(m => m.PropertyName != "Message"))
                    ShapeEmitter.EmitProperty(w, spec, member);
                w.Line();
                w.Line("internal void SetMessage(string? message) => ErrorMessage = message;");
                w.Line();
                w.Line($"public override void WriteDocument({TypeNames.Utf8JsonWriter} writer, {TypeNames.DocumentOptions} options) =>");
                using (w.Indent()) w.Line($"{DocumentEmitter.ClassName(spec)}.{DocumentEmitter.WriterName(error)}(writer, this, options);");
            }
            w.Line();
        }
        return w.ToString();
    }
}
