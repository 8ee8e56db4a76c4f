using System.Collections.Generic;
using System.Linq;
using AwsCodegen.Generator.Model;
using AwsCodegen.Generator.Naming;

namespace AwsCodegen.Generator.Emit;

/// <summary>
/// The endpoint rule set as the client carries it: the minified JSON as a UTF-8 literal (data in the assembly, no
/// string on the heap until first use), compiled by the runtime's rules engine the first time a client resolves an
/// endpoint; and, per operation, the rule set parameters the operation supplies (staticContextParams, and the input
/// members marked contextParam).
/// </summary>
internal static class EndpointRulesEmitter
{
    private const string Endpoints = "global::AwsCodegen.Runtime.Endpoints";

    public const string LoaderExpression = $"static () => {Endpoints}.EndpointRuleSet.ParseLiteral(EndpointRuleSetUtf8)";

    public static string Emit(ServiceSpec spec, string ruleSetJson)
    {
        var w = Header.Begin(spec);
        using (w.Block($"partial class {spec.ClientName}"))
        {
            w.Line("/// <summary>endpoint-rule-set-1.json, minified.</summary>");
            w.Line($"private static global::System.ReadOnlySpan<byte> EndpointRuleSetUtf8 => {CSharpNames.Literal(ruleSetJson)}u8;");
        }
        return w.ToString();
    }

    /// <summary>Object-initializer entries for the operation's definition: its static parameters and its context reader.</summary>
    public static IEnumerable<string> OperationParameters(ServiceSpec spec, OperationSpec op, ShapeSpec request)
    {
        if (!op.StaticContextParams.IsEmpty)
            yield return "StaticEndpointParameters = new global::System.Collections.Generic.KeyValuePair<string, " + Endpoints + ".EndpointParameterValue>[] { " +
                string.Join(", ", op.StaticContextParams.Select(p => $"new({CSharpNames.Literal(p.Name)}, {StaticValue(p.ValueJson)})")) + " }";
        var members = request.Members.Where(m => m.ContextParam is not null && IsContextType(spec, m)).ToList();
        if (members.Count == 0) yield break;
        // An enum-typed member (a struct) passes its text.
        var sets = members.Select(m => $"parameters.Set({CSharpNames.Literal(m.ContextParam!)}, request.{m.PropertyName}{(spec.Shape(m.Target).EnumValues.IsEmpty ? "" : "?.Value")});");
        yield return "ContextEndpointParameters = static (request, parameters) => { " + string.Join(" ", sets) + " }";
    }

    /// <summary>Rule set parameters are strings, booleans or string lists; a contextParam member of another type is ignored.</summary>
    private static bool IsContextType(ServiceSpec spec, MemberSpec member) =>
        spec.FindShape(member.Target)?.Kind is ShapeKind.String or ShapeKind.Boolean;

    private static string StaticValue(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var value = document.RootElement;
        return value.ValueKind switch
        {
            System.Text.Json.JsonValueKind.True => Endpoints + ".EndpointParameterValue.Boolean(true)",
            System.Text.Json.JsonValueKind.False => Endpoints + ".EndpointParameterValue.Boolean(false)",
            System.Text.Json.JsonValueKind.String => $"{Endpoints}.EndpointParameterValue.String({CSharpNames.Literal(value.GetString()!)})",
            System.Text.Json.JsonValueKind.Array => $"{Endpoints}.EndpointParameterValue.StringArray(new string[] {{ {string.Join(", ", value.EnumerateArray().Select(v => CSharpNames.Literal(v.GetString() ?? "")))} }})",
            _ => throw new System.InvalidOperationException("staticContextParams value must be a string, boolean or list: " + json),
        };
    }
}
