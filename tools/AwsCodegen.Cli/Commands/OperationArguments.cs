using System;
using System.Collections.Generic;
using AwsCodegen.Cli.Engine;
using AwsCodegen.Runtime.Descriptors;
using AwsCodegen.Runtime.Documents;

namespace AwsCodegen.Cli.Commands;

/// <summary>What one command-line argument of an operation stands for.</summary>
internal enum ArgumentKind
{
    /// <summary>An input member: its value is converted by its shape.</summary>
    Member,
    /// <summary>A boolean member's --no-x.</summary>
    NegatedMember,
    /// <summary>The streaming input member (--body): a file path whose content is streamed.</summary>
    StreamingBody,
    StartingToken,
    PageSize,
    MaxItems,
    CliInputJson,
    CliInputYaml,
    GenerateCliSkeleton,
}

internal sealed record OperationArgument(string CliName, ArgumentKind Kind, MemberDescriptor? Member, bool Required)
{
    /// <summary>Takes one or more values (argparse nargs '+'): a list member.</summary>
    public bool TakesList => Kind == ArgumentKind.Member && Member!.Shape.Type == ShapeType.List;

    /// <summary>Takes no value: a boolean member's --x and --no-x.</summary>
    public bool IsFlag => Kind is ArgumentKind.NegatedMember || (Kind == ArgumentKind.Member && Member!.Shape.Type == ShapeType.Boolean);
}

/// <summary>The parsed arguments of one operation command.</summary>
internal sealed class ParsedArguments
{
    /// <summary>Each given member's raw values, in the order given (a list member may have several).</summary>
    public Dictionary<MemberDescriptor, List<string>> Values { get; } = new();

    /// <summary>Each given boolean member: true for --x, false for --no-x (the last one given wins).</summary>
    public Dictionary<MemberDescriptor, bool> Flags { get; } = new();

    public string? StreamingBodyPath { get; set; }
    public string? StartingToken { get; set; }
    public string? PageSize { get; set; }
    public string? MaxItems { get; set; }
    public string? CliInputJson { get; set; }
    public string? CliInputYaml { get; set; }

    /// <summary>input, output or yaml-input when --generate-cli-skeleton was given.</summary>
    public string? Skeleton { get; set; }

    /// <summary>The positional outfile of an operation whose output payload streams.</summary>
    public string? Outfile { get; set; }

    /// <summary>The command-line names the user gave (without dashes), to tell manual paging arguments.</summary>
    public HashSet<string> Given { get; } = new(StringComparer.Ordinal);
}

/// <summary>
/// An operation's argument table, as aws-cli builds it: a --kebab-name per input member (booleans also get --no-x),
/// the streaming input as a file argument, the unified paging arguments for a paginated operation (its own token and
/// limit arguments stay accepted but undocumented), --cli-input-json/--cli-input-yaml, --generate-cli-skeleton, and a
/// positional outfile when the output streams.
/// </summary>
internal sealed class OperationArguments
{
    private readonly Dictionary<string, OperationArgument> _byName = new(StringComparer.Ordinal);

    public OperationArguments(OperationDescriptor operation)
    {
        Operation = operation;
        var input = operation.Input;
        foreach (var member in input.Members)
        {
            if (member.CliName is not { } cliName) continue;
            bool required = member.IsRequired && (member.Flags & MemberFlags.IdempotencyToken) == 0;
            if ((member.Flags & MemberFlags.Streaming) != 0 || member.Shape.Is(ShapeFlags.Streaming))
            {
                Add(new OperationArgument(cliName, ArgumentKind.StreamingBody, member, required));
                continue;
            }
            Add(new OperationArgument(cliName, ArgumentKind.Member, member, required));
            if (member.NegatedCliName is { } negated) Add(new OperationArgument(negated, ArgumentKind.NegatedMember, member, false));
        }
        if (operation.Paginator is { ResultKeys.Count: > 0 } paginator)
        {
            Paginator = paginator;
            foreach (var token in paginator.InputTokens) HiddenPagingArguments.Add(CliNameOf(input, token));
            if (paginator.LimitKey is { } limit) HiddenPagingArguments.Add(CliNameOf(input, limit));
            Add(new OperationArgument("starting-token", ArgumentKind.StartingToken, null, false));
            if (paginator.LimitKey is not null) Add(new OperationArgument("page-size", ArgumentKind.PageSize, null, false));
            Add(new OperationArgument("max-items", ArgumentKind.MaxItems, null, false));
        }
        Add(new OperationArgument("cli-input-json", ArgumentKind.CliInputJson, null, false));
        Add(new OperationArgument("cli-input-yaml", ArgumentKind.CliInputYaml, null, false));
        Add(new OperationArgument("generate-cli-skeleton", ArgumentKind.GenerateCliSkeleton, null, false));
        StreamedOutput = DocumentResponseReader.StreamedPayload(operation.Output);
    }

    public OperationDescriptor Operation { get; }
    public PaginatorDescriptor? Paginator { get; }

    /// <summary>The operation's own paging arguments (--next-token, --max-results...): accepted, not documented.</summary>
    public HashSet<string> HiddenPagingArguments { get; } = new(StringComparer.Ordinal);

