using System.Collections.Generic;
using System.Linq;
using AwsCodegen.Generator.Emit;
using AwsCodegen.Generator.Model;
using AwsCodegen.Generator.Naming;

namespace AwsCodegen.Generator.Protocols;

/// <summary>
/// The HTTP bindings that rest-json and rest-xml share: the URI template, query string, headers and header maps on the way
/// out; status code, headers and header maps on the way back. The payload is the protocol's own business.
/// </summary>
internal static class RestBindingEmitter
{
    private const string Rest = TypeNames.RestBinding;

    public static void EmitRequestBindings(SourceWriter w, ServiceSpec spec, OperationSpec op, ShapeSpec input)
    {
        w.Line($"request.Method = {CSharpNames.Literal(op.HttpMethod)};");
        EmitPath(w, spec, op, input);
        int i = 0;
        // Explicit query members first: a query map must not override them.
        foreach (var m in input.Members.Where(m => m.Location == MemberLocation.QueryString).OrderBy(m => spec.Shape(m.Target).Kind == ShapeKind.Map ? 1 : 0))
        {
            var shape = spec.Shape(m.Target);
            string local = "q" + i++;
            if (shape.Kind == ShapeKind.Map)
            {
                var value = spec.Shape(shape.Element!.Target);
                string method = value.Kind == ShapeKind.List ? "AddQueryListMap" : "AddQueryMap";
                w.Line($"if (input.{m.PropertyName} is {{ }} {local}) {Rest}.{method}(request, {local});");
            }
            else if (shape.Kind == ShapeKind.List)
            {
                string text = Text(spec, shape.Element!, "item", MemberLocation.QueryString);
                w.Line($"if (input.{m.PropertyName} is {{ }} {local}) foreach (var item in {local}) request.Query.Add(new({CSharpNames.Literal(m.WireName)}, {text}));");
            }
            else
            {
                w.Line($"if (input.{m.PropertyName} is {{ }} {local}) request.Query.Add(new({CSharpNames.Literal(m.WireName)}, {Text(spec, m, local, MemberLocation.QueryString)}));");
            }
        }
        foreach (var m in input.Members.Where(m => m.Location is MemberLocation.Header or MemberLocation.HeaderMap))
        {
            var shape = spec.Shape(m.Target);
            string local = "h" + i++;
            if (m.Location == MemberLocation.HeaderMap)
                w.Line($"if (input.{m.PropertyName} is {{ }} {local}) foreach (var entry in {local}) request.Headers.Set({CSharpNames.Literal(m.WireName)} + entry.Key, entry.Value);");
            else if (shape.Kind == ShapeKind.List)
            {
                // HTTP-dates contain commas by design and are never quoted; other items are quoted when they contain one.
                string join = spec.Shape(shape.Element!.Target).Kind == ShapeKind.Timestamp ? "JoinHttpDates" : "JoinHeaderValues";
                w.Line($"if (input.{m.PropertyName} is {{ }} {local}) request.Headers.Set({CSharpNames.Literal(m.WireName)}, {Rest}.{join}({local}.Select(item => {Text(spec, shape.Element!, "item", MemberLocation.Header)})));");
            }
            else
                w.Line($"if (input.{m.PropertyName} is {{ }} {local}) request.Headers.Set({CSharpNames.Literal(m.WireName)}, {Text(spec, m, local, MemberLocation.Header)});");
        }
    }

