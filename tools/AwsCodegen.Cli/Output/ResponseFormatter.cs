using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace AwsCodegen.Cli.Output;

/// <summary>
/// Prints a response document the way aws-cli prints it for <c>--output</c> json, text, table (aws-cli 1.45.11,
/// byte for byte) and yaml, yaml-stream (aws-cli v2). The document is the final one: ResponseMetadata removed,
/// merged across pages, <c>--query</c> applied, members in the model's order.
/// <para>
/// Pages: json, table and yaml print the merged result (aws-cli's build_full_result) once. text and yaml-stream
/// print page by page in aws-cli, and that differs from formatting the merged document: for text, --query is
/// applied to each page (Users[0] is the first user of every page), a list of structures takes its columns from the
/// scalar keys of that page's elements only, and a truncated listing ends with a "NEXTTOKEN\t..." line (the caller
/// passes <c>{"NextToken": {"NextToken": token}}</c>, queried as well, as the last page); for yaml-stream each page is
/// its own one-item list. Use <see cref="WritePages"/> for those two when the command paginates.
/// </para>
/// </summary>
public static class ResponseFormatter
{
    /// <summary>Writes one document (a whole response, or a paginated one merged).</summary>
    /// <param name="operationName">The model's operation name, e.g. DescribeTable: the title of a table.</param>
    /// <exception cref="FormatterException">A document aws-cli's formatter fails on (see its remarks).</exception>
    public static void Write(OutputFormat format, string operationName, JsonElement response, TextWriter output, FormatterOptions options)
    {
        switch (format)
        {
            case OutputFormat.Json:
                JsonOutput.Write(response, output);
                break;
            case OutputFormat.Text:
                TextOutput.Write(response, output);
                break;
            case OutputFormat.Table:
                TableOutput.Write(operationName, response, output, options);
                break;
            case OutputFormat.Yaml:
                YamlOutput.Write(response, output);
                break;
            case OutputFormat.YamlStream:
                YamlOutput.WriteStream([response], output);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, null);
        }
    }

    /// <summary>True for the formats aws-cli prints page by page (text, yaml-stream): call <see cref="WritePages"/>.</summary>
    public static bool PrintsPageByPage(OutputFormat format) => format is OutputFormat.Text or OutputFormat.YamlStream;

    /// <summary>
    /// Writes the pages of a paginated response as aws-cli does for text and yaml-stream, each page as it comes (each
    /// already queried; for text the first page carries the response's non-list members, later pages only the result
    /// keys). Other formats need the merged document: <see cref="Write"/>.
    /// </summary>
    public static void WritePages(OutputFormat format, string operationName, IEnumerable<JsonElement> pages, TextWriter output, FormatterOptions options)
    {
        switch (format)
        {
            case OutputFormat.Text:
                foreach (var page in pages) TextOutput.Write(page, output);
                break;
            case OutputFormat.YamlStream:
                YamlOutput.WriteStream(pages, output);
                break;
            default:
                throw new ArgumentException($"{OutputFormats.Name(format)} output prints the merged document: call Write.", nameof(format));
        }
    }
}
