using System;
using System.Collections.Generic;
using System.Linq;
using AwsCodegen.Cli.Commands;
using AwsCodegen.Cli.Engine;
using AwsCodegen.Runtime.Descriptors;
using AwsCodegen.Runtime.Waiters;
using static AwsCodegen.Cli.Help.HelpLayout;

namespace AwsCodegen.Cli.Help;

/// <summary>
/// The help pages, as text: the program's (services, global options), a service's (its commands), an operation's
/// (description, synopsis, options with their syntax examples, global options, output), the waiters' list and a
/// waiter's. The sections and their order are aws-cli's man pages' as rendered to plain text.
/// </summary>
internal static class HelpRenderer
{
    private const string WaitDescription =
        "Wait until a particular condition is satisfied. Each subcommand polls an API until the listed requirement is met.";

    /// <summary><c>awscg help</c>.</summary>
    public static string Top(IReadOnlyList<ServiceIndexEntry> services, int width)
    {
        var doc = new HelpDocument(width);
        doc.Heading("NAME");
        doc.Line(Body, Usage.Program);
        doc.Heading("DESCRIPTION");
        doc.Wrapped(Body, "awscg is the AWS Command Line Interface's command surface on AwsCodegen's generated clients: a unified tool to manage your AWS services.");
        doc.Heading("SYNOPSIS");
        doc.Line(Detail, $"{Usage.Program} [options] <command> <subcommand> [parameters]");
        doc.Blank();
        doc.Wrapped(Body, $"Use {Usage.Program} <command> help for information on a specific command, and {Usage.Program} <command> <subcommand> help for an operation. The synopsis for each command shows its parameters and their usage. Optional parameters are shown in square brackets.");
        GlobalOptionDocs.WriteSection(doc);
        doc.Heading("AVAILABLE SERVICES");
        foreach (var name in services.Select(s => s.CliName).OrderBy(n => n, StringComparer.Ordinal))
            doc.Line(Body, "o " + name);
        doc.Heading("SHELL COMPLETION");
        doc.Wrapped(Body, $"{Usage.Program} completion bash|zsh|fish prints a completion script for the shell; for bash, add eval \"$({Usage.Program} completion bash)\" to ~/.bashrc.");
        return doc.ToString();
    }

    /// <summary><c>awscg &lt;service&gt; help</c>.</summary>
    public static string Service(ServiceDescriptor service, int width)
    {
        var doc = new HelpDocument(width);
        doc.Heading("NAME");
        doc.Line(Body, service.CliName);
        doc.Heading("DESCRIPTION");
        doc.Docs(Body, service.Documentation.Service);
        doc.Heading("AVAILABLE COMMANDS");
        var names = service.Operations.Where(o => !o.Is(OperationFlags.Hidden)).Select(o => o.CliName).ToList();
        if (service.Waiters.Count > 0) names.Add("wait");
        names.Sort(StringComparer.Ordinal);
        foreach (var name in names) doc.Line(Body, "o " + name);
        return doc.ToString();
    }

    /// <summary><c>awscg &lt;service&gt; wait help</c>.</summary>
    public static string Waiters(ServiceDescriptor service, int width)
    {
        var doc = new HelpDocument(width);
        doc.Heading("NAME");
        doc.Line(Body, "wait");
        doc.Heading("DESCRIPTION");
        doc.Wrapped(Body, WaitDescription);
        doc.Heading("AVAILABLE COMMANDS");
        foreach (var name in service.Waiters.Select(w => w.CliName).OrderBy(n => n, StringComparer.Ordinal))
            doc.Line(Body, "o " + name);
        return doc.ToString();
    }

    /// <summary>aws-cli's description of a waiter: what success looks like, what it polls, how often and how long.</summary>
    public static string WaiterDescription(WaiterDescriptor waiter)
    {
        string text = "Wait until ";
        foreach (var acceptor in waiter.Acceptors)
        {
            if (acceptor.State != WaiterState.Success) continue;
            string expected = acceptor.Expected.ValueKind == System.Text.Json.JsonValueKind.String ? acceptor.Expected.GetString()! : acceptor.Expected.GetRawText();
            text += acceptor.Matcher switch
            {
                WaiterMatcher.Error => $"{expected} is thrown ",
                WaiterMatcher.Path => $"JMESPath query {acceptor.Argument} returns {expected} ",
                WaiterMatcher.PathAll => $"JMESPath query {acceptor.Argument} returns {expected} for all elements ",
                WaiterMatcher.PathAny => $"JMESPath query {acceptor.Argument} returns {expected} for any element ",
                _ => $"{expected} response is received ",
            };
            break;
        }
        text += $"when polling with {waiter.Operation.CliName}.";
        text += $" It will poll every {(int)waiter.Delay.TotalSeconds} seconds until a successful state has been reached. This will exit with a return code of 255 after {waiter.MaxAttempts} failed checks.";
        return text;
    }

