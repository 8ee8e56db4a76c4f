using System.Collections.Generic;
using AwsCodegen.Generator.Emit;
using AwsCodegen.Generator.Model;

namespace AwsCodegen.Generator.Protocols;

/// <summary>
/// What differs between wire protocols at generation time. Each emitter writes the bodies of three generated methods:
/// an operation's request writer, its response reader, and an error shape's reader.
/// </summary>
internal interface IProtocolEmitter
{
    /// <summary>An expression for the runtime's AwsProtocol instance (error parsing at run time).</summary>
    string RuntimeProtocol(ServiceSpec spec);

    /// <summary>Extra files this protocol needs, such as the JSON codec: (hint-name suffix, source).</summary>
    IEnumerable<(string Suffix, string Source)> EmitSupportFiles(ServiceSpec spec);

    /// <summary>Statements filling <c>request</c> (AwsHttpRequest) from <c>input</c>.</summary>
    void EmitRequestBody(SourceWriter w, ServiceSpec spec, OperationSpec op, ShapeSpec input);

    /// <summary>Statements reading <c>response</c> (AwsHttpResponse) into <c>value</c>, a new instance of the response type.</summary>
    void EmitResponseBody(SourceWriter w, ServiceSpec spec, OperationSpec op, ShapeSpec output);

    /// <summary>Statements reading the modeled members of an error from <c>response</c> into <c>value</c>.</summary>
    void EmitErrorBody(SourceWriter w, ServiceSpec spec, ShapeSpec error);
}

internal static class ProtocolEmitters
{
    public static IProtocolEmitter For(WireProtocol protocol) => protocol switch
    {
        WireProtocol.Json => JsonRpcEmitter.Instance,
        WireProtocol.RestJson => RestJsonEmitter.Instance,
        WireProtocol.RestXml => RestXmlEmitter.Instance,
        WireProtocol.Query => QueryEmitter.Instance,
        WireProtocol.Ec2 => Ec2Emitter.Instance,
        _ => throw new System.NotSupportedException(protocol.ToString()),
    };
}
