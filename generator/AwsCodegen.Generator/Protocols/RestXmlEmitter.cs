using System.Collections.Generic;
using System.Linq;
using AwsCodegen.Generator.Emit;
using AwsCodegen.Generator.Model;
using AwsCodegen.Generator.Naming;

namespace AwsCodegen.Generator.Protocols;

/// <summary>
/// rest-xml (S3, Route 53, CloudFront): the REST bindings, plus a payload that is an XML document of the body members,
/// or one payload member (a structure as an XML document, a blob or stream as raw bytes, a string as text).
/// </summary>
internal sealed class RestXmlEmitter : IProtocolEmitter
{
    public static readonly RestXmlEmitter Instance = new();

    public string RuntimeProtocol(ServiceSpec spec) => TypeNames.Runtime + ".Protocols.Xml.RestXmlProtocol.Instance";

    public IEnumerable<(string Suffix, string Source)> EmitSupportFiles(ServiceSpec spec)
    {
        yield return ("XmlWriterCodec", XmlWriterEmitter.Emit(spec));
        yield return ("XmlCodec", XmlCodecEmitter.Emit(spec));
    }

    public void EmitRequestBody(SourceWriter w, ServiceSpec spec, OperationSpec op, ShapeSpec input)
    {
        RestBindingEmitter.EmitRequestBindings(w, spec, op, input);
        string codec = XmlWriterEmitter.ClassName(spec);
        if (RestBindingEmitter.PayloadMember(input) is { } payload)
        {
            var shape = spec.Shape(payload.Target);
            if (shape.Kind == ShapeKind.Structure && !shape.Traits.EventStream)
            {
                // An unset structure payload sends no body at all.
                var (prefix, uri) = XmlWriterEmitter.Namespace(spec, payload);
                using (w.Block($"if (input.{payload.PropertyName} is {{ }} p)"))
                {
                    w.Line($"var xml = new {XmlWriterEmitter.Wire}();");
                    w.Line($"{codec}.{XmlWriterEmitter.WriterName(shape)}(xml, {CSharpNames.Literal(PayloadRootName(payload, shape))}, {CSharpNames.Literal(prefix)}, {CSharpNames.Literal(uri)}, p);");
                    w.Line("request.Content = xml.ToContent();");
                }
                return;
            }
            string write = shape.Kind switch
            {
                ShapeKind.String => $"{TypeNames.RequestContent}.FromBytes(global::System.Text.Encoding.UTF8.GetBytes(p), \"text/plain\")",
                ShapeKind.Enum => $"{TypeNames.RequestContent}.FromBytes(global::System.Text.Encoding.UTF8.GetBytes(p.Value), \"text/plain\")",
                _ when TypeNames.IsStream(spec, payload) => $"{TypeNames.RequestContent}.FromStream(p, \"application/octet-stream\")",
                _ => $"{TypeNames.RequestContent}.FromBytes(p, \"application/octet-stream\")",
            };
            w.Line($"if (input.{payload.PropertyName} is {{ }} p) request.Content = {write};");
        }
        else
        {
            var body = input.Members.Where(m => XmlWriterEmitter.IsBody(spec, m)).ToList();
            if (body.Count == 0) return;
            // The document is sent only when some body member is set.
            string any = string.Join(" || ", body.Select(m => $"input.{m.PropertyName} is not null"));
            string root = input.Traits.XmlName ?? op.InputXmlName ?? op.Name + "Request";
            string? uri = op.InputXmlNamespace ?? input.Traits.XmlNamespace;
            string? prefix = op.InputXmlNamespace is not null ? op.InputXmlNamespacePrefix : input.Traits.XmlNamespacePrefix;
            using (w.Block($"if ({any})"))
            {
                w.Line($"var xml = new {XmlWriterEmitter.Wire}();");
                w.Line($"{codec}.{XmlWriterEmitter.WriterName(input)}(xml, {CSharpNames.Literal(root)}, {CSharpNames.Literal(prefix)}, {CSharpNames.Literal(uri)}, input);");
                w.Line("request.Content = xml.ToContent();");
            }
        }
    }

