using System.Collections.Generic;
using System.Linq;
using AwsCodegen.Generator.Model;
using AwsCodegen.Generator.Naming;

namespace AwsCodegen.Generator.Emit;

/// <summary>
/// Emits, per paginator of paginators-1.json, <c>XxxPagesAsync</c> (every page) and, when the first result key is a plain
/// list member, <c>XxxItemsAsync</c> (that list's items across pages) on the client. The paging loop is in the runtime
/// (Paginators/Paginator.cs); generated code only says how to put the next tokens into the request copy.
/// </summary>
internal static class PaginatorEmitter
{
    private const string Runtime = TypeNames.Runtime + ".Paginators";

    public static string Emit(ServiceSpec spec, EquatableArray<PaginatorSpec> paginators, List<DiagnosticInfo> diagnostics)
    {
        var w = Header.Begin(spec);
        var taken = CompanionNames.ClientNames(spec);
        using (w.Block($"{TypeNames.Accessibility(spec)} sealed partial class {spec.ClientName}"))
        {
            foreach (var paginator in paginators)
            {
                string? problem = EmitOne(w, spec, paginator, taken);
                if (problem is not null) diagnostics.Add(CompanionNames.Skipped(spec, $"paginator {paginator.Operation}", problem));
            }
        }
        return w.ToString();
    }

    private static string? EmitOne(SourceWriter w, ServiceSpec spec, PaginatorSpec paginator, HashSet<string> taken)
    {
        if (CompanionNames.FindOperation(spec, paginator.Operation) is not { } op) return "the model has no such operation";
        var request = spec.Shape(op.RequestShape);
        var response = spec.Shape(op.ResponseShape);
        if (!CompanionNames.HasDocumentForm(spec, response)) return "the response has a streaming member";

        var setters = new List<string>();
        for (int i = 0; i < paginator.InputTokens.Count; i++)
        {
            string input = paginator.InputTokens[i], output = paginator.OutputTokens[i];
            if (!CompanionNames.IsSimpleMember(input) || CompanionNames.FindMember(request, input) is not { } inputMember)
                return $"input token '{input}' is not a member of {request.Name}";
            string inputType = TypeNames.Of(spec, inputMember.Target);
            if (CompanionNames.IsSimpleMember(output) && CompanionNames.FindMember(response, output) is { } outputMember &&
                TypeNames.Of(spec, outputMember.Target) == inputType && !TypeNames.IsStream(spec, outputMember))
            {
                setters.Add($"request.{inputMember.PropertyName} = response.{outputMember.PropertyName};");
                continue;
            }
            string? convert = spec.Shape(inputMember.Target).Kind switch
            {
                ShapeKind.String => "TokenString",
                ShapeKind.Integer => "TokenInt32",
                ShapeKind.Long => "TokenInt64",
                _ => null,
            };
            if (convert is null) return $"input token '{input}' has a type the output token '{output}' cannot be converted to";
            setters.Add($"request.{inputMember.PropertyName} = {Runtime}.Paginator.{convert}(tokens[{i}]);");
        }

        string pages = op.MethodName + "PagesAsync";
        if (taken.Contains(pages)) return $"the client already has a member named {pages}";
        taken.Add(pages);
        string field = "s_" + op.MethodName + "Pages";
        string types = $"{request.TypeName}, {response.TypeName}";

        w.Line($"private static readonly {Runtime}.PaginatorDefinition<{types}> {field} = new(");
        using (w.Indent())
        {
            w.Line(CSharpNames.Literal(op.Name) + ",");
            w.Line("new string[] { " + string.Join(", ", paginator.OutputTokens.Select(t => CSharpNames.Literal(t))) + " },");
            w.Line(CSharpNames.Literal(paginator.MoreResults) + ",");
            w.Line(CompanionNames.DocumentWriter(spec, response) + ",");
            w.Line("static (request, response, tokens) =>");
            w.Line("{");
            using (w.Indent())
                foreach (var setter in setters) w.Line(setter);
            w.Line("});");
        }
        w.Line();

        w.Line($"/// <summary>");
        w.Line($"/// Every page of {op.Name}: sends <paramref name=\"request\"/>, then a shallow copy of it with the next token(s) for each following page,");
        w.Line($"/// until the service has no more. The caller's request is never changed; its page size ({paginator.LimitKey ?? "none"}) is kept.");
        w.Line($"/// </summary>");
        w.Line($"public global::System.Collections.Generic.IAsyncEnumerable<{response.TypeName}> {pages}({request.TypeName} request, {TypeNames.CancellationToken} cancellationToken = default) =>");
        using (w.Indent()) w.Line($"{Runtime}.Paginator.PagesAsync<{types}>(request, {op.MethodName}Async, {field}, cancellationToken);");
        w.Line();

        EmitItems(w, spec, op, paginator, response, request, pages, taken);
        return null;
    }

    private static void EmitItems(SourceWriter w, ServiceSpec spec, OperationSpec op, PaginatorSpec paginator, ShapeSpec response, ShapeSpec request, string pages, HashSet<string> taken)
    {
        if (paginator.ResultKeys.IsEmpty) return;
        string key = paginator.ResultKeys[0];
        if (!CompanionNames.IsSimpleMember(key) || CompanionNames.FindMember(response, key) is not { } member) return;
        var list = spec.Shape(member.Target);
        if (list.Kind != ShapeKind.List || list.Element is null) return;
        string items = op.MethodName + "ItemsAsync";
        if (!taken.Add(items)) return;
        string itemType = TypeNames.Of(spec, list.Element.Target);
        w.Line($"/// <summary>The items of {key} across every page of {op.Name} (see <see cref=\"{pages}\"/>).</summary>");
        using (w.Block($"public async global::System.Collections.Generic.IAsyncEnumerable<{itemType}> {items}({request.TypeName} request, [global::System.Runtime.CompilerServices.EnumeratorCancellation] {TypeNames.CancellationToken} cancellationToken = default)"))
        {
            using (w.Block($"await foreach (var page in global::System.Threading.Tasks.TaskAsyncEnumerableExtensions.ConfigureAwait({pages}(request, cancellationToken), false))"))
            {
                w.Line($"if (page.{member.PropertyName} is not {{ }} items) continue;");
                w.Line("foreach (var item in items) yield return item;");
            }
        }
        w.Line();
    }
}
