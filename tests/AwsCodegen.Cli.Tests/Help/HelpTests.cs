using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Cli.Engine;
using AwsCodegen.Cli.Help;
using NUnit.Framework;

namespace AwsCodegen.Cli.Tests.Help;

[TestFixture]
public class HelpTests
{
    private static string Section(string page, string heading)
    {
        int start = page.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"no {heading} section");
        start += heading.Length + 2;
        int end = start;
        // The next heading: a line that starts at the margin.
        while (true)
        {
            int newline = page.IndexOf('\n', end);
            if (newline < 0 || newline + 1 >= page.Length) return page[start..];
            end = newline + 1;
            if (page[end] != ' ' && page[end] != '\n') return page[start..end];
        }
    }

    [Test]
    public void OperationHelp_HasTheSectionsInAwsCliOrder()
    {
        var result = CliRun.Run("dynamodb", "get-item", "help");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
        string page = result.Stdout;
        var headings = new[] { "NAME", "DESCRIPTION", "SYNOPSIS", "OPTIONS", "GLOBAL OPTIONS", "OUTPUT" };
        var positions = headings.Select(h => page.IndexOf("\n" + h + "\n", StringComparison.Ordinal) is var i and >= 0 ? i : (h == "NAME" && page.StartsWith("NAME\n") ? 0 : -1)).ToList();
        Assert.That(positions, Has.None.EqualTo(-1), page);
        Assert.That(positions, Is.Ordered);
        Assert.That(Section(page, "DESCRIPTION"), Does.Contain("returns a set of attributes for the item"));
    }

    [Test]
    public void OperationHelp_Synopsis_RequiredBareAndOptionalBracketed()
    {
        string synopsis = Section(CliRun.Run("dynamodb", "get-item", "help").Stdout, "SYNOPSIS");
        var lines = synopsis.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        Assert.That(lines[0], Is.EqualTo("get-item"));
        Assert.That(lines, Does.Contain("--table-name <value>"));
        Assert.That(lines, Does.Contain("--key <value>"));
        Assert.That(lines, Does.Contain("[--consistent-read | --no-consistent-read]"));
        Assert.That(lines, Does.Contain("[--return-consumed-capacity <value>]"));
        Assert.That(lines, Does.Contain("[--cli-input-json <value>]"));
        Assert.That(lines, Does.Contain("[--generate-cli-skeleton <value>]"));
        Assert.That(lines, Does.Contain("[--region <value>]"));
        Assert.That(lines, Does.Contain("[--debug]"));
        Assert.That(lines.IndexOf("--table-name <value>"), Is.LessThan(lines.IndexOf("--key <value>")));
    }

    [Test]
    public void OperationHelp_Options_TypesEnumsAndSyntaxBlocks()
    {
        string options = Section(CliRun.Run("dynamodb", "get-item", "help").Stdout, "OPTIONS");
        Assert.That(options, Does.Contain("--table-name (string)"));
        Assert.That(options, Does.Contain("--key (map)"));
        Assert.That(options, Does.Contain("--consistent-read | --no-consistent-read (boolean)"));

        // --key is a map of AttributeValue: too deep for shorthand (aws-cli shows none), JSON syntax with recursion.
        string key = Between(options, "--key (map)", "--attributes-to-get (list)");
        Assert.That(key, Does.Not.Contain("Shorthand Syntax"));
        Assert.That(key, Does.Contain("JSON Syntax:"));
        Assert.That(key, Does.Contain("{\"string\": {"));
        Assert.That(key, Does.Contain("\"S\": \"string\","));
        Assert.That(key, Does.Contain("\"NULL\": true|false,"));
        Assert.That(key, Does.Contain("{ ... recursive ... }"));
        Assert.That(key, Does.Contain("value -> (structure)"));
        Assert.That(key, Does.Contain("S -> (string)"));
        Assert.That(key, Does.Contain("( ... recursive ... )"));

        string consumed = Between(options, "--return-consumed-capacity (string)", "--projection-expression");
        Assert.That(consumed, Does.Contain("Possible values:"));
        foreach (var value in new[] { "INDEXES", "TOTAL", "NONE" }) Assert.That(consumed, Does.Contain("o " + value));

        string names = Between(options, "--expression-attribute-names (map)", "--cli-input-json");
        Assert.That(names, Does.Contain("Shorthand Syntax:"));
        Assert.That(names, Does.Contain("KeyName1=string,KeyName2=string"));
        Assert.That(names, Does.Contain("{\"string\": \"string\""));

        string attributes = Between(options, "--attributes-to-get (list)", "--consistent-read");
        Assert.That(attributes, Does.Contain("Syntax:"));
        Assert.That(attributes, Does.Contain("\"string\" \"string\" ..."));
        Assert.That(attributes, Does.Not.Contain("JSON Syntax"));
    }

    [Test]
    public void OperationHelp_ListOfStructures_ShorthandAndJson()
    {
        string options = Section(CliRun.Run("dynamodb", "create-table", "help").Stdout, "OPTIONS");
        string definitions = Between(options, "--attribute-definitions (list)", "--table-name");
        Assert.That(definitions, Does.Contain("Shorthand Syntax:"));
        Assert.That(definitions, Does.Contain("AttributeName=string,AttributeType=string ..."));
        Assert.That(definitions, Does.Contain("\"AttributeType\": \"S\"|\"N\"|\"B\""));
    }

    [Test]
    public void OperationHelp_Output_NestedMembersWithTypes()
    {
        string output = Section(CliRun.Run("dynamodb", "get-item", "help").Stdout, "OUTPUT");
        Assert.That(output, Does.Contain("Item -> (map)"));
        Assert.That(output, Does.Contain("ConsumedCapacity -> (structure)"));
        Assert.That(output, Does.Contain("CapacityUnits -> (double)"));
        Assert.That(output, Does.Contain("Table -> (structure)"));
        int consumed = output.IndexOf("ConsumedCapacity -> (structure)", StringComparison.Ordinal);
        int table = output.IndexOf("Table -> (structure)", consumed, StringComparison.Ordinal);
        Assert.That(Indent(output, table), Is.GreaterThan(Indent(output, consumed)), "members are nested under their structure");
    }

    [Test]
    public void PaginatedOperation_HasThePaginationParagraphAndPagingOptions()
    {
        string page = CliRun.Run("dynamodb", "scan", "help").Stdout;
        string description = Section(page, "DESCRIPTION");
        Assert.That(Flatten(description), Does.Contain("scan is a paginated operation."));
        Assert.That(Flatten(description), Does.Contain("following query expressions: Items, Count, ScannedCount"));
        string options = Section(page, "OPTIONS");
        Assert.That(options, Does.Contain("--starting-token (string)"));
        Assert.That(options, Does.Contain("--page-size (integer)"));
        Assert.That(options, Does.Contain("--max-items (integer)"));
        Assert.That(options, Does.Not.Contain("--exclusive-start-key"), "the operation's own paging arguments are undocumented");
        Assert.That(options, Does.Not.Contain("--limit ("));
    }

    [Test]
    public void HelpAfterArguments_IsStillHelp_ButNotAsAnOptionValue()
    {
        var after = CliRun.Run("dynamodb", "get-item", "--table-name", "t", "help");
        Assert.That(after.ExitCode, Is.EqualTo(0));
        Assert.That(after.Stdout, Does.Contain("SYNOPSIS"));
        Assert.That(HelpCommand.AsksForHelp(new Commands.OperationArguments(Service("dynamodb").FindOperationByCliName("get-item")!),
            new[] { "--table-name", "help" }, 0), Is.False);
    }

    [Test]
    public void ServiceHelp_ListsItsCommands()
    {
        var result = CliRun.Run("dynamodb", "help");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
        string commands = Section(result.Stdout, "AVAILABLE COMMANDS");
        Assert.That(commands, Does.Contain("o get-item"));
        Assert.That(commands, Does.Contain("o describe-table"));
        Assert.That(commands, Does.Contain("o wait"));
        Assert.That(Section(result.Stdout, "DESCRIPTION"), Does.Contain("DynamoDB"));
    }

    [Test]
    public void TopHelp_ListsServicesAndGlobalOptions()
    {
        var result = CliRun.Run("help");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
        Assert.That(Section(result.Stdout, "AVAILABLE SERVICES"), Does.Contain("o dynamodb"));
        Assert.That(Section(result.Stdout, "GLOBAL OPTIONS"), Does.Contain("--output (string)"));
    }

    [Test]
    public void WaitHelp_ListsWaiters_AndAWaiterHasItsPage()
    {
        var list = CliRun.Run("dynamodb", "wait", "help");
        Assert.That(list.ExitCode, Is.EqualTo(0), list.Stderr);
        Assert.That(Section(list.Stdout, "AVAILABLE COMMANDS"), Does.Contain("o table-exists"));

        var waiter = CliRun.Run("dynamodb", "wait", "table-exists", "help");
        Assert.That(waiter.ExitCode, Is.EqualTo(0), waiter.Stderr);
        Assert.That(Flatten(Section(waiter.Stdout, "DESCRIPTION")), Does.Contain(
            "Wait until JMESPath query Table.TableStatus returns ACTIVE when polling with describe-table. It will poll every 20 seconds until a successful state has been reached. This will exit with a return code of 255 after 25 failed checks."));
        Assert.That(Section(waiter.Stdout, "SYNOPSIS"), Does.Contain("--table-name <value>"));
        Assert.That(Section(waiter.Stdout, "OUTPUT").Trim(), Is.EqualTo("None"));
    }

    [Test]
    public void UnknownServiceOrOperation_IsAUsageError()
    {
        var service = CliRun.Run("nosuchservice", "help");
        Assert.That(service.ExitCode, Is.EqualTo(252));
        Assert.That(service.Stderr, Does.Contain("argument command: Invalid choice"));
        var operation = CliRun.Run("dynamodb", "no-such-operation", "help");
        Assert.That(operation.ExitCode, Is.EqualTo(252));
        Assert.That(operation.Stderr, Does.Contain("argument operation: Invalid choice"));
        var waiter = CliRun.Run("dynamodb", "wait", "no-such-waiter", "help");
        Assert.That(waiter.ExitCode, Is.EqualTo(252));
    }

    [Test]
    public void Text_WrapsToTheTerminalWidth()
    {
        foreach (int columns in new[] { 60, 120 })
        {
            var terminal = new TerminalInfo(false, false, false, null, columns, 24);
            string page = CliRun.Run(new[] { "dynamodb", "get-item", "help" }, terminal).Stdout;
            var prose = page.Split('\n').Where(l => l.Contains(' ') && !l.Contains('"') && !l.Contains('{')).ToList();
            Assert.That(prose.Max(l => l.Length), Is.LessThanOrEqualTo(columns - 1));
            Assert.That(prose.Max(l => l.Length), Is.GreaterThan(columns - 20), "wrapped near the width, not much shorter");
        }
    }

    [Test]
    public void OnATerminal_HelpGoesThroughThePager()
    {
        var terminal = new TerminalInfo(true, true, true, "xterm", 80, 24);
        var pager = new RecordingPager();
        var env = new Dictionary<string, string> { ["PAGER"] = "my-pager -x", ["AWS_CONFIG_FILE"] = "/nonexistent/c", ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/d" };
        var result = CliRun.Run(new[] { "dynamodb", "help" }, terminal, env, pager);
        Assert.That(result.ExitCode, Is.EqualTo(0));
        Assert.That(result.Stdout, Is.Empty);
        Assert.That(pager.Command, Is.EqualTo("my-pager -x"));
        Assert.That(pager.Text, Does.Contain("AVAILABLE COMMANDS"));

        // --no-cli-pager, or a pipe: straight to stdout.
        var direct = CliRun.Run(new[] { "dynamodb", "help", "--no-cli-pager" }, terminal, env, pager = new RecordingPager());
        Assert.That(pager.Command, Is.Null);
        Assert.That(direct.Stdout, Does.Contain("AVAILABLE COMMANDS"));
        Assert.That(PagerChoice.For(TerminalInfo.None, _ => null, false), Is.Null);
        Assert.That(PagerChoice.For(terminal, n => n == "PATH" ? "/usr/bin:/bin" : null, false), Is.EqualTo("less -R"));
        Assert.That(PagerChoice.For(terminal, n => n == "PAGER" ? "" : null, false), Is.Null);
    }

    [Test]
    public void EveryOperationOfEveryService_RendersHelp()
    {
        foreach (var entry in AwsCodegen.Generated.AwsServiceIndex.Services)
        {
            var service = entry.Descriptor;
            Assert.That(HelpRenderer.Service(service, 80), Does.Contain("AVAILABLE COMMANDS"), entry.CliName);
            foreach (var operation in service.Operations)
                Assert.That(HelpRenderer.Operation(operation, 80), Does.Contain("OUTPUT"), operation.ToString());
            foreach (var waiter in service.Waiters)
                Assert.That(HelpRenderer.Operation(waiter.Operation, 80, waiter), Does.Contain("Wait until"), waiter.ToString());
        }
    }

    private sealed class RecordingPager : IPager
    {
        public string? Command { get; private set; }
        public string? Text { get; private set; }

        public Task<bool> ShowAsync(string command, string text, CancellationToken cancellationToken)
        {
            Command = command;
            Text = text;
            return Task.FromResult(true);
        }
    }

    private static Runtime.Descriptors.ServiceDescriptor Service(string name) =>
        AwsCodegen.Generated.AwsServiceIndex.Services.First(s => s.CliName == name).Descriptor;

    private static string Between(string text, string from, string to)
    {
        int start = text.IndexOf(from, StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), "no " + from);
        int end = text.IndexOf(to, start + from.Length, StringComparison.Ordinal);
        Assert.That(end, Is.GreaterThan(start), "no " + to + " after " + from);
        return text[start..end];
    }

    private static int Indent(string text, int index)
    {
        int lineStart = text.LastIndexOf('\n', index) + 1;
        return index - lineStart;
    }

    private static string Flatten(string text) => string.Join(" ", text.Split(new[] { ' ', '\n' }, StringSplitOptions.RemoveEmptyEntries));
}
