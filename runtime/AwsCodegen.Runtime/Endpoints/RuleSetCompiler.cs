using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using AwsCodegen.Runtime.Endpoints.Expressions;
using AwsCodegen.Runtime.Endpoints.Functions;
using AwsCodegen.Runtime.Endpoints.Rules;

namespace AwsCodegen.Runtime.Endpoints;

/// <summary>
/// Turns the JSON of an endpoint-rule-set-1.json into the compiled tree that <see cref="EndpointResolver"/> walks:
/// functions are bound, templates split, getAttr paths parsed, names given slots and property subtrees without
/// templates folded into constants. It also checks what an interpreter of raw JSON would only find at run time:
/// unknown functions, wrong arities, references to names not bound on the rule's path, and names bound twice.
/// </summary>
internal sealed class RuleSetCompiler
{
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly HashSet<string> _visible = new(StringComparer.Ordinal);
    private readonly List<string> _bound = new();

    public static EndpointRuleSet Compile(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) throw new EndpointRuleSetFormatException("rule set: expected a JSON object");
        var compiler = new RuleSetCompiler();
        string version = RuleSetJson.OptionalString(root, "version") ?? "";
        var parameters = compiler.CompileParameters(RuleSetJson.Required(root, "parameters", "rule set"));
        var rules = compiler.CompileRules(RuleSetJson.Required(root, "rules", "rule set"), "rules");
        return new EndpointRuleSet(version, parameters, rules, compiler._slots.Count);
    }

    private List<EndpointParameter> CompileParameters(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object) throw new EndpointRuleSetFormatException("rule set: 'parameters' is not an object");
        var parameters = new List<EndpointParameter>();
        foreach (var property in element.EnumerateObject())
        {
            string name = property.Name;
            string where = $"parameter {name}";
            var spec = property.Value;
            var type = RuleSetJson.RequiredString(spec, "type", where).ToLowerInvariant() switch
            {
                "string" => EndpointParameterType.String,
                "boolean" => EndpointParameterType.Boolean,
                "stringarray" => EndpointParameterType.StringArray,
                var other => throw new EndpointRuleSetFormatException($"{where}: unknown type '{other}'"),
            };
            var defaultValue = spec.TryGetProperty("default", out var d) ? RuleSetJson.ToValue(d) : EndpointValue.None;
            if (defaultValue.IsSet && !EndpointResolver.HasType(defaultValue, type))
                throw new EndpointRuleSetFormatException($"{where}: the default is not a {type}");
            bool required = spec.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True;
            string? deprecated = null;
            if (spec.TryGetProperty("deprecated", out var dep) && dep.ValueKind == JsonValueKind.Object)
            {
                deprecated = RuleSetJson.OptionalString(dep, "message") ?? "";
                if (RuleSetJson.OptionalString(dep, "since") is { } since) deprecated += $" (deprecated since {since})";
            }
            if (_slots.ContainsKey(name)) throw new EndpointRuleSetFormatException($"{where}: declared twice");
            int slot = Bind(name);
            parameters.Add(new EndpointParameter(name, type, RuleSetJson.OptionalString(spec, "builtIn"), defaultValue, required,
                RuleSetJson.OptionalString(spec, "documentation"), deprecated, slot));
        }
        return parameters;
    }

    private Rule[] CompileRules(JsonElement element, string where)
    {
        if (element.ValueKind != JsonValueKind.Array) throw new EndpointRuleSetFormatException($"{where}: not a list");
        var rules = new List<Rule>();
        int index = 0;
        foreach (var rule in element.EnumerateArray()) rules.Add(CompileRule(rule, $"{where}[{index++}]"));
        return rules.ToArray();
    }

    private Rule CompileRule(JsonElement element, string where)
    {
        int mark = _bound.Count; // names bound by this rule's conditions are visible only inside it
        try
        {
            var conditions = new List<Condition>();
            if (element.TryGetProperty("conditions", out var list))
            {
                if (list.ValueKind != JsonValueKind.Array) throw new EndpointRuleSetFormatException($"{where}.conditions: not a list");
                int index = 0;
                foreach (var condition in list.EnumerateArray()) conditions.Add(CompileCondition(condition, $"{where}.conditions[{index++}]"));
            }
            string type = RuleSetJson.RequiredString(element, "type", where);
            return type switch
            {
                "endpoint" => CompileEndpoint(conditions.ToArray(), RuleSetJson.Required(element, "endpoint", where), $"{where}.endpoint"),
                "error" => new ErrorRule(conditions.ToArray(), CompileExpression(RuleSetJson.Required(element, "error", where), $"{where}.error")),
                "tree" => new TreeRule(conditions.ToArray(), CompileRules(RuleSetJson.Required(element, "rules", where), $"{where}.rules")),
                _ => throw new EndpointRuleSetFormatException($"{where}: unknown rule type '{type}'"),
            };
        }
        finally
        {
            while (_bound.Count > mark)
            {
                _visible.Remove(_bound[^1]);
                _bound.RemoveAt(_bound.Count - 1);
            }
        }
    }

    private Condition CompileCondition(JsonElement element, string where)
    {
        var call = CompileCall(element, where);
        if (RuleSetJson.OptionalString(element, "assign") is not { } name) return new Condition(call, -1);
        if (_visible.Contains(name)) throw new EndpointRuleSetFormatException($"{where}: '{name}' is already bound and cannot be assigned again");
        int slot = Bind(name);
        _bound.Add(name);
        return new Condition(call, slot);
    }

    private EndpointRule CompileEndpoint(Condition[] conditions, JsonElement element, string where)
    {
        var url = CompileExpression(RuleSetJson.Required(element, "url", where), $"{where}.url");
        var headers = new List<(string, Expression[])>();
        if (element.TryGetProperty("headers", out var headersElement) && headersElement.ValueKind == JsonValueKind.Object)
        {
            foreach (var header in headersElement.EnumerateObject())
            {
                if (header.Value.ValueKind != JsonValueKind.Array) throw new EndpointRuleSetFormatException($"{where}.headers.{header.Name}: not a list");
                var values = new List<Expression>();
                foreach (var value in header.Value.EnumerateArray()) values.Add(CompileExpression(value, $"{where}.headers.{header.Name}"));
                headers.Add((header.Name, values.ToArray()));
            }
        }
        var properties = element.TryGetProperty("properties", out var propertiesElement) && propertiesElement.ValueKind == JsonValueKind.Object
            ? CompileProperty(propertiesElement, $"{where}.properties")
            : new LiteralExpression(EndpointValue.FromRecord(new Dictionary<string, EndpointValue>(StringComparer.Ordinal)));
        return new EndpointRule(conditions, url, headers.ToArray(), properties);
    }

    /// <summary>A function call: {"fn": name, "argv": [...]}. getAttr is compiled here, its path parsed once.</summary>
    private Expression CompileCall(JsonElement element, string where)
    {
        string name = RuleSetJson.RequiredString(element, "fn", where);
        var argv = RuleSetJson.Required(element, "argv", where);
        if (argv.ValueKind != JsonValueKind.Array) throw new EndpointRuleSetFormatException($"{where}: 'argv' is not a list");
        var arguments = new List<JsonElement>();
        foreach (var argument in argv.EnumerateArray()) arguments.Add(argument);
        if (name == "getAttr")
        {
            if (arguments.Count != 2 || arguments[1].ValueKind != JsonValueKind.String)
                throw new EndpointRuleSetFormatException($"{where}: getAttr takes a value and a literal path");
            return new GetAttrExpression(CompileExpression(arguments[0], $"{where}.argv[0]"), ParsePath(arguments[1].GetString()!, where));
        }
        var compiled = new Expression[arguments.Count];
        for (int i = 0; i < compiled.Length; i++) compiled[i] = CompileExpression(arguments[i], $"{where}.argv[{i}]");
        try
        {
            return FunctionTable.Bind(name, compiled);
        }
        catch (EndpointRuleSetFormatException e)
        {
            throw new EndpointRuleSetFormatException($"{where}: {e.Message}", e);
        }
    }

    /// <summary>An argument, URL, header value or error message: a reference, a call, a template string or a literal.</summary>
    private Expression CompileExpression(JsonElement element, string where)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object when element.TryGetProperty("ref", out var reference):
                return Reference(reference.GetString() ?? "", where);
            case JsonValueKind.Object when element.TryGetProperty("fn", out _):
                return CompileCall(element, where);
            case JsonValueKind.String:
                return CompileTemplate(element.GetString()!, where);
            case JsonValueKind.Array:
            case JsonValueKind.Object:
                return CompileProperty(element, where);
            default:
                return new LiteralExpression(RuleSetJson.ToValue(element));
        }
    }

    /// <summary>Endpoint properties: JSON whose strings are templates. Subtrees without a template become constants.</summary>
    private Expression CompileProperty(JsonElement element, string where)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
            {
                var names = new List<string>();
                var values = new List<Expression>();
                foreach (var member in element.EnumerateObject())
                {
                    names.Add(member.Name);
                    values.Add(CompileProperty(member.Value, $"{where}.{member.Name}"));
                }
                if (values.TrueForAll(v => v is LiteralExpression))
                {
                    var members = new Dictionary<string, EndpointValue>(names.Count, StringComparer.Ordinal);
                    for (int i = 0; i < names.Count; i++) members[names[i]] = ((LiteralExpression)values[i]).Value;
                    return new LiteralExpression(EndpointValue.FromRecord(members));
                }
                return new RecordExpression(names.ToArray(), values.ToArray());
            }
            case JsonValueKind.Array:
            {
                var items = new List<Expression>();
                int index = 0;
                foreach (var item in element.EnumerateArray()) items.Add(CompileProperty(item, $"{where}[{index++}]"));
                if (items.TrueForAll(v => v is LiteralExpression))
                    return new LiteralExpression(EndpointValue.FromArray(items.ConvertAll(v => ((LiteralExpression)v).Value).ToArray()));
                return new ArrayExpression(items.ToArray());
            }
            case JsonValueKind.String:
                return CompileTemplate(element.GetString()!, where);
            default:
                return new LiteralExpression(RuleSetJson.ToValue(element));
        }
    }

    /// <summary>
    /// A string with "{name}" or "{name#path}" holes; "{{" and "}}" stand for braces. A string without holes is a
    /// literal, so plain strings cost nothing at run time.
    /// </summary>
    private Expression CompileTemplate(string text, string where)
    {
        if (text.IndexOf('{') < 0 && text.IndexOf('}') < 0) return new LiteralExpression(EndpointValue.FromString(text));
        var literals = new List<string>();
        var holes = new List<Expression>();
        var literal = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if ((c == '{' || c == '}') && i + 1 < text.Length && text[i + 1] == c)
            {
                literal.Append(c);
                i++;
            }
            else if (c == '{')
            {
                int close = text.IndexOf('}', i + 1);
                if (close < 0) throw new EndpointRuleSetFormatException($"{where}: unclosed '{{' in template \"{text}\"");
                string hole = text[(i + 1)..close];
                int hash = hole.IndexOf('#');
                Expression value = hash < 0
                    ? Reference(hole, where)
                    : new GetAttrExpression(Reference(hole[..hash], where), ParsePath(hole[(hash + 1)..], where));
                literals.Add(literal.ToString());
                literal.Clear();
                holes.Add(value);
                i = close;
            }
            else if (c == '}')
            {
                throw new EndpointRuleSetFormatException($"{where}: unmatched '}}' in template \"{text}\"");
            }
            else
            {
                literal.Append(c);
            }
        }
        literals.Add(literal.ToString());
        return holes.Count == 0
            ? new LiteralExpression(EndpointValue.FromString(literals[0]))
            : new TemplateExpression(literals.ToArray(), holes.ToArray());
    }

    private ReferenceExpression Reference(string name, string where)
    {
        if (!_visible.Contains(name)) throw new EndpointRuleSetFormatException($"{where}: '{name}' is neither a parameter nor bound by an earlier condition");
        return new ReferenceExpression(name, _slots[name]);
    }

    private static AttributePath ParsePath(string path, string where)
    {
        try
        {
            return AttributePath.Parse(path);
        }
        catch (FormatException e)
        {
            throw new EndpointRuleSetFormatException($"{where}: {e.Message}", e);
        }
    }

    /// <summary>Makes a name visible, giving it a slot the first time (sibling rules binding the same name share one).</summary>
    private int Bind(string name)
    {
        if (!_slots.TryGetValue(name, out int slot))
        {
            slot = _slots.Count;
            _slots.Add(name, slot);
        }
        _visible.Add(name);
        return slot;
    }
}
