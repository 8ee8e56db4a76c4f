using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using AwsCodegen.Generator.Model;
using AwsCodegen.Generator.Naming;

namespace AwsCodegen.Generator.Parsing;

/// <summary>
/// Reads a botocore service-2.json into a <see cref="ServiceSpec"/>. Every problem becomes a diagnostic naming the file
/// and the shape or operation; nothing here throws for bad input.
/// </summary>
public static class ServiceModelParser
{
    private static readonly HashSet<string> KnownTypes = new(StringComparer.Ordinal)
    {
        "structure", "list", "map", "string", "boolean", "byte", "short", "integer", "long", "float", "double",
        "bigdecimal", "biginteger", "blob", "timestamp",
    };

    public static ParseResult Parse(ModelInput input, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<DiagnosticInfo>();
        ServiceSpec? spec = null;
        if (AccessibilityOption.Check(input) is { } badOption) diagnostics.Add(badOption);
        try
        {
            using var document = JsonDocument.Parse(input.Text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            spec = new Builder(input, document.RootElement, diagnostics, cancellationToken).Build();
        }
        catch (JsonException e)
        {
            diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InvalidJson, input.FilePath,
                (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0), input.FilePath, e.Message));
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e)
        {
            diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InternalError, input.FilePath, input.FilePath, e.GetType().Name + ": " + e.Message));
        }
        bool hasErrors = diagnostics.Any(d => d.Id != Diagnostics.PartialSupport.Id);
        return new ParseResult(hasErrors ? null : spec, diagnostics.ToEquatableArray());
    }

    private sealed class Builder
    {
        private readonly ModelInput _input;
        private readonly JsonElement _root;
        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly CancellationToken _cancellationToken;
        private readonly Dictionary<string, JsonElement> _shapes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _typeNames = new(StringComparer.Ordinal);

        public Builder(ModelInput input, JsonElement root, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            _input = input;
            _root = root;
            _diagnostics = diagnostics;
            _cancellationToken = cancellationToken;
        }

        private string File => _input.FilePath;

        private void Error(string message) => _diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InvalidShape, File, File, message));

        public ServiceSpec? Build()
        {
            if (_root.ValueKind != JsonValueKind.Object)
            {
                _diagnostics.Add(DiagnosticInfo.Create(Diagnostics.MissingElement, File, File, "the model must be a JSON object"));
                return null;
            }
            if (_root.Obj("metadata") is not { } metadata)
            {
                _diagnostics.Add(DiagnosticInfo.Create(Diagnostics.MissingElement, File, File, "the model has no 'metadata' object"));
                return null;
            }
            var protocol = ChooseProtocol(metadata);
            if (protocol is null) return null;

            if (_root.Obj("shapes") is { } shapes)
                foreach (var shape in shapes.EnumerateObject())
                    _shapes[shape.Name] = shape.Value;
            var operations = _root.Obj("operations") is { } ops ? ops.EnumerateObject().ToList() : new List<JsonProperty>();
            if (_root.Obj("operations") is null)
                _diagnostics.Add(DiagnosticInfo.Create(Diagnostics.MissingElement, File, File, "the model has no 'operations' object"));

            ValidateShapes();
            ValidateOperations(operations);
            if (_diagnostics.Count > 0) return null;

            var info = ReadServiceInfo(metadata);
            string serviceName = _input.ServiceName is { Length: > 0 } given ? CSharpNames.Identifier(given) : DeriveServiceName(metadata);
            string clientName = serviceName + "Client";
            string ns = _input.Namespace is { Length: > 0 } n ? n : "AwsCodegen." + serviceName;

            var taken = new HashSet<string>(SupportClassNames.All.Select(suffix => serviceName + suffix), StringComparer.Ordinal) { clientName };
            var referenced = ReferencedFromShapes();
            var errorShapes = new HashSet<string>(_shapes.Where(s => s.Value.Bool("exception") || s.Value.Obj("error") is not null).Select(s => s.Key), StringComparer.Ordinal);
            foreach (var op in operations)
                if (op.Value.TryGetProperty("errors", out var errs) && errs.ValueKind == JsonValueKind.Array)
                    foreach (var e in errs.EnumerateArray())
                        if (e.Str("shape") is { } errorShape) errorShapes.Add(errorShape);

            var opIo = new HashSet<string>(StringComparer.Ordinal);
            foreach (var op in operations)
            {
                if (op.Value.Obj("input")?.Str("shape") is { } i) opIo.Add(i);
                if (op.Value.Obj("output")?.Str("shape") is { } o) opIo.Add(o);
            }

            // Name types in priority order: operations' own request and response types first, then errors, then data.
            var methodNames = new HashSet<string>(StringComparer.Ordinal) { "InvokeOperation", "InvokeDocument", "Dispose", "Configuration", "OperationNames" };
            var opNames = new List<(JsonProperty Op, string Method, string Request, string Response)>();
            foreach (var op in operations.OrderBy(o => o.Name, StringComparer.Ordinal))
            {
                string method = CSharpNames.Unique(CSharpNames.Pascal(op.Name), methodNames);
                opNames.Add((op, method, CSharpNames.Unique(method + "Request", taken), CSharpNames.Unique(method + "Response", taken)));
            }
            foreach (var name in errorShapes.OrderBy(s => s, StringComparer.Ordinal))
            {
                string pascal = CSharpNames.Pascal(name);
                _typeNames[name] = CSharpNames.Unique(pascal.EndsWith("Exception", StringComparison.Ordinal) ? pascal : pascal + "Exception", taken);
            }
            foreach (var shape in _shapes.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                if (errorShapes.Contains(shape.Key)) continue;
                string type = shape.Value.Str("type") ?? "";
                bool named = (type == "structure" && !shape.Value.Bool("document")) || (type == "string" && shape.Value.TryGetProperty("enum", out _));
                if (named) _typeNames[shape.Key] = CSharpNames.Unique(CSharpNames.Pascal(shape.Key), taken, "Shape");
            }

            var specs = new List<ShapeSpec>();
            foreach (var shape in _shapes)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                bool isStructure = shape.Value.Str("type") == "structure";
                // An input or output structure that nothing else refers to is emitted only as the operation's own types.
                if (isStructure && opIo.Contains(shape.Key) && !referenced.Contains(shape.Key) && !errorShapes.Contains(shape.Key)) continue;
                var role = errorShapes.Contains(shape.Key) ? ShapeRole.Error : ShapeRole.Data;
                specs.Add(BuildShape(shape.Key, shape.Value, role, _typeNames.TryGetValue(shape.Key, out var t) ? t : ""));
            }

            var operationSpecs = new List<OperationSpec>();
            foreach (var (op, method, requestType, responseType) in opNames)
            {
                var o = op.Value;
                var http = o.Obj("http");
                string requestShape = op.Name + "$Request", responseShape = op.Name + "$Response";
                specs.Add(SyntheticShape(requestShape, o.Obj("input")?.Str("shape"), ShapeRole.Request, requestType));
                specs.Add(SyntheticShape(responseShape, o.Obj("output")?.Str("shape"), ShapeRole.Response, responseType));
                var errors = new List<string>();
                if (o.TryGetProperty("errors", out var errs) && errs.ValueKind == JsonValueKind.Array)
                    foreach (var e in errs.EnumerateArray())
                        if (e.Str("shape") is { } s && !errors.Contains(s)) errors.Add(s);
                operationSpecs.Add(new OperationSpec(
                    op.Name, method,
                    http?.Str("method") ?? "POST",
                    http?.Str("requestUri") ?? "/",
                    http?.Int("responseCode"),
                    requestShape, responseShape,
                    errors.ToEquatableArray(),
                    o.Obj("endpoint")?.Str("hostPrefix"),
                    o.Bool("httpChecksumRequired") || o.Obj("httpChecksum")?.Bool("requestChecksumRequired") == true,
                    o.Obj("requestcompression")?.Strings("encodings").Contains("gzip") == true,
                    o.Bool("deprecated"),
                    Documentation.Summary(o.Str("documentation")),
                    o.Obj("output")?.Str("resultWrapper"),
                    InputXmlName: o.Obj("input")?.Str("locationName"),
                    InputXmlNamespace: o.Obj("input") is { } inputRef ? XmlNamespaceUri(inputRef) : null,
                    InputXmlNamespacePrefix: o.Obj("input")?.Obj("xmlNamespace")?.Str("prefix"),
                    RequestAlgorithmMember: o.Obj("httpChecksum")?.Str("requestAlgorithmMember"),
                    RequestValidationModeMember: o.Obj("httpChecksum")?.Str("requestValidationModeMember"),
                    StaticContextParams: StaticContextParams(o),
                    Unsigned: IsUnsigned(o))
                {
                    ModelInputShape = o.Obj("input")?.Str("shape"),
                    ModelOutputShape = o.Obj("output")?.Str("shape"),
                });
            }

            specs.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            var spec = new ServiceSpec(File, ns, serviceName, clientName, protocol.Value, info,
                operationSpecs.ToEquatableArray(), specs.ToEquatableArray())
            {
                Accessibility = AccessibilityOption.Parse(_input.Accessibility),
                BotocoreName = ModelFiles.BotocoreName(File),
            };
            return Customizations.CliCustomizations.Apply(spec);
        }

        private WireProtocol? ChooseProtocol(JsonElement metadata)
        {
            var candidates = metadata.Strings("protocols").ToList();
            if (metadata.Str("protocol") is { } single) candidates.Add(single);
            foreach (var name in candidates)
                if (ProtocolNames.TryParse(name, out var protocol)) return protocol;
            _diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnsupportedProtocol, File, File,
                candidates.Count == 0 ? "none given" : string.Join(", ", candidates), ProtocolNames.SupportedList));
            return null;
        }

        private ServiceInfo ReadServiceInfo(JsonElement m)
        {
            string endpointPrefix = m.Str("endpointPrefix") ?? (m.Str("serviceId") ?? "service").ToLowerInvariant().Replace(" ", "");
            return new ServiceInfo(
                m.Str("serviceId") ?? m.Str("serviceAbbreviation") ?? m.Str("serviceFullName") ?? endpointPrefix,
                endpointPrefix,
                m.Str("signingName") ?? endpointPrefix,
                m.Str("apiVersion") ?? "",
                m.Str("jsonVersion"),
                m.Str("targetPrefix"),
                m.Str("globalEndpoint"),
                m.Str("xmlNamespace"),
                m.Bool("awsQueryCompatible") || m.Obj("awsQueryCompatible") is not null,
                Documentation.Summary(_root.Str("documentation")));
        }

        private string DeriveServiceName(JsonElement m)
        {
            string? id = m.Str("serviceId");
            if (id is null)
            {
                id = m.Str("serviceAbbreviation") ?? m.Str("serviceFullName");
                if (id is not null)
                    foreach (var prefix in new[] { "Amazon ", "AWS " })
                        if (id.StartsWith(prefix, StringComparison.Ordinal)) id = id.Substring(prefix.Length);
            }
            id ??= System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(File)) ?? "Service";
            return CSharpNames.Pascal(id);
        }

        private void ValidateShapes()
        {
            foreach (var shape in _shapes)
            {
                var s = shape.Value;
                if (s.ValueKind != JsonValueKind.Object)
                {
                    Error($"shape '{shape.Key}' is not a JSON object");
                    continue;
                }
                string? type = s.Str("type");
                if (type is null)
                {
                    Error($"shape '{shape.Key}' has no 'type'");
                    continue;
                }
                if (!KnownTypes.Contains(type))
                {
                    _diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnsupportedShapeType, File, File, shape.Key, type));
                    continue;
                }
                switch (type)
                {
                    case "structure":
                        if (s.Obj("members") is { } members)
                            foreach (var m in members.EnumerateObject())
                                CheckTarget(m.Value.Str("shape"), $"member '{m.Name}' of shape '{shape.Key}'");
                        break;
                    case "list":
                        CheckTarget(s.Obj("member")?.Str("shape"), $"the member of list shape '{shape.Key}'");
                        break;
                    case "map":
                        CheckTarget(s.Obj("key")?.Str("shape"), $"the key of map shape '{shape.Key}'");
                        CheckTarget(s.Obj("value")?.Str("shape"), $"the value of map shape '{shape.Key}'");
                        break;
                }
            }
        }

        private void ValidateOperations(List<JsonProperty> operations)
        {
            foreach (var op in operations)
            {
                if (op.Value.ValueKind != JsonValueKind.Object)
                {
                    Error($"operation '{op.Name}' is not a JSON object");
                    continue;
                }
                if (op.Value.Obj("input") is { } input) CheckStructure(input.Str("shape"), $"the input of operation '{op.Name}'");
                if (op.Value.Obj("output") is { } output) CheckStructure(output.Str("shape"), $"the output of operation '{op.Name}'");
                if (op.Value.TryGetProperty("errors", out var errs) && errs.ValueKind == JsonValueKind.Array)
                    foreach (var e in errs.EnumerateArray())
                        CheckStructure(e.Str("shape"), $"an error of operation '{op.Name}'");
            }
        }

        private void CheckTarget(string? target, string what)
        {
            if (target is null) Error($"{what} names no shape");
            else if (!_shapes.ContainsKey(target)) _diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnknownShape, File, File, what, target));
        }

        private void CheckStructure(string? target, string what)
        {
            CheckTarget(target, what);
            if (target is not null && _shapes.TryGetValue(target, out var s) && s.ValueKind == JsonValueKind.Object && s.Str("type") != "structure")
                Error($"{what} is shape '{target}', which is a {s.Str("type")}, not a structure");
        }

        private HashSet<string> ReferencedFromShapes()
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var shape in _shapes.Values)
            {
                if (shape.Obj("members") is { } members)
                    foreach (var m in members.EnumerateObject())
                        if (m.Value.Str("shape") is { } t) set.Add(t);
                if (shape.Obj("member")?.Str("shape") is { } lm) set.Add(lm);
                if (shape.Obj("key")?.Str("shape") is { } k) set.Add(k);
                if (shape.Obj("value")?.Str("shape") is { } v) set.Add(v);
            }
            return set;
        }

        private ShapeSpec SyntheticShape(string name, string? source, ShapeRole role, string typeName)
        {
            if (source is null)
                return new ShapeSpec(name, ShapeKind.Structure, role, typeName, EquatableArray<MemberSpec>.Empty, null, null,
                    EquatableArray<EnumValueSpec>.Empty, new ShapeTraits(), null);
            return BuildShape(name, _shapes[source], role, typeName);
        }

        private ShapeSpec BuildShape(string name, JsonElement s, ShapeRole role, string typeName)
        {
            string type = s.Str("type")!;
            var traits = new ShapeTraits(
                Streaming: s.Bool("streaming"),
                EventStream: s.Bool("eventstream"),
                Union: s.Bool("union"),
                Flattened: s.Bool("flattened"),
                Sensitive: s.Bool("sensitive"),
                TimestampFormat: ParseTimestampFormat(s.Str("timestampFormat")),
                XmlName: s.Str("locationName"),
                XmlNamespace: XmlNamespaceUri(s),
                XmlNamespacePrefix: s.Obj("xmlNamespace")?.Str("prefix"),
                Payload: s.Str("payload"),
                ErrorCode: s.Obj("error")?.Str("code"),
                ErrorHttpStatus: s.Obj("error")?.Int("httpStatusCode"),
                ErrorSenderFault: s.Obj("error")?.Bool("senderFault") == true,
                Min: s.NumberText("min"));
            string? doc = Documentation.Summary(s.Str("documentation"));
            switch (type)
            {
                case "structure":
                    if (s.Bool("document"))
                        return Simple(ShapeKind.Document);
                    return new ShapeSpec(name, ShapeKind.Structure, role, typeName, BuildMembers(name, s, role, typeName), null, null,
                        EquatableArray<EnumValueSpec>.Empty, traits, doc);
                case "list":
                    return new ShapeSpec(name, ShapeKind.List, role, "", EquatableArray<MemberSpec>.Empty,
                        BuildMember("member", s.Obj("member")!.Value, false, role, MemberLocation.Body), null, EquatableArray<EnumValueSpec>.Empty, traits, doc);
                case "map":
                    return new ShapeSpec(name, ShapeKind.Map, role, "", EquatableArray<MemberSpec>.Empty,
                        BuildMember("value", s.Obj("value")!.Value, false, role, MemberLocation.Body),
                        BuildMember("key", s.Obj("key")!.Value, false, role, MemberLocation.Body),
                        EquatableArray<EnumValueSpec>.Empty, traits, doc);
                case "string" when s.TryGetProperty("enum", out _):
                    return new ShapeSpec(name, ShapeKind.Enum, role, typeName, EquatableArray<MemberSpec>.Empty, null, null,
                        BuildEnumValues(s, typeName), traits, doc);
                default:
                    return Simple(type switch
                    {
                        "string" => ShapeKind.String,
                        "boolean" => ShapeKind.Boolean,
                        "byte" => ShapeKind.Byte,
                        "short" => ShapeKind.Short,
                        "integer" => ShapeKind.Integer,
                        "long" => ShapeKind.Long,
                        "float" => ShapeKind.Float,
                        "double" => ShapeKind.Double,
                        "bigdecimal" => ShapeKind.BigDecimal,
                        "biginteger" => ShapeKind.BigInteger,
                        "blob" => ShapeKind.Blob,
                        "timestamp" => ShapeKind.Timestamp,
                        _ => throw new InvalidOperationException("unreachable: " + type),
                    });
            }

            ShapeSpec Simple(ShapeKind kind) => new(name, kind, role, "", EquatableArray<MemberSpec>.Empty, null, null,
                EquatableArray<EnumValueSpec>.Empty, traits, doc);
        }

        private EquatableArray<MemberSpec> BuildMembers(string shapeName, JsonElement s, ShapeRole role, string typeName)
        {
            var required = new HashSet<string>(s.Strings("required"), StringComparer.Ordinal);
            var taken = new HashSet<string>(ReservedMemberNames.For(role), StringComparer.Ordinal) { typeName };
            var members = new List<MemberSpec>();
            if (s.Obj("members") is not { } obj) return EquatableArray<MemberSpec>.Empty;
            foreach (var m in obj.EnumerateObject())
            {
                // HTTP bindings matter only at the top level of an input, output or error; nested, everything is body.
                var location = role == ShapeRole.Data ? MemberLocation.Body : ParseLocation(m.Value.Str("location"));
                // A response has no URI or query string: such members of an output or error travel in the body.
                if (role is ShapeRole.Response or ShapeRole.Error && location is MemberLocation.Uri or MemberLocation.QueryString)
                    location = MemberLocation.Body;
                var member = BuildMember(m.Name, m.Value, required.Contains(m.Name), role, location);
                string property = CSharpNames.Pascal(m.Name);
                // An error's "message" member is the exception's message, not a property of its own.
                if (role == ShapeRole.Error && string.Equals(m.Name, "message", StringComparison.OrdinalIgnoreCase) && IsStringShape(member.Target))
                    property = "Message";
                else
                    property = CSharpNames.Unique(property, taken, "Value");
                members.Add(member with { PropertyName = property });
            }
            return members.ToEquatableArray();
        }

        private bool IsStringShape(string target) => _shapes.TryGetValue(target, out var t) && t.Str("type") == "string";

        private MemberSpec BuildMember(string name, JsonElement m, bool required, ShapeRole role, MemberLocation location)
        {
            string target = m.Str("shape")!;
            var targetShape = _shapes[target];
            string? locationName = m.Str("locationName");
            var format = ParseTimestampFormat(m.Str("timestampFormat"));
            if (format == TimestampFormat.Default) format = ParseTimestampFormat(targetShape.Str("timestampFormat"));
            return new MemberSpec(
                name, CSharpNames.Pascal(name), target, location,
                locationName ?? name, locationName is not null,
                required,
                m.Bool("idempotencyToken"),
                m.Bool("hostLabel"),
                m.Bool("xmlAttribute"),
                m.Bool("flattened") || targetShape.Bool("flattened"),
                XmlNamespaceUri(m),
                m.Obj("xmlNamespace")?.Str("prefix"),
                m.Str("queryName"),
                format,
                m.Bool("jsonvalue"),
                m.Bool("deprecated"),
                Documentation.Summary(m.Str("documentation")),
                m.Bool("streaming") || targetShape.Bool("streaming"),
                m.Obj("contextParam")?.Str("name"));
        }

        /// <summary>staticContextParams: {"Name": {"value": true}}, kept as name and JSON text, sorted by name.</summary>
        private static EquatableArray<StaticContextParam> StaticContextParams(JsonElement operation)
        {
            if (operation.Obj("staticContextParams") is not { } parameters) return EquatableArray<StaticContextParam>.Empty;
            var list = new List<StaticContextParam>();
            foreach (var p in parameters.EnumerateObject())
            {
                if (p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("value", out var value))
                    list.Add(new StaticContextParam(p.Name, value.GetRawText()));
            }
            list.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            return list.ToEquatableArray();
        }

        /// <summary>
        /// Sent without a signature: authtype "none", or an auth list whose first choice is smithy.api#noAuth (a list
        /// that prefers sigv4 and merely allows noAuth is signed, as botocore does).
        /// </summary>
        private static bool IsUnsigned(JsonElement operation) =>
            operation.Str("authtype") == "none" || operation.Strings("auth").FirstOrDefault() == "smithy.api#noAuth";

        /// <summary>An xmlNamespace trait is either {"uri": ..., "prefix": ...} or just the URI as a string.</summary>
        private static string? XmlNamespaceUri(JsonElement e) =>
            e.Obj("xmlNamespace")?.Str("uri") ?? e.Str("xmlNamespace");

        private static EquatableArray<EnumValueSpec> BuildEnumValues(JsonElement s, string typeName)
        {
            var taken = new HashSet<string>(StringComparer.Ordinal) { "Value", "Values", "ToString", "Equals", "GetHashCode", "GetType", typeName };
            var values = new List<EnumValueSpec>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var v in s.Strings("enum"))
                if (seen.Add(v)) values.Add(new EnumValueSpec(v, CSharpNames.Unique(CSharpNames.EnumMember(v), taken, "Value")));
            return values.ToEquatableArray();
        }

        private static MemberLocation ParseLocation(string? location) => location switch
        {
            "uri" => MemberLocation.Uri,
            "querystring" => MemberLocation.QueryString,
            "header" => MemberLocation.Header,
            "headers" => MemberLocation.HeaderMap,
            "statusCode" => MemberLocation.StatusCode,
            _ => MemberLocation.Body,
        };

        private static TimestampFormat ParseTimestampFormat(string? format) => format?.ToLowerInvariant() switch
        {
            "iso8601" => TimestampFormat.Iso8601,
            "unixtimestamp" => TimestampFormat.EpochSeconds,
            "rfc822" => TimestampFormat.HttpDate,
            _ => TimestampFormat.Default,
        };
    }
}
