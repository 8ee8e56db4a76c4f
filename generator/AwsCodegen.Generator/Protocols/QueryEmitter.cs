using System.Collections.Generic;
using AwsCodegen.Generator.Emit;
using AwsCodegen.Generator.Model;
using AwsCodegen.Generator.Naming;

namespace AwsCodegen.Generator.Protocols;

/// <summary>
/// awsQuery: every call is a form POST to "/" (Action, Version, then the input as dotted keys); responses and errors
/// are XML. The small virtual hooks below are exactly where ec2 differs (see <see cref="Ec2Emitter"/>).
/// </summary>
internal class QueryEmitter : IProtocolEmitter
{
    public static readonly QueryEmitter Instance = new();

    protected const string Protocol = TypeNames.Runtime + ".Protocols.Query.QueryProtocol";

    protected QueryEmitter()
    {
    }

    public virtual string RuntimeProtocol(ServiceSpec spec) => Protocol + ".Query";

    /// <summary>The form key of a structure member: its element name (locationName, else its name).</summary>
    internal virtual string MemberKey(ServiceSpec spec, MemberSpec member) => XmlNames.MemberElement(spec, member);

    /// <summary>The item name inside a list's key (Name.member.N), or null when the list is flattened (Name.N).</summary>
    internal virtual string? ListItemName(ServiceSpec spec, MemberSpec listMember) =>
        listMember.Flattened ? null : XmlNames.ListItem(spec.Shape(listMember.Target));

    /// <summary>The runtime factory for the form: the protocols differ in whether an empty list is sent.</summary>
    protected virtual string FormFactory => "ForQuery";

    /// <summary>The element under the root that holds the output's members; null when they are the root's children.</summary>
    protected virtual string? ResultWrapper(OperationSpec op) => op.ResultWrapper ?? op.Name + "Result";

    public IEnumerable<(string Suffix, string Source)> EmitSupportFiles(ServiceSpec spec)
    {
        yield return ("QueryCodec", QueryFormCodecEmitter.Emit(spec, this));
        yield return ("XmlCodec", XmlCodecEmitter.Emit(spec));
    }

    public void EmitRequestBody(SourceWriter w, ServiceSpec spec, OperationSpec op, ShapeSpec input)
    {
        w.Line("request.Method = \"POST\";");
        w.Line("request.Path = \"/\";");
        w.Line($"var form = {QueryFormCodecEmitter.Writer}.{FormFactory}({CSharpNames.Literal(op.Name)}, {CSharpNames.Literal(spec.Info.ApiVersion)});");
        w.Line($"{QueryFormCodecEmitter.ClassName(spec)}.{QueryFormCodecEmitter.WriterName(input)}(form, \"\", input);");
        w.Line("request.Content = form.ToContent();");
    }

    public void EmitResponseBody(SourceWriter w, ServiceSpec spec, OperationSpec op, ShapeSpec output)
    {
        string fill = XmlCodecEmitter.ClassName(spec) + "." + XmlCodecEmitter.FillName(output);
        // Smithy's awsQuery always wraps the result in {Operation}Result; botocore models say so with resultWrapper.
        if (ResultWrapper(op) is { } wrapper)
            w.Line($"{Protocol}.ReadResult(response, {CSharpNames.Literal(wrapper)}, value, {fill});");
        else
            w.Line($"{Protocol}.ReadEc2Result(response, value, {fill});");
    }

    /// <summary>A modeled error's members are the children of the &lt;Error&gt; element, in both protocols.</summary>
    public void EmitErrorBody(SourceWriter w, ServiceSpec spec, ShapeSpec error)
    {
        w.Line($"using var reader = {XmlCodecEmitter.Wire}.OpenElement(response.Body, \"Error\");");
        w.Line($"if (reader is not null) {XmlCodecEmitter.ClassName(spec)}.{XmlCodecEmitter.FillName(error)}(reader, value);");
    }
}