    private static void EmitPath(SourceWriter w, ServiceSpec spec, OperationSpec op, ShapeSpec input)
    {
        string template = op.RequestUri;
        string? staticQuery = null;
        int q = template.IndexOf('?');
        if (q >= 0)
        {
            staticQuery = template.Substring(q + 1);
            template = template.Substring(0, q);
        }
        if (Customizations.ServiceCustomizations.For(spec).EndpointPlacedLabel is { } placed && spec.EndpointRuleSet is not null &&
            template.StartsWith("/{" + placed + "}", System.StringComparison.Ordinal) &&
            input.Members.FirstOrDefault(m => m.Location == MemberLocation.Uri && m.WireName == placed) is { } placedMember)
        {
            // The rule set puts the label in the endpoint; it is still checked here like any label (set, non-empty).
            w.Line($"_ = {Rest}.Label(input.{placedMember.PropertyName}, {CSharpNames.Literal(op.Name)}, {CSharpNames.Literal(placedMember.Name)}, greedy: false);");
            template = template.Substring(placed.Length + 3);
        }
        var parts = new List<string>();
        int pos = 0;
        while (pos < template.Length)
        {
            int open = template.IndexOf('{', pos);
            if (open < 0)
            {
                parts.Add(CSharpNames.Literal(template.Substring(pos)));
                break;
            }
            if (open > pos) parts.Add(CSharpNames.Literal(template.Substring(pos, open - pos)));
            int close = template.IndexOf('}', open);
            string label = template.Substring(open + 1, close - open - 1);
            bool greedy = label.EndsWith("+", System.StringComparison.Ordinal);
            if (greedy) label = label.Substring(0, label.Length - 1);
            var member = input.Members.FirstOrDefault(m => m.Location == MemberLocation.Uri && m.WireName == label)
                ?? input.Members.FirstOrDefault(m => m.Name == label);
            if (member is null)
                parts.Add(CSharpNames.Literal(""));
            else
            {
                string text = Text(spec, member, "l" + parts.Count, MemberLocation.Uri);
                if (Customizations.ServiceCustomizations.For(spec).IsPathPrefixedId(member.Target)) text = $"{Rest}.LastPathSegment({text})";
                parts.Add($"{Rest}.Label(input.{member.PropertyName} is {{ }} l{parts.Count} ? {text} : null, {CSharpNames.Literal(op.Name)}, {CSharpNames.Literal(member.Name)}, greedy: {(greedy ? "true" : "false")})");
            }
            pos = close + 1;
        }
        w.Line($"request.Path = {(parts.Count == 0 ? "\"/\"" : string.Join(" + ", parts))};");
        if (staticQuery is { Length: > 0 })
        {
            foreach (var pair in staticQuery.Split('&'))
            {
                if (pair.Length == 0) continue;
                int eq = pair.IndexOf('=');
                string key = eq < 0 ? pair : pair.Substring(0, eq);
                string value = eq < 0 ? "null" : CSharpNames.Literal(pair.Substring(eq + 1));
                w.Line($"request.Query.Add(new({CSharpNames.Literal(key)}, {value}));");
            }
        }
    }

    public static void EmitResponseBindings(SourceWriter w, ServiceSpec spec, ShapeSpec output)
    {
        int i = 0;
        foreach (var m in output.Members)
        {
            string local = "h" + i++;
            var shape = spec.Shape(m.Target);
            switch (m.Location)
            {
                case MemberLocation.StatusCode:
                    w.Line($"value.{m.PropertyName} = response.StatusCode;");
                    break;
                case MemberLocation.HeaderMap:
                    w.Line($"value.{m.PropertyName} = {Rest}.ReadHeaderMap(response.Headers, {CSharpNames.Literal(m.WireName)});");
                    break;
                case MemberLocation.Header when shape.Kind == ShapeKind.List:
                    var element = spec.Shape(shape.Element!.Target);
                    string split = element.Kind == ShapeKind.Timestamp ? "SplitHttpDateList" : "SplitHeaderValues";
                    string local2 = "item";
                    w.Line($"if (response.Headers.TryGet({CSharpNames.Literal(m.WireName)}, out var {local})) value.{m.PropertyName} = {Rest}.{split}({local}).Select({local2} => {Parse(spec, shape.Element!, local2)}).ToList();");
                    break;
                case MemberLocation.Header:
                    w.Line($"if (response.Headers.TryGet({CSharpNames.Literal(m.WireName)}, out var {local})) value.{m.PropertyName} = {Parse(spec, m, local)};");
                    break;
            }
        }
    }

    /// <summary>A non-null value as the text of a label, query value or header.</summary>
    public static string Text(ServiceSpec spec, MemberSpec member, string value, MemberLocation location)
    {
        var shape = spec.Shape(member.Target);
        return shape.Kind switch
        {
            ShapeKind.String when member.JsonValue && location == MemberLocation.Header => $"{Rest}.JsonValueHeader({value})",
            ShapeKind.String => value,
            ShapeKind.Enum => $"{value}.Value",
            ShapeKind.Timestamp => $"{Rest}.FormatTimestamp({value}, {JsonCodecEmitter.TimestampFormatExpression(member.TimestampFormat, location == MemberLocation.Header ? TimestampFormat.HttpDate : TimestampFormat.Iso8601)})",
            ShapeKind.Blob => $"global::System.Convert.ToBase64String({value})",
            _ => $"{Rest}.ToText({value})",
        };
    }

    /// <summary>An expression parsing header text into the member's type.</summary>
    public static string Parse(ServiceSpec spec, MemberSpec member, string text)
    {
        var shape = spec.Shape(member.Target);
        return shape.Kind switch
        {
            ShapeKind.String when member.JsonValue => $"{Rest}.ParseJsonValueHeader({text})",
            ShapeKind.String => text,
            ShapeKind.Enum => $"new {shape.TypeName}({text})",
            ShapeKind.Boolean => $"{Rest}.ParseBoolean({text})",
            ShapeKind.Byte => $"(sbyte){Rest}.ParseInt64({text})",
            ShapeKind.Short => $"(short){Rest}.ParseInt64({text})",
            ShapeKind.Integer => $"checked((int){Rest}.ParseInt64({text}))",
            ShapeKind.Long => $"{Rest}.ParseInt64({text})",
            ShapeKind.Float => $"(float){Rest}.ParseDouble({text})",
            ShapeKind.Double => $"{Rest}.ParseDouble({text})",
            ShapeKind.BigDecimal => $"decimal.Parse({text}, global::System.Globalization.CultureInfo.InvariantCulture)",
            ShapeKind.BigInteger => $"global::System.Numerics.BigInteger.Parse({text}, global::System.Globalization.CultureInfo.InvariantCulture)",
            ShapeKind.Timestamp => $"{Rest}.ParseTimestamp({text})",
            ShapeKind.Blob => $"global::System.Convert.FromBase64String({text})",
            _ => $"default",
        };
    }

    /// <summary>The member bound to the whole body (the shape's payload trait), if any.</summary>
    public static MemberSpec? PayloadMember(ShapeSpec shape) =>
        shape.Traits.Payload is { } name ? shape.Members.FirstOrDefault(m => m.Name == name) : null;

    /// <summary>
    /// Reads a payload that is the body itself (a stream, text, an enum's text, bytes): the same for every REST
    /// protocol. Returns false for a structure or document payload, which the protocol's own codec reads.
    /// </summary>
    public static bool EmitRawPayloadRead(SourceWriter w, ServiceSpec spec, MemberSpec payload)
    {
        var target = spec.Shape(payload.Target);
        if (TypeNames.IsStream(spec, payload))
        {
            w.Line($"value.{payload.PropertyName} = response.TakeBodyStream();");
            return true;
        }
        switch (target.Kind)
        {
            case ShapeKind.Structure:
            case ShapeKind.Document:
                return false;
            case ShapeKind.String:
                w.Line($"if (!response.Body.IsEmpty) value.{payload.PropertyName} = global::System.Text.Encoding.UTF8.GetString(response.Body.Span);");
                return true;
            case ShapeKind.Enum:
                w.Line($"if (!response.Body.IsEmpty) value.{payload.PropertyName} = new {target.TypeName}(global::System.Text.Encoding.UTF8.GetString(response.Body.Span));");
                return true;
            default:
                w.Line($"if (!response.Body.IsEmpty) value.{payload.PropertyName} = response.Body.ToArray();");
                return true;
        }
    }
}
