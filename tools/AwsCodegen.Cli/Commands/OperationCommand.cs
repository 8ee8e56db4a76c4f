using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Cli.Engine;
using AwsCodegen.Runtime;
using AwsCodegen.Runtime.Descriptors;
using AwsCodegen.Runtime.Documents;
using AwsCodegen.Runtime.JmesPath;

namespace AwsCodegen.Cli.Commands;

/// <summary>
/// <c>awscg &lt;service&gt; &lt;operation&gt; [parameters]</c>: arguments to a request document, the call (paginated as
/// aws-cli paginates, with streams through the side channel), --query, and the output format.
/// </summary>
internal static class OperationCommand
{
    public static async Task<int> RunAsync(CommandContext context, OperationDescriptor operation, IReadOnlyList<string> tokens, ClientCache clients)
    {
        var arguments = new OperationArguments(operation);
        var parsed = arguments.Parse(tokens);
        var options = context.Settings.Options;
        var query = CompileQuery(options.Query);

        bool paginate = arguments.Paginator is not null && !options.NoPaginate;
        // The operation's own token or limit argument turns auto-pagination off, as in aws-cli; except max-items,
        // which aws-cli's check leaves to its unified --max-items (Lambda's limit key has that very name).
        foreach (var name in arguments.HiddenPagingArguments)
            if (name != "max-items" && parsed.Given.Contains(name)) paginate = false;
        var pagingUsed = new List<string>();
        if (parsed.StartingToken is not null) pagingUsed.Add("--starting-token");
        if (parsed.PageSize is not null) pagingUsed.Add("--page-size");
        if (parsed.MaxItems is not null) pagingUsed.Add("--max-items");
        if (!paginate && pagingUsed.Count > 0)
            throw CliException.Parameter("Error during pagination: Cannot specify --no-paginate along with pagination arguments: " + string.Join(", ", pagingUsed));
        int? maxItems = PagingNumber("max-items", parsed.MaxItems);
        int? pageSize = PagingNumber("page-size", parsed.PageSize);

        if (parsed.Skeleton is { } skeleton)
        {
            PrintSkeleton(context, operation, skeleton);
            return ExitCodes.Success;
        }
        var document = RequestDocument.Build(arguments, parsed, context);
        var request = (JsonObject)JsonNode.Parse(document.Utf8Json)!;

        await using var body = OpenBody(context, document.Streams.Count > 0 ? document.Streams[0].FullPath : null);
        var call = new DocumentCall
        {
            InputBody = body,
            OutputBody = parsed.Outfile is { } outfile ? (stream, ct) => SaveAsync(context, outfile, stream, ct) : null,
        };
        var debugLog = options.Debug ? new DebugLog(context.Err) : null;
        var client = clients.Get(operation.Service, context, debugLog);
        context.OperationName = operation.Name;
        context.MaxAttempts = client.Configuration.MaxAttempts;

        async Task<JsonDocument> SendAsync(JsonObject document)
        {
            using var input = JsonPaths.ToDocument(document);
            return await client.InvokeDocumentAsync(operation, input.RootElement, call, context.CancellationToken).ConfigureAwait(false);
        }

        if (!paginate)
        {
            using var response = await SendAsync(request).ConfigureAwait(false);
            Print(context, operation, response.RootElement, query);
            return ExitCodes.Success;
        }

        var paginator = new DocumentPaginator(arguments.Paginator!);
        if (Output.ResponseFormatter.PrintsPageByPage(OutputWriter.Format(context)))
        {
            // aws-cli's text output prints page by page, the query applied to each page, then the resume token
            // (queried too); each page is written as it arrives.
            bool first = true;
            await paginator.RunAsync(request, maxItems, pageSize, parsed.StartingToken, SendAsync, page =>
            {
                using var shown = JsonPaths.ToDocument(paginator.TextPage(page, first));
                first = false;
                WritePage(context, operation, shown.RootElement, query);
            }).ConfigureAwait(false);
            if (paginator.ResumeToken is { } resume)
            {
                using var token = JsonDocument.Parse("{\"NextToken\":{\"NextToken\":" + AsciiJson.Quote(resume) + "}}");
                WritePage(context, operation, token.RootElement, query);
            }
            return ExitCodes.Success;
        }
        var full = new DocumentPaginator.FullResult(paginator);
        await paginator.RunAsync(request, maxItems, pageSize, parsed.StartingToken, SendAsync, full.Add).ConfigureAwait(false);
        using (var result = JsonPaths.ToDocument(full.Build()))
            Print(context, operation, result.RootElement, query);
        return ExitCodes.Success;
    }

