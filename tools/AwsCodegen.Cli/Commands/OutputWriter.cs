using System.Collections.Generic;
using System.Text.Json;
using AwsCodegen.Cli.Engine;
using AwsCodegen.Cli.Output;

namespace AwsCodegen.Cli.Commands;

/// <summary>Writes a command's result in the output format its settings chose, for the command's terminal.</summary>
internal static class OutputWriter
{
    public static OutputFormat Format(CommandContext context) =>
        OutputFormats.TryParse(context.Settings.Output, out var format) ? format : OutputFormat.Json;

    public static FormatterOptions Options(CommandContext context, bool queried)
    {
        var terminal = context.Invocation.Terminal;
        bool color = context.Settings.Options.Color switch
        {
            "on" => true,
            "off" => false,
            _ => terminal.StdoutIsTerminal,
        };
        return new FormatterOptions(terminal.StdoutIsTerminal ? terminal.Columns : 80, color, terminal.StdoutIsTerminal, queried);
    }

    /// <summary>Writes one result: a whole response, or a paginated one merged.</summary>
    public static void Write(CommandContext context, string operationName, JsonElement result, bool queried) =>
        Guard(() => ResponseFormatter.Write(Format(context), operationName, result, context.Out, Options(context, queried)));

    /// <summary>Writes pages as they come, for the formats aws-cli prints page by page (text, yaml-stream).</summary>
    public static void WritePages(CommandContext context, string operationName, IEnumerable<JsonElement> pages, bool queried) =>
        Guard(() => ResponseFormatter.WritePages(Format(context), operationName, pages, context.Out, Options(context, queried)));

    private static void Guard(System.Action write)
    {
        try
        {
            write();
        }
        catch (FormatterException e)
        {
            throw CliException.Other(e.Message, e);
        }
    }
}
