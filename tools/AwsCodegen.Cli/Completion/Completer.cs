using System;
using System.Collections.Generic;
using System.Linq;
using AwsCodegen.Cli.Commands;
using AwsCodegen.Cli.Engine;
using AwsCodegen.Cli.Help;
using AwsCodegen.Runtime.Descriptors;

namespace AwsCodegen.Cli.Completion;

/// <summary>
/// The candidates for the word being typed, given the words before it: services, a service's operations (and
/// wait), waiters, an operation's --parameters and the global options, and the values of a parameter whose shape (or
/// list element) is an enum, of --generate-cli-skeleton and of the global options with choices. Every candidate
/// starts with what is typed so far.
/// </summary>
internal static class Completer
{
    private static readonly string[] s_skeletonChoices = { "input", "output", "yaml-input" };

    public static List<string> Candidates(IReadOnlyList<ServiceIndexEntry> services, IReadOnlyList<string> words, string current)
    {
        var found = Unfiltered(services, words, current);
        var result = found.Where(c => c.StartsWith(current, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        result.Sort(StringComparer.Ordinal);
        return result;
    }

    private static IEnumerable<string> Unfiltered(IReadOnlyList<ServiceIndexEntry> services, IReadOnlyList<string> words, string current)
    {
        // The global options stand anywhere: take them out, and see whether the current word is one's value.
        var rest = new List<string>();
        var givenGlobals = new HashSet<string>(StringComparer.Ordinal);
        GlobalOptionDoc? pendingGlobal = null;
        foreach (var word in words)
        {
            if (pendingGlobal is not null)
            {
                pendingGlobal = null;
                continue;
            }
            if (word.StartsWith("--", StringComparison.Ordinal) && GlobalOptionDocs.Find(word[2..]) is { } global)
            {
                givenGlobals.Add(global.Name);
                if (global.TakesValue) pendingGlobal = global;
                continue;
            }
            rest.Add(word);
        }
        if (pendingGlobal is not null) return pendingGlobal.Choices;
        bool wantsOption = current.StartsWith('-');
        var globals = GlobalOptionDocs.All.Where(o => !givenGlobals.Contains(o.Name)).Select(o => "--" + o.Name);

        if (rest.Count == 0)
            return wantsOption ? globals : services.Select(s => s.CliName);
        if (rest[0] == CompletionCommand.Name)
            return rest.Count == 1 ? CompletionCommand.Shells : Array.Empty<string>();
        var entry = services.FirstOrDefault(s => s.CliName == rest[0]);
        if (entry is null) return Array.Empty<string>();
        var service = entry.Descriptor;
        if (rest.Count == 1)
        {
            if (wantsOption) return globals;
            var names = service.Operations.Where(o => !o.Is(OperationFlags.Hidden)).Select(o => o.CliName).ToList();
            if (service.Waiters.Count > 0) names.Add("wait");
            names.Add("help");
            return names;
        }

        OperationDescriptor? operation;
        int start;
        if (rest[1] == "wait" && service.Waiters.Count > 0)
        {
            if (rest.Count == 2) return wantsOption ? globals : service.Waiters.Select(w => w.CliName).Append("help");
            operation = service.FindWaiterByCliName(rest[2])?.Operation;
            start = 3;
        }
        else
        {
            operation = service.FindOperationByCliName(rest[1]);
            if (operation is not null && operation.Is(OperationFlags.Hidden)) operation = null;
            start = 2;
        }
        if (operation is null) return Array.Empty<string>();
        return ForOperation(new OperationArguments(operation), rest, start, current, wantsOption, globals);
    }

    private static IEnumerable<string> ForOperation(OperationArguments arguments, List<string> tokens, int start, string current, bool wantsOption, IEnumerable<string> globals)
    {
        // Which option, if any, the current word is a value of; and which options were given already.
        var given = new HashSet<string>(StringComparer.Ordinal);
        OperationArgument? open = null;
        for (int i = start; i < tokens.Count; i++)
        {
            string token = tokens[i];
            if (token.StartsWith("--", StringComparison.Ordinal) && token.Length > 2)
            {
                open = null;
                int equals = token.IndexOf('=');
                var argument = arguments.Find(equals < 0 ? token[2..] : token[2..equals]);
                if (argument is null) continue;
                given.Add(argument.CliName);
                if (argument.Kind == ArgumentKind.NegatedMember) given.Add(argument.Member!.CliName!);
                if (argument.Kind == ArgumentKind.Member && argument.IsFlag && argument.Member!.NegatedCliName is { } negated) given.Add(negated);
                if (equals < 0 && !argument.IsFlag) open = argument;
                continue;
            }
            // A value: a list option takes more, anything else is done.
            if (open is not null && !open.TakesList) open = null;
        }
        if (open is not null && !(wantsOption && open.TakesList))
            return ValuesOf(open);
        if (!wantsOption && current.Length > 0) return Array.Empty<string>();
        var options = arguments.All
            .Where(a => !given.Contains(a.CliName) && !(a.Kind == ArgumentKind.Member && arguments.HiddenPagingArguments.Contains(a.CliName)))
            .Select(a => "--" + a.CliName);
        return options.Concat(globals);
    }

    private static IEnumerable<string> ValuesOf(OperationArgument argument)
    {
        if (argument.Kind == ArgumentKind.GenerateCliSkeleton) return s_skeletonChoices;
        if (argument.Kind != ArgumentKind.Member) return Array.Empty<string>();
        var shape = argument.Member!.Shape;
        if (shape.Type == ShapeType.List) shape = shape.Element!.Shape;
        return shape.Type == ShapeType.String ? shape.EnumValues : Array.Empty<string>();
    }
}