    /// <summary><c>awscg &lt;service&gt; &lt;operation&gt; help</c>, or a waiter's page when <paramref name="waiter"/> is given.</summary>
    public static string Operation(OperationDescriptor operation, int width, WaiterDescriptor? waiter = null)
    {
        var arguments = new OperationArguments(operation);
        var docs = operation.Service.Documentation;
        var doc = new HelpDocument(width);
        string name = waiter?.CliName ?? operation.CliName;
        var shown = Documented(arguments, waiter is not null);

        doc.Heading("NAME");
        doc.Line(Body, name);
        doc.Heading("DESCRIPTION");
        if (waiter is not null) doc.Wrapped(Body, WaiterDescription(waiter));
        else doc.Docs(Body, docs.Operation(operation.Name));
        if (waiter is null && operation.Paginator is { } paginator)
        {
            doc.Blank();
            string text = $"{name} is a paginated operation. Multiple API calls may be issued in order to retrieve the entire data set of results. You can disable pagination by providing the --no-paginate argument.";
            if (paginator.ResultKeys.Count > 0)
                text += " When using --output text and the --query argument on a paginated response, the --query argument must extract data from the results of the following query expressions: " + string.Join(", ", paginator.ResultKeys);
            doc.Wrapped(Body, text);
        }

        doc.Heading("SYNOPSIS");
        doc.Line(Detail, name);
        foreach (var argument in shown)
        {
            string option = argument.Kind == ArgumentKind.Member && argument.Member!.NegatedCliName is { } negated && argument.IsFlag
                ? $"--{argument.CliName} | --{negated}"
                : argument.IsFlag ? "--" + argument.CliName : $"--{argument.CliName} <value>";
            doc.Line(Detail, argument.Required ? option : "[" + option + "]");
        }
        if (arguments.StreamedOutput is not null) doc.Line(Detail, "<outfile>");
        GlobalOptionDocs.WriteSynopsis(doc, Detail);

        doc.Heading("OPTIONS");
        foreach (var argument in shown) WriteOption(doc, docs, operation, argument);
        if (arguments.StreamedOutput is not null)
        {
            doc.Line(Body, "outfile (string)");
            doc.Wrapped(Detail, "Filename where the content will be saved. It is given without an option name, as the last parameter of the command.");
            doc.Blank();
        }
        GlobalOptionDocs.WriteSection(doc);

        doc.Heading("OUTPUT");
        var output = operation.Output;
        if (waiter is not null || output.Members.Count == 0) doc.Line(Body, "None");
        else ShapeDocs.WriteOutput(doc, docs, operation.ModelOutputShape, output, Body);
        return doc.ToString();
    }

    /// <summary>The arguments help documents, in the table's order: a boolean's --no-x goes with its --x.</summary>
    private static List<OperationArgument> Documented(OperationArguments arguments, bool forWaiter)
    {
        var shown = new List<OperationArgument>();
        foreach (var argument in arguments.All)
        {
            if (argument.Kind == ArgumentKind.NegatedMember) continue;
            if (forWaiter && argument.Kind is ArgumentKind.StartingToken or ArgumentKind.PageSize or ArgumentKind.MaxItems) continue;
            if (!forWaiter && arguments.HiddenPagingArguments.Contains(argument.CliName) && argument.Kind == ArgumentKind.Member) continue;
            shown.Add(argument);
        }
        return shown;
    }

