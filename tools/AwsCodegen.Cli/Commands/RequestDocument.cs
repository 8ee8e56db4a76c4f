using System.Collections.Generic;
using AwsCodegen.Cli.Engine;
using AwsCodegen.Cli.Parameters;

namespace AwsCodegen.Cli.Commands;

/// <summary>
/// The request document of one command: its parsed arguments handed to the parameters layer (unpacking, shorthand,
/// file://, --cli-input-json/yaml, validation), in the model's member order.
/// </summary>
internal static class RequestDocument
{
    public static Parameters.RequestDocument Build(OperationArguments arguments, ParsedArguments parsed, CommandContext context)
    {
        var collected = new List<ParameterArgument>();
        foreach (var member in arguments.Operation.Input.Members)
        {
            if (parsed.Flags.TryGetValue(member, out bool flag)) collected.Add(new ParameterArgument(member, System.Array.Empty<string>(), Negated: !flag));
            else if (parsed.Values.TryGetValue(member, out var values)) collected.Add(new ParameterArgument(member, values));
            else if (parsed.StreamingBodyPath is { } path && arguments.Find(member.CliName ?? "")?.Kind == ArgumentKind.StreamingBody)
                collected.Add(new ParameterArgument(member, new[] { path }));
        }
        CliInput? input = parsed.CliInputJson is { } json ? new CliInput(CliInputFormat.Json, json)
            : parsed.CliInputYaml is { } yaml ? new CliInput(CliInputFormat.Yaml, yaml) : null;
        var parameters = ParameterContextFor(context);
        return RequestDocumentBuilder.Build(arguments.Operation, collected, parameters, input);
    }

    public static ParameterContext ParameterContextFor(CommandContext context) =>
        new(context.Invocation.WorkingDirectory, new InvocationFileReader(context.Invocation), context.Env)
        {
            Blobs = context.Settings.BinaryFormat == "raw-in-base64-out" ? BlobInput.Raw : BlobInput.Base64,
        };
}
