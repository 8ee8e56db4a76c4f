using System.Collections.Generic;
using System.Linq;
using AwsCodegen.Generator.Model;
using AwsCodegen.Generator.Naming;

namespace AwsCodegen.Generator.Emit;

/// <summary>
/// Emits, per waiter of waiters-2.json, <c>WaitUntilXxxAsync</c> on the client: the waiter's acceptors as data, and a
/// call into the runtime's polling loop (Waiters/Waiter.cs), which evaluates path acceptors with JMESPath over the
/// response's JSON document form.
/// </summary>
internal static class WaiterEmitter
{
    private const string Runtime = TypeNames.Runtime + ".Waiters";

    public static string Emit(ServiceSpec spec, EquatableArray<WaiterSpec> waiters, List<DiagnosticInfo> diagnostics)
    {
        var w = Header.Begin(spec);
        var taken = CompanionNames.ClientNames(spec);
        using (w.Block($"{TypeNames.Accessibility(spec)} sealed partial class {spec.ClientName}"))
        {
            foreach (var waiter in waiters)
            {
                string? problem = EmitOne(w, spec, waiter, taken);
                if (problem is not null) diagnostics.Add(CompanionNames.Skipped(spec, $"waiter {waiter.Name}", problem));
            }
        }
        return w.ToString();
    }

    private static string? EmitOne(SourceWriter w, ServiceSpec spec, WaiterSpec waiter, HashSet<string> taken)
    {
        if (CompanionNames.FindOperation(spec, waiter.Operation) is not { } op) return $"the model has no operation {waiter.Operation}";
        var request = spec.Shape(op.RequestShape);
        var response = spec.Shape(op.ResponseShape);
        if (!CompanionNames.HasDocumentForm(spec, response)) return "the response has a streaming member";
        string name = CSharpNames.Pascal(waiter.Name);
        string method = "WaitUntil" + name + "Async";
        if (!taken.Add(method)) return $"the client already has a member named {method}";
        string field = "s_" + name + "Waiter";

        w.Line($"private static readonly {Runtime}.WaiterDefinition<{response.TypeName}> {field} = new(");
        using (w.Indent())
        {
            w.Line($"{CSharpNames.Literal(waiter.Name)}, {CSharpNames.Literal(op.Name)}, {waiter.Delay}, {waiter.MaxAttempts},");
            w.Line($"new {Runtime}.WaiterAcceptor[]");
            w.Line("{");
            using (w.Indent())
            {
                foreach (var a in waiter.Acceptors)
                {
                    string state = a.State switch { "success" => "Success", "failure" => "Failure", _ => "Retry" };
                    string matcher = a.Matcher switch { "path" => "Path", "pathAll" => "PathAll", "pathAny" => "PathAny", "status" => "Status", _ => "Error" };
                    w.Line($"new({Runtime}.WaiterState.{state}, {Runtime}.WaiterMatcher.{matcher}, {CSharpNames.Literal(a.Argument)}, {CSharpNames.Literal(a.ExpectedJson)}),");
                }
            }
            w.Line("},");
            w.Line(CompanionNames.DocumentWriter(spec, response) + ");");
        }
        w.Line();

        w.Line("/// <summary>");
        w.Line($"/// Calls {op.Name} until the {Parsing.Documentation.XmlEscape(waiter.Name)} waiter's acceptors say success (every {waiter.Delay} s, at most {waiter.MaxAttempts} times,");
        w.Line("/// unless <paramref name=\"options\"/> says otherwise) and returns the last response (null when success was an error).");
        w.Line($"/// Throws {Runtime}.WaiterFailureException when a failure acceptor matches, {Runtime}.WaiterTimeoutException when attempts run out.");
        w.Line("/// </summary>");
        w.Line($"public global::System.Threading.Tasks.Task<{response.TypeName}?> {method}({request.TypeName} request, {Runtime}.WaiterOptions? options = null, {TypeNames.CancellationToken} cancellationToken = default) =>");
        using (w.Indent())
            w.Line($"{Runtime}.Waiter.WaitAsync<{request.TypeName}, {response.TypeName}>(request, {op.MethodName}Async, {field}, options, cancellationToken);");
        w.Line();
        return null;
    }
}