    private static void WriteOption(HelpDocument doc, Runtime.Documents.ServiceDocumentation docs, OperationDescriptor operation, OperationArgument argument)
    {
        switch (argument.Kind)
        {
            case ArgumentKind.Member:
            case ArgumentKind.StreamingBody:
                WriteMemberOption(doc, docs, operation, argument);
                return;
            case ArgumentKind.StartingToken:
                Simple(doc, argument, "string", "A token to specify where to start paginating. This is the NextToken from a previously truncated response.");
                return;
            case ArgumentKind.PageSize:
                Simple(doc, argument, "integer", "The size of each page to get in the AWS service call. This does not affect the number of items returned in the command's output. Setting a smaller page size results in more calls to the AWS service, retrieving fewer items in each call. This can help prevent the AWS service calls from timing out.");
                return;
            case ArgumentKind.MaxItems:
                Simple(doc, argument, "integer", "The total number of items to return in the command's output. If the total number of items available is more than the value specified, a NextToken is provided in the command's output. To resume pagination, provide the NextToken value in the starting-token argument of a subsequent command. Do not use the NextToken response element directly outside of the AWS CLI.");
                return;
            case ArgumentKind.CliInputJson:
                Simple(doc, argument, "string", "Performs service operation based on the JSON string provided. The JSON string follows the format provided by --generate-cli-skeleton. If other arguments are provided on the command line, the CLI values will override the JSON-provided values. It is not possible to pass arbitrary binary values using a JSON-provided value as the string will be taken literally.");
                return;
            case ArgumentKind.CliInputYaml:
                Simple(doc, argument, "string", "Performs service operation based on the YAML string provided. The YAML string follows the format provided by --generate-cli-skeleton yaml-input. If other arguments are provided on the command line, those values will override the YAML-provided values.");
                return;
            case ArgumentKind.GenerateCliSkeleton:
                Simple(doc, argument, "string", "Prints a JSON skeleton to standard output without sending an API request. If provided with no value or the value input, prints a sample input JSON that can be used as an argument for --cli-input-json. Similarly, if provided yaml-input it will print a sample input YAML that can be used with --cli-input-yaml. If provided with the value output, it validates the command inputs and returns a sample output JSON for that command.");
                return;
        }
    }

    private static void Simple(HelpDocument doc, OperationArgument argument, string type, string description)
    {
        doc.Line(Body, $"--{argument.CliName} ({type})");
        doc.Wrapped(Detail, description);
        doc.Blank();
    }

    private static void WriteMemberOption(HelpDocument doc, Runtime.Documents.ServiceDocumentation docs, OperationDescriptor operation, OperationArgument argument)
    {
        var member = argument.Member!;
        var shape = member.Shape;
        string names = argument.IsFlag && member.NegatedCliName is { } negated ? $"--{argument.CliName} | --{negated}" : "--" + argument.CliName;
        doc.Line(Body, $"{names} ({ShapeDocs.TypeName(member, shape)})");
        doc.Docs(Detail, ShapeDocs.MemberDocs(docs, operation.ModelInputShape, member));
        if (argument.Kind == ArgumentKind.StreamingBody)
        {
            doc.Line(Detail, "NOTE:");
            doc.Wrapped(Detail + Step, "This argument is of type: streaming blob. Its value must be the path to a file (e.g. path/to/file) and must not be prefixed with file:// or fileb://");
            doc.Blank();
        }
        if (shape.Type == ShapeType.Structure && shape.Is(ShapeFlags.Union)) ShapeDocs.WriteUnionNote(doc, Detail, shape);
        ShapeDocs.WriteEnums(doc, Detail, shape);
        ShapeDocs.WriteNested(doc, docs, shape, Detail);
        if (argument.Kind == ArgumentKind.Member) WriteSyntax(doc, shape);
        doc.Blank();
    }

    /// <summary>The "Shorthand Syntax:", "Syntax:" (a list of scalars) and "JSON Syntax:" blocks of an argument.</summary>
    private static void WriteSyntax(HelpDocument doc, ShapeDescriptor shape)
    {
        if (ShapeDocs.SupportsShorthand(shape))
        {
            if (ShapeDocs.IsBareValueStructure(shape)) return;
            string shorthand = ShapeDocs.ShorthandExample(shape);
            if (shorthand.Length > 0)
            {
                doc.Blank();
                doc.Line(Body, "Shorthand Syntax:");
                doc.Blank();
                doc.Block(Detail, shorthand.TrimEnd('\n'));
            }
        }
        if (shape.Type == ShapeType.List && ShapeDocs.IsScalar(shape.Element!.Shape))
        {
            var element = shape.Element!.Shape;
            string value = ShapeDocs.ValueName(element, includeEnumValues: false);
            doc.Blank();
            doc.Line(Body, "Syntax:");
            doc.Blank();
            doc.Line(Detail, $"{value} {value} ...");
            if (element.Type == ShapeType.String && element.EnumValues.Count > 0)
            {
                doc.Blank();
                doc.Line(Detail, "Where valid values are:");
                foreach (var enumValue in element.EnumValues) doc.Line(Detail + Step, enumValue);
            }
        }
        else if (!ShapeDocs.IsScalar(shape))
        {
            doc.Blank();
            doc.Line(Body, "JSON Syntax:");
            doc.Blank();
            doc.Block(Detail, ShapeDocs.JsonExample(shape));
        }
        doc.Blank();
    }
}
