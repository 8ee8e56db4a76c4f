using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AwsCodegen.Generator.Model;

namespace AwsCodegen.Generator.Emit;

/// <summary>What the paginator and waiter emitters share: operation lookup, the client's taken names, JMESPath shapes.</summary>
internal static class CompanionNames
{
    private static readonly Regex SimpleIdentifier = new("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant);

    /// <summary>A JMESPath expression that is just one member name ("Contents").</summary>
    public static bool IsSimpleMember(string expression) => SimpleIdentifier.IsMatch(expression);

    public static OperationSpec? FindOperation(ServiceSpec spec, string name) =>
        spec.Operations.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.Ordinal));

    public static MemberSpec? FindMember(ShapeSpec shape, string name) =>
        shape.Members.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.Ordinal));

    /// <summary>Member names of the client a generated method must not take.</summary>
    public static HashSet<string> ClientNames(ServiceSpec spec)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal)
        {
            "Metadata", "Configuration", "OperationNames", "InvokeDocumentAsync", "InvokeOperationAsync", "CreateModeledError",
            "Dispose", "Operations", spec.ClientName,
        };
        foreach (var op in spec.Operations) taken.Add(op.MethodName + "Async");
        return taken;
    }

    /// <summary>The response can be written as a JSON document (no streams, which the document form would have to buffer).</summary>
    public static bool HasDocumentForm(ServiceSpec spec, ShapeSpec response) => !response.Members.Any(m => TypeNames.IsStream(spec, m));

    public static string DocumentWriter(ServiceSpec spec, ShapeSpec response) =>
        $"static (writer, response) => {DocumentEmitter.ClassName(spec)}.{DocumentEmitter.WriterName(response)}(writer, response, {TypeNames.DocumentOptions}.Cli)";

    public static DiagnosticInfo Skipped(ServiceSpec spec, string what, string reason) =>
        DiagnosticInfo.Create(Diagnostics.CompanionNotGenerated, spec.FilePath, spec.FilePath, $"{what} is not generated: {reason}");
}
