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
    private readonly Dictionary<string, int> _slots;
    private readonly HashSet<string> _visible = new(StringComparer.Ordinal);
    private readonly List<string> _bound = new();
    private readonly RulePath _path = new();

    private RuleSetCompiler(Dictionary<string, int> slots) => _slots = slots;

    /// <summary>Compiles a whole rule set now, checking all of it.</summary>
    public static EndpointRuleSet Compile(JsonElement root)
    {
        var compiler = new RuleSetCompiler(new Dictionary<string, int>(StringComparer.Ordinal));
        return compiler.CompileRoot(root, assignedNames: null);
    }

    /// <summary>
    /// Compiles a rule set's top level now and each tree rule's subtree when resolution first enters it, parsing
    /// only what it compiles (<see cref="RuleSetSkeleton"/>); <paramref name="json"/> must outlive the rule set. A call
    /// resolves through a few of S3's 389 rules, and parsing and compiling the rest cost a one-command process most of
    /// its endpoint time. Every name a subtree can assign gets its slot now, so that the slot count is final.
    /// </summary>
    public static EndpointRuleSet CompileOnFirstUse(ReadOnlyMemory<byte> json)
    {
        var skeleton = RuleSetSkeleton.OfRuleSet(json);
        using var document = JsonDocument.Parse(skeleton.Text);
        var compiler = new RuleSetCompiler(new Dictionary<string, int>(StringComparer.Ordinal)) { _subtrees = skeleton.Subtrees };
        return compiler.CompileRoot(document.RootElement, skeleton.AssignedNames);
    }

    private EndpointRuleSet CompileRoot(JsonElement root, IReadOnlyList<string>? assignedNames)
    {
        if (root.ValueKind != JsonValueKind.Object) throw new EndpointRuleSetFormatException("rule set: expected a JSON object");
        string version = RuleSetJson.OptionalString(root, "version") ?? "";
        var parameters = CompileParameters(RuleSetJson.Required(root, "parameters", "rule set"));
        var rulesElement = RuleSetJson.Required(root, "rules", "rule set");
        if (assignedNames is not null)
        {
            // After the parameters, as binding them would have given: a parameter's slot never depends on the rules.
            foreach (var name in assignedNames)
                if (!_slots.ContainsKey(name)) _slots.Add(name, _slots.Count);
        }
        Rule[] rules;
        using (_path.Name("rules")) rules = CompileRules(rulesElement);
        return new EndpointRuleSet(version, parameters, rules, _slots.Count);
    }

    /// <summary>
    /// The subtrees of the level being compiled, by the index that stands in for each in its skeleton; null when the
    /// whole rule set is compiled at once.
    /// </summary>
    private ReadOnlyMemory<byte>[]? _subtrees;

    /// <summary>A tree's rules, parsed and compiled on first use where the tree stands: the names visible there, and its path.</summary>
    private sealed class DeferredSubtree(Dictionary<string, int> slots, string[] visible, RulePath path, ReadOnlyMemory<byte> rules) : TreeRule.ISubtree
    {
        public Rule[] Compile()
        {
            RuleSetSkeleton skeleton;
            try
            {
                skeleton = RuleSetSkeleton.OfSubtree(rules);
            }
            catch (JsonException e)
            {
                throw new EndpointRuleSetFormatException($"{path}: not JSON ({e.Message})", e);
            }
            using var document = JsonDocument.Parse(skeleton.Text);
            var compiler = new RuleSetCompiler(slots) { _subtrees = skeleton.Subtrees };
            foreach (var name in visible) compiler._visible.Add(name);
            compiler._path.CopyFrom(path);
            return compiler.CompileRules(document.RootElement);
        }
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

    private Rule[] CompileRules(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Array) throw new EndpointRuleSetFormatException($"{_path}: not a list");
        var rules = new Rule[element.GetArrayLength()];
        int index = 0;
        foreach (var rule in element.EnumerateArray())
        {
            using (_path.Index(index)) rules[index] = CompileRule(rule);
            index++;
        }
        return rules;
    }

    private Rule CompileRule(JsonElement element)
    {
        int mark = _bound.Count; // names bound by this rule's conditions are visible only inside it
        try
        {
            var conditions = new List<Condition>();
            if (element.TryGetProperty("conditions", out var list))
            {
                using var inConditions = _path.Name("conditions");
                if (list.ValueKind != JsonValueKind.Array) throw new EndpointRuleSetFormatException($"{_path}: not a list");
                int index = 0;
                foreach (var condition in list.EnumerateArray())
                {
                    using (_path.Index(index++)) conditions.Add(CompileCondition(condition));
                }
            }
            string type = RuleSetJson.RequiredString(element, "type", _path);
            switch (type)
            {
                case "endpoint":
                {
                    var endpoint = RuleSetJson.Required(element, "endpoint", _path);
                    using (_path.Name("endpoint")) return CompileEndpoint(conditions.ToArray(), endpoint);
                }
                case "error":
                {
                    var error = RuleSetJson.Required(element, "error", _path);
                    using (_path.Name("error")) return new ErrorRule(conditions.ToArray(), CompileExpression(error));
                }
                case "tree":
                {
                    var rules = RuleSetJson.Required(element, "rules", _path);
                    using (_path.Name("rules"))
                    {
                        // Deferred, the skeleton holds the subtree's index in place of its list.
                        if (rules.ValueKind == JsonValueKind.Number && _subtrees is { } subtrees &&
                            rules.TryGetInt32(out int index) && (uint)index < (uint)subtrees.Length)
                            return new TreeRule(conditions.ToArray(), new DeferredSubtree(_slots, [.. _visible], _path.Copy(), subtrees[index]));
                        return new TreeRule(conditions.ToArray(), CompileRules(rules));
                    }
                }
                default:
                    throw new EndpointRuleSetFormatException($"{_path}: unknown rule type '{type}'");
            }
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

    private Condition CompileCondition(JsonElement element)
    {
        var call = CompileCall(element);
        if (RuleSetJson.OptionalString(element, "assign") is not { } name) return new Condition(call, -1);
        if (_visible.Contains(name)) throw new EndpointRuleSetFormatException($"{_path}: '{name}' is already bound and cannot be assigned again");
        int slot = Bind(name);
        _bound.Add(name);
        return new Condition(call, slot);
    }

    private EndpointRule CompileEndpoint(Condition[] conditions, JsonElement element)
    {
        var urlElement = RuleSetJson.Required(element, "url", _path);
        Expression url;
        using (_path.Name("url")) url = CompileExpression(urlElement);
        var headers = new List<(string, Expression[])>();
        if (element.TryGetProperty("headers", out var headersElement) && headersElement.ValueKind == JsonValueKind.Object)
        {
            using var inHeaders = _path.Name("headers");
            foreach (var header in headersElement.EnumerateObject())
            {
                using var inHeader = _path.Name(header.Name);
                if (header.Value.ValueKind != JsonValueKind.Array) throw new EndpointRuleSetFormatException($"{_path}: not a list");
                var values = new List<Expression>();
                foreach (var value in header.Value.EnumerateArray()) values.Add(CompileExpression(value));
                headers.Add((header.Name, values.ToArray()));
            }
        }
        Expression properties;
        if (element.TryGetProperty("properties", out var propertiesElement) && propertiesElement.ValueKind == JsonValueKind.Object)
        {
            using (_path.Name("properties")) properties = CompileProperty(propertiesElement);
        }
        else
        {
            properties = new LiteralExpression(EndpointValue.FromRecord(new Dictionary<string, EndpointValue>(StringComparer.Ordinal)));
        }
        return new EndpointRule(conditions, url, headers.ToArray(), properties);
    }

    /// <summary>A function call: {"fn": name, "argv": [...]}. getAttr is compiled here, its path parsed once.</summary>
    private Expression CompileCall(JsonElement element)
    {
        string name = RuleSetJson.RequiredString(element, "fn", _path);
        var argv = RuleSetJson.Required(element, "argv", _path);
        if (argv.ValueKind != JsonValueKind.Array) throw new EndpointRuleSetFormatException($"{_path}: 'argv' is not a list");
        var arguments = new List<JsonElement>();
        foreach (var argument in argv.EnumerateArray()) arguments.Add(argument);
        if (name == "getAttr")
        {
            if (arguments.Count != 2 || arguments[1].ValueKind != JsonValueKind.String)
                throw new EndpointRuleSetFormatException($"{_path}: getAttr takes a value and a literal path");
            Expression target;
            using (_path.Name("argv")) using (_path.Index(0)) target = CompileExpression(arguments[0]);
            return new GetAttrExpression(target, ParsePath(arguments[1].GetString()!));
        }
        var compiled = new Expression[arguments.Count];
        using (_path.Name("argv"))
        {
            for (int i = 0; i < compiled.Length; i++)
            {
                using (_path.Index(i)) compiled[i] = CompileExpression(arguments[i]);
            }
        }
        try
        {
            return FunctionTable.Bind(name, compiled);
        }
        catch (EndpointRuleSetFormatException e)
        {
            throw new EndpointRuleSetFormatException($"{_path}: {e.Message}", e);
        }
    }

    /// <summary>An argument, URL, header value or error message: a reference, a call, a template string or a literal.</summary>
    private Expression CompileExpression(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object when element.TryGetProperty("ref", out var reference):
                return Reference(reference.GetString() ?? "");
            case JsonValueKind.Object when element.TryGetProperty("fn", out _):
                return CompileCall(element);
            case JsonValueKind.String:
                return CompileTemplate(element.GetString()!);
            case JsonValueKind.Array:
            case JsonValueKind.Object:
                return CompileProperty(element);
            default:
                return new LiteralExpression(RuleSetJson.ToValue(element));
        }
    }

    /// <summary>Endpoint properties: JSON whose strings are templates. Subtrees without a template become constants.</summary>
    private Expression CompileProperty(JsonElement element)
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
                    using (_path.Name(member.Name)) values.Add(CompileProperty(member.Value));
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
                foreach (var item in element.EnumerateArray())
                {
                    using (_path.Index(index++)) items.Add(CompileProperty(item));
                }
                if (items.TrueForAll(v => v is LiteralExpression))
                    return new LiteralExpression(EndpointValue.FromArray(items.ConvertAll(v => ((LiteralExpression)v).Value).ToArray()));
                return new ArrayExpression(items.ToArray());
            }
            case JsonValueKind.String:
                return CompileTemplate(element.GetString()!);
            default:
                return new LiteralExpression(RuleSetJson.ToValue(element));
        }
    }

    /// <summary>
    /// A string with "{name}" or "{name#path}" holes; "{{" and "}}" stand for braces. A string without holes is a
    /// literal, so plain strings cost nothing at run time.
    /// </summary>
    private Expression CompileTemplate(string text)
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
                if (close < 0) throw new EndpointRuleSetFormatException($"{_path}: unclosed '{{' in template \"{text}\"");
                string hole = text[(i + 1)..close];
                int hash = hole.IndexOf('#');
                Expression value = hash < 0
                    ? Reference(hole)
                    : new GetAttrExpression(Reference(hole[..hash]), ParsePath(hole[(hash + 1)..]));
                literals.Add(literal.ToString());
                literal.Clear();
                holes.Add(value);
                i = close;
            }
            else if (c == '}')
            {
                throw new EndpointRuleSetFormatException($"{_path}: unmatched '}}' in template \"{text}\"");
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

    private ReferenceExpression Reference(string name)
    {
        if (!_visible.Contains(name)) throw new EndpointRuleSetFormatException($"{_path}: '{name}' is neither a parameter nor bound by an earlier condition");
        return new ReferenceExpression(name, _slots[name]);
    }

    private AttributePath ParsePath(string path)
    {
        try
        {
            return AttributePath.Parse(path);
        }
        catch (FormatException e)
        {
            throw new EndpointRuleSetFormatException($"{_path}: {e.Message}", e);
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