    /// <summary>
    /// The root element of a structure payload. botocore's models give every payload member a locationName, also where
    /// the Smithy model has no xmlName (then it is just the member name). So: a locationName that differs from the member
    /// name is an explicit name; so is one that comes with the member's own xmlNamespace, as in every real service model
    /// (S3's LifecycleConfiguration member targets BucketLifecycleConfiguration); otherwise the target shape's own
    /// locationName, else its name.
    /// </summary>
    internal static string PayloadRootName(MemberSpec payload, ShapeSpec target)
    {
        if (payload.HasExplicitWireName && (payload.WireName != payload.Name || payload.XmlNamespace is not null))
            return payload.WireName;
        return target.Traits.XmlName ?? target.Name;
    }

    public void EmitResponseBody(SourceWriter w, ServiceSpec spec, OperationSpec op, ShapeSpec output)
    {
        RestBindingEmitter.EmitResponseBindings(w, spec, output);
        // As botocore: a header map with no matching header is empty, not absent.
        foreach (var m in output.Members.Where(m => m.Location == MemberLocation.HeaderMap))
            w.Line($"value.{m.PropertyName} ??= new();");
        if (Customizations.ServiceCustomizations.For(spec).BareRootMember(op) is { } bare &&
            output.Members.FirstOrDefault(m => m.Name == bare) is { } bareMember && spec.Shape(bareMember.Target).Kind is ShapeKind.String or ShapeKind.Enum)
        {
            // The root element is the member itself (S3 GetBucketLocation's <LocationConstraint>), empty for us-east-1.
            var target = spec.Shape(bareMember.Target);
            w.Line($"using var reader = {XmlCodecEmitter.Wire}.OpenRoot(response.Body);");
            w.Line($"var text = reader is null ? \"\" : {XmlCodecEmitter.Wire}.ReadText(reader);");
            w.Line($"if (text.Length > 0) value.{bareMember.PropertyName} = {(target.Kind == ShapeKind.Enum ? $"new {target.TypeName}(text)" : "text")};");
            return;
        }
        EmitPayloadOrBody(w, spec, output);
    }

    public void EmitErrorBody(SourceWriter w, ServiceSpec spec, ShapeSpec error)
    {
        RestBindingEmitter.EmitResponseBindings(w, spec, error);
        // The members are the children of <Error>, whether it is the root (S3) or inside <ErrorResponse>.
        if (error.Members.Any(m => XmlCodecEmitter.IsBody(spec, m)))
        {
            w.Line($"using var reader = {XmlCodecEmitter.Wire}.OpenElement(response.Body, \"Error\");");
            w.Line($"if (reader is not null) {XmlCodecEmitter.ClassName(spec)}.{XmlCodecEmitter.FillName(error)}(reader, value);");
        }
    }

    private static void EmitPayloadOrBody(SourceWriter w, ServiceSpec spec, ShapeSpec shape)
    {
        string codec = XmlCodecEmitter.ClassName(spec);
        if (RestBindingEmitter.PayloadMember(shape) is { } payload)
        {
            var target = spec.Shape(payload.Target);
            if (!RestBindingEmitter.EmitRawPayloadRead(w, spec, payload) && target.Kind == ShapeKind.Structure)
            {
                // The root element is the payload, whatever its name.
                w.Line($"using var reader = {XmlCodecEmitter.Wire}.OpenRoot(response.Body);");
                w.Line($"if (reader is not null) value.{payload.PropertyName} = {codec}.{XmlCodecEmitter.ReaderName(target)}(reader);");
            }
        }
        else if (shape.Members.Any(m => XmlCodecEmitter.IsBody(spec, m)))
        {
            // The root element (its name varies: OperationResult, the output's locationName) holds the body members.
            w.Line($"using var reader = {XmlCodecEmitter.Wire}.OpenRoot(response.Body);");
            w.Line($"if (reader is not null) {codec}.{XmlCodecEmitter.FillName(shape)}(reader, value);");
        }
    }
}
