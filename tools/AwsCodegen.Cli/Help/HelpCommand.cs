using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using AwsCodegen.Cli.Commands;
using AwsCodegen.Cli.Engine;
using AwsCodegen.Runtime.Descriptors;

namespace AwsCodegen.Cli.Help;

/// <summary>
/// Where a command line asks for help, as aws-cli takes it: <c>help</c> as the command, as the operation, as
/// <c>wait help</c>, or as a positional after an operation or waiter (not an option's value); and showing the page.
/// </summary>
internal static class HelpCommand
{
    /// <summary>The page a service's command line (<paramref name="rest"/>: the service, then the rest) asks for, or null.</summary>
    public static string? Find(ServiceDescriptor service, IReadOnlyList<string> rest, int width)
    {
        if (rest.Count < 2) return null;
        if (rest[1] == "help") return HelpRenderer.Service(service, width);
        if (rest[1] == "wait" && service.Waiters.Count > 0)
        {
            if (rest.Count < 3) return null;
            if (rest[2] == "help") return HelpRenderer.Waiters(service, width);
            var waiter = service.FindWaiterByCliName(rest[2]);
            return waiter is not null && AsksForHelp(new OperationArguments(waiter.Operation), rest, 3)
                ? HelpRenderer.Operation(waiter.Operation, width, waiter) : null;
        }
        var operation = service.FindOperationByCliName(rest[1]);
        if (operation is null || operation.Is(OperationFlags.Hidden)) return null;
        return AsksForHelp(new OperationArguments(operation), rest, 2) ? HelpRenderer.Operation(operation, width) : null;
    }

    /// <summary>Whether a positional "help" stands among an operation's arguments, from <paramref name="start"/> on.</summary>
    internal static bool AsksForHelp(OperationArguments arguments, IReadOnlyList<string> tokens, int start)
    {
        for (int i = start; i < tokens.Count; i++)
        {
            string token = tokens[i];
            if (!token.StartsWith("--", StringComparison.Ordinal) || token.Length == 2)
            {
                if (token == "help") return true;
                continue;
            }
            if (token.Contains('=')) continue;
            var argument = arguments.Find(token[2..]);
            if (argument is null || argument.IsFlag) continue;
            if (argument.Kind == ArgumentKind.GenerateCliSkeleton)
            {
                if (i + 1 < tokens.Count && tokens[i + 1] is "input" or "output" or "yaml-input") i++;
                continue;
            }
            // The option's values: one, or (a list) every token up to the next option.
            if (argument.TakesList)
                while (i + 1 < tokens.Count && !GlobalOptionParser.LooksLikeOption(tokens[i + 1])) i++;
            else if (i + 1 < tokens.Count) i++;
        }
        return false;
    }

    /// <summary>The width help wraps to: the terminal's (80 when it is none), less a column.</summary>
    public static int Width(CommandContext context) => Math.Max(40, context.Invocation.Terminal.Columns - 1);

    /// <summary>Shows a page: through the pager on a terminal, else on stdout.</summary>
    public static async Task<int> ShowAsync(CommandContext context, GlobalOptions options, string text)
    {
        var invocation = context.Invocation;
        string? command = PagerChoice.For(invocation.Terminal, context.Env, options.NoCliPager);
        if (command is not null && invocation.Pager is { } pager
            && await pager.ShowAsync(command, text, context.CancellationToken).ConfigureAwait(false))
            return ExitCodes.Success;
        await context.Out.WriteAsync(text).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