    private static void WritePage(CommandContext context, OperationDescriptor operation, JsonElement page, JmesPathExpression? query)
    {
        var shown = query is null ? page : query.Evaluate(page);
        OutputWriter.WritePages(context, operation.Name, new[] { shown }, query is not null);
    }

    private static void PrintSkeleton(CommandContext context, OperationDescriptor operation, string kind)
    {
        switch (kind)
        {
            case "yaml-input":
                context.Out.Write(Parameters.CliSkeleton.InputYaml(operation));
                return;
            case "output":
                // A sample response, printed by the output formatter as a real one would be.
                var sample = Parameters.PythonJsonWriter.Dumps(Parameters.CliSkeleton.Generate(operation.Output, useMemberNames: true), indent: null);
                using (var document = JsonDocument.Parse(sample))
                    OutputWriter.Write(context, operation.Name, document.RootElement, queried: false);
                return;
            default:
                context.Out.Write(Parameters.CliSkeleton.InputJson(operation));
                return;
        }
    }

    private static void Print(CommandContext context, OperationDescriptor operation, JsonElement response, JmesPathExpression? query)
    {
        var shown = query is null ? response : query.Evaluate(response);
        OutputWriter.Write(context, operation.Name, shown, query is not null);
    }

    public static JmesPathExpression? CompileQuery(string? text)
    {
        if (text is null) return null;
        try
        {
            return JmesPathExpression.Compile(text);
        }
        catch (JmesPathException e)
        {
            throw CliException.Parameter($"Bad value for --query {text}: {PythonJmesPathError(text, e)}", e);
        }
    }

    /// <summary>The Python jmespath library's words for a syntax error, which aws-cli prints (caret under the column).</summary>
    private static string PythonJmesPathError(string text, JmesPathException error)
    {
        string underline = new string(' ', Math.Min(error.Position, text.Length) + 1) + "^";
        return error.Position >= text.Length
            ? $"Invalid jmespath expression: Incomplete expression:\n\"{text}\"\n{underline}"
            : $"Invalid jmespath expression: Parse error at column {error.Position}, {error.Detail}, for expression:\n\"{text}\"\n{underline}";
    }

    private static int? PagingNumber(string name, string? text)
    {
        if (text is null) return null;
        return int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value)
            ? value : throw CliException.Usage($"argument --{name}: invalid int value: '{text}'");
    }

    private static FileStream? OpenBody(CommandContext context, string? path)
    {
        if (path is null) return null;
        string full = context.Invocation.ResolvePath(path);
        try
        {
            return new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.Parameter($"Error parsing parameter '--body': Unable to load paramfile {path}: {e.Message}", e);
        }
    }

    private static async Task SaveAsync(CommandContext context, string outfile, Stream payload, CancellationToken cancellationToken)
    {
        string full = context.Invocation.ResolvePath(outfile);
        if (context.Invocation.StandardStreamFor(full) is { CanWrite: true } standard)
        {
            // outfile /dev/stdout: the command's stdout, which through the daemon is the client's.
            await payload.CopyToAsync(standard, 1 << 16, cancellationToken).ConfigureAwait(false);
            await standard.FlushAsync(cancellationToken).ConfigureAwait(false);
            return;
        }
        await using var file = new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        await payload.CopyToAsync(file, 1 << 16, cancellationToken).ConfigureAwait(false);
    }
}
