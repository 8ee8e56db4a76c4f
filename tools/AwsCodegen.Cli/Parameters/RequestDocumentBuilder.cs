using System;
using System.Collections.Generic;
using System.Text.Json;
using AwsCodegen.Runtime.Descriptors;

namespace AwsCodegen.Cli.Parameters;

/// <summary>One parameter the argument parser collected: its member and the raw tokens after the flag.</summary>
/// <param name="Negated">A boolean given by its --no- flag (its tokens are then empty).</param>
public sealed record ParameterArgument(MemberDescriptor Member, IReadOnlyList<string> Tokens, bool Negated = false);

/// <summary>A streaming input member (S3 PutObject's Body): the engine opens and streams the file itself.</summary>
public sealed record StreamingInput(MemberDescriptor Member, string FullPath);

/// <summary>A validated request: the document for the document call, and the streams kept out of it.</summary>
public sealed class RequestDocument
{
    internal RequestDocument(byte[] utf8Json, CliMap parameters, IReadOnlyList<StreamingInput> streams)
    {
        Utf8Json = utf8Json;
        Parameters = parameters;
        Streams = streams;
    }

    /// <summary>The request document (UTF-8 JSON): members in the model's order, blobs base64, no streaming members.</summary>
    public byte[] Utf8Json { get; }

    /// <summary>The values before writing (Python-typed, insertion order as aws-cli built them).</summary>
    public CliMap Parameters { get; }

    public IReadOnlyList<StreamingInput> Streams { get; }

    public JsonDocument ToJsonDocument() => JsonDocument.Parse(Utf8Json);
}

/// <summary>
/// Builds an operation's request document from the command line as aws-cli does: each parameter unpacked
/// (<see cref="ParameterValue"/>) in the model's member order, the members of <c>--cli-input-json</c> or
/// <c>--cli-input-yaml</c> that the command line did not set added after them, the whole validated against the input
/// shape (botocore's ParamValidator), then written.
/// </summary>
public static class RequestDocumentBuilder
{
    /// <exception cref="ParameterException">A parameter does not parse or the request is invalid; nothing may be sent.</exception>
    public static RequestDocument Build(OperationDescriptor operation, IReadOnlyList<ParameterArgument> arguments,
        ParameterContext context, CliInput? cliInput = null)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        var input = operation.Input;
        var ordered = new List<(int Order, ParameterArgument Argument)>(arguments.Count);
        foreach (var argument in arguments)
        {
            int order = IndexOf(input, argument.Member);
            if (order < 0) throw new ArgumentException($"{argument.Member.Name} is no member of {operation.Name}'s input.", nameof(arguments));
            ordered.Add((order, argument));
        }
        ordered.Sort((a, b) => a.Order.CompareTo(b.Order)); // stable enough: one entry per member

        var parameters = new CliMap();
        var streams = new List<StreamingInput>();
        foreach (var (_, argument) in ordered)
        {
            var value = ParameterValue.Unpack(operation, argument.Member, argument.Tokens, context, argument.Negated);
            if (ShapeKinds.IsStreaming(argument.Member) && value is CliString path)
            {
                streams.Add(new StreamingInput(argument.Member, path.Value));
                value = new CliBytes([]); // validated as a blob, never written
            }
            parameters.Set(argument.Member.Name, value);
        }
        if (cliInput is not null) CliInput.MergeInto(parameters, cliInput.Read(context));
        ParamValidator.ThrowIfInvalid(parameters, input);
        return new RequestDocument(Write(parameters, operation, context), parameters, streams);
    }

    private static byte[] Write(CliMap parameters, OperationDescriptor operation, ParameterContext context)
    {
        var documentValues = new CliMap();
        foreach (var member in operation.Input.Members)
            if (parameters.Get(member.Name) is { } value && !ShapeKinds.IsStreaming(member)) documentValues.Set(member.Name, value);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
            RequestDocumentWriter.Write(writer, documentValues, operation.Input, context.Blobs);
        return buffer.WrittenSpan.ToArray();
    }

    private static int IndexOf(ShapeDescriptor input, MemberDescriptor member)
    {
        for (int i = 0; i < input.Members.Count; i++)
            if (ReferenceEquals(input.Members[i], member) || input.Members[i].Name == member.Name) return i;
        return -1;
    }
}