    /// <summary>The output member that streams to the positional outfile, if any.</summary>
    public MemberDescriptor? StreamedOutput { get; }

    public IEnumerable<OperationArgument> All => _byName.Values;

    public OperationArgument? Find(string cliName) => _byName.TryGetValue(cliName, out var argument) ? argument : null;

    private void Add(OperationArgument argument)
    {
        // A paging argument of ours shadows a member of the same name (aws-cli keeps the member for --no-paginate).
        _byName[argument.CliName] = argument;
    }

    private static string CliNameOf(ShapeDescriptor input, string memberName) =>
        input.Member(memberName)?.CliName ?? memberName;

    /// <summary>
    /// Parses the operation's arguments. Usage errors are argparse's; arguments it does not know are collected and
    /// reported together as aws-cli's "Unknown options".
    /// </summary>
    public ParsedArguments Parse(IReadOnlyList<string> tokens)
    {
        var parsed = new ParsedArguments();
        var unknown = new List<string>();
        for (int i = 0; i < tokens.Count; i++)
        {
            string token = tokens[i];
            if (!token.StartsWith("--", StringComparison.Ordinal) || token.Length == 2)
            {
                if (StreamedOutput is not null && parsed.Outfile is null && !GlobalOptionParser.LooksLikeOption(token)) parsed.Outfile = token;
                else unknown.Add(token);
                continue;
            }
            string name = token[2..];
            string? inline = null;
            int equals = name.IndexOf('=');
            if (equals >= 0)
            {
                inline = name[(equals + 1)..];
                name = name[..equals];
            }
            var argument = Find(name);
            if (argument is null)
            {
                unknown.Add(token);
                continue;
            }
            parsed.Given.Add(name);
            if (argument.IsFlag)
            {
                if (inline is not null) throw CliException.Usage($"argument --{name}: ignored explicit argument '{inline}'");
                parsed.Flags[argument.Member!] = argument.Kind == ArgumentKind.Member;
                continue;
            }
            if (argument.Kind == ArgumentKind.GenerateCliSkeleton)
            {
                // nargs '?': a value only when the next token is one of the choices.
                string value = inline ?? (i + 1 < tokens.Count && !GlobalOptionParser.LooksLikeOption(tokens[i + 1]) ? tokens[++i] : "input");
                if (value is not ("input" or "output" or "yaml-input"))
                    throw CliException.Usage("argument --generate-cli-skeleton: invalid choice: '" + value + "' (choose from 'input', 'output', 'yaml-input')");
                parsed.Skeleton = value;
                continue;
            }
            var values = new List<string>();
            if (inline is not null) values.Add(inline);
            else if (argument.TakesList)
            {
                while (i + 1 < tokens.Count && !GlobalOptionParser.LooksLikeOption(tokens[i + 1])) values.Add(tokens[++i]);
                if (values.Count == 0) throw CliException.Usage($"argument --{name}: expected at least one argument");
            }
            else
            {
                if (i + 1 >= tokens.Count || GlobalOptionParser.LooksLikeOption(tokens[i + 1]))
                    throw CliException.Usage($"argument --{name}: expected one argument");
                values.Add(tokens[++i]);
            }
            switch (argument.Kind)
            {
                case ArgumentKind.Member:
                    // A repeated list argument adds to the list; any other repeated argument keeps the last value.
                    if (argument.TakesList && parsed.Values.TryGetValue(argument.Member!, out var existing)) existing.AddRange(values);
                    else parsed.Values[argument.Member!] = values;
                    break;
                case ArgumentKind.StreamingBody: parsed.StreamingBodyPath = values[0]; break;
                case ArgumentKind.StartingToken: parsed.StartingToken = values[0]; break;
                case ArgumentKind.PageSize: parsed.PageSize = values[0]; break;
                case ArgumentKind.MaxItems: parsed.MaxItems = values[0]; break;
                case ArgumentKind.CliInputJson: parsed.CliInputJson = values[0]; break;
                case ArgumentKind.CliInputYaml: parsed.CliInputYaml = values[0]; break;
            }
        }
        CheckRequired(parsed);
        if (unknown.Count > 0)
            throw new CliException(ExitCodes.Usage, ErrorStyle.UsageThenMessage, "Unknown options: " + string.Join(", ", unknown));
        return parsed;
    }

    private void CheckRequired(ParsedArguments parsed)
    {
        // --cli-input-json/yaml and --generate-cli-skeleton (but not "output") lift every requirement, as in aws-cli.
        if (parsed.CliInputJson is not null || parsed.CliInputYaml is not null || parsed.Skeleton is "input" or "yaml-input") return;
        var missing = new List<string>();
        foreach (var argument in _byName.Values)
        {
            if (!argument.Required) continue;
            bool given = argument.Kind == ArgumentKind.StreamingBody ? parsed.StreamingBodyPath is not null
                : parsed.Values.ContainsKey(argument.Member!) || parsed.Flags.ContainsKey(argument.Member!);
            if (!given) missing.Add("--" + argument.CliName);
        }
        if (StreamedOutput is not null && parsed.Outfile is null) missing.Add("outfile");
        if (missing.Count > 0) throw CliException.Usage("the following arguments are required: " + string.Join(", ", missing));
    }
}
