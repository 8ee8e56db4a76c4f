using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Cli.Engine;
using AwsCodegen.Runtime;

namespace AwsCodegen.Cli.Shell;

/// <summary>
/// <c>awscg shell [global options]</c>: a prompt that runs one awscg command per line on one engine, so its clients,
/// credentials and connections stay warm between lines. At a terminal: line editing, a history kept across shells,
/// Tab completion of services, operations, parameters and enum values, and the current operation's first sentence
/// under the line. From a pipe: one command per line, no prompt; the exit code is the last command's.
/// Lines are split as batch lines are (shell-like quoting, no expansions); the shell's own options go before each.
/// </summary>
public static class ShellCommand
{
    public const string Name = "shell";
    private const string Prompt = "awscg> ";

    public static async Task<int> RunAsync(CommandEngine engine, CommandInvocation shell, IShellTerminal terminal)
    {
        var globals = shell.Arguments.Skip(1).ToList();
        if (globals.Any(g => !g.StartsWith("--", StringComparison.Ordinal) && !IsOptionValue(globals, g)))
        {
            shell.Error.Write(Encoding.UTF8.GetBytes("usage: awscg shell [global options]; the commands come one per line at its prompt\n"));
            return ExitCodes.Usage;
        }
        return terminal.IsInteractive
            ? await InteractiveAsync(engine, shell, terminal, globals).ConfigureAwait(false)
            : await FromLinesAsync(engine, shell, terminal, globals).ConfigureAwait(false);
    }

    private static bool IsOptionValue(List<string> globals, string word)
    {
        int i = globals.IndexOf(word);
        return i > 0 && Help.GlobalOptionDocs.Find(globals[i - 1].TrimStart('-')) is { TakesValue: true };
    }

    private static async Task<int> InteractiveAsync(CommandEngine engine, CommandInvocation shell, IShellTerminal terminal, List<string> globals)
    {
        var history = new ShellHistory(ShellHistory.DefaultPath(shell.GetEnvironmentVariable));
        terminal.Write("awscg shell: Tab completes, Up and Down walk the history, exit or Ctrl-D leaves.\r\n");
        while (true)
        {
            string? line = ReadLine(engine, terminal, history, globals);
            if (line is null)
            {
                terminal.Write("\r\n");
                return ExitCodes.Success;
            }
            if (history.Add(line) is { } problem) terminal.Write(problem + "\r\n");
            if (await RunLineAsync(engine, shell, terminal, globals, line, shell.Input).ConfigureAwait(false) is null) return ExitCodes.Success;
        }
    }

    /// <summary>The entered line, or null when the user leaves (Ctrl-D on an empty line).</summary>
    private static string? ReadLine(CommandEngine engine, IShellTerminal terminal, ShellHistory history, List<string> globals)
    {
        var editor = new LineEditor(history.Lines);
        terminal.Write(editor.Render(Prompt, terminal.Width, null));
        while (true)
        {
            var key = terminal.ReadKey();
            switch (editor.Handle(key))
            {
                case EditorAction.Submit:
                    terminal.Write("\r" + Prompt + editor.Text + "\x1b[K\r\n\x1b[J");
                    return editor.Text;
                case EditorAction.EndOfInput:
                    terminal.Write("\r\n\x1b[J");
                    return null;
                case EditorAction.Abandon:
                    terminal.Write("^C\r\n\x1b[J");
                    editor = new LineEditor(history.Lines);
                    break;
                case EditorAction.ClearScreen:
                    terminal.Write("\x1b[H\x1b[2J");
                    break;
                case EditorAction.Complete:
                    Complete(engine, terminal, editor, globals);
                    break;
                case EditorAction.None:
                    continue;
            }
            terminal.Write(editor.Render(Prompt, terminal.Width, OperationHint.For(engine.Services, editor.Text)));
        }
    }

    private static void Complete(CommandEngine engine, IShellTerminal terminal, LineEditor editor, List<string> globals)
    {
        if (ShellCompletion.For(engine.Services, globals, editor.BeforeCursor) is not { Candidates.Count: > 0 } completion) return;
        string insertion = completion.Insertion;
        if (insertion.Length > 0)
        {
            editor.Insert(insertion);
            return;
        }
        // Nothing more is common to the candidates: list them under the line, as bash does on a second Tab.
        terminal.Write("\r\n\x1b[J" + Columns(completion.Candidates, terminal.Width));
    }

    private static string Columns(IReadOnlyList<string> candidates, int width)
    {
        const int Shown = 200;
        int cell = Math.Min(candidates.Take(Shown).Max(c => c.Length) + 2, Math.Max(10, width));
        int perLine = Math.Max(1, (width - 1) / cell);
        var text = new StringBuilder();
        for (int i = 0; i < Math.Min(Shown, candidates.Count); i++)
        {
            text.Append(candidates[i].PadRight(cell));
            if ((i + 1) % perLine == 0) text.Append("\r\n");
        }
        if (Math.Min(Shown, candidates.Count) % perLine != 0) text.Append("\r\n");
        if (candidates.Count > Shown) text.Append($"... and {candidates.Count - Shown} more\r\n");
        return text.ToString();
    }

    private static async Task<int> FromLinesAsync(CommandEngine engine, CommandInvocation shell, IShellTerminal terminal, List<string> globals)
    {
        int last = ExitCodes.Success;
        // The lines come on stdin, so the commands get an empty one.
        for (string? line = terminal.ReadLine(); line is not null; line = terminal.ReadLine())
        {
            if (await RunLineAsync(engine, shell, terminal, globals, line, Stream.Null).ConfigureAwait(false) is not { } code) break;
            last = code;
        }
        return last;
    }

    /// <summary>Runs one line; its exit code (0 for a blank line), or null for exit/quit.</summary>
    private static async Task<int?> RunLineAsync(CommandEngine engine, CommandInvocation shell, IShellTerminal terminal, List<string> globals,
        string line, Stream input)
    {
        var words = ShellWords.TrySplit(line, comments: true, out var problem);
        if (words is null)
        {
            await WriteErrorAsync(shell, $"awscg shell: {problem}: {line.Trim()}\n").ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        if (words is ["awscg" or "aws", ..]) words.RemoveAt(0);
        if (words.Count == 0) return ExitCodes.Success;
        if (words is ["exit" or "quit"]) return null;
        if (words[0] == Name)
        {
            await WriteErrorAsync(shell, "awscg shell: already in the shell\n").ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        var arguments = new List<string>(globals.Count + words.Count);
        arguments.AddRange(globals);
        arguments.AddRange(words);
        var invocation = new CommandInvocation(arguments, shell.Environment, shell.WorkingDirectory, input, shell.Output, shell.Error, shell.Terminal)
        {
            Pager = shell.Pager,
        };
        using var cancel = new CancellationTokenSource();
        using (terminal.RunningCommand(cancel))
        {
            int code = await engine.RunAsync(invocation, cancel.Token).ConfigureAwait(false);
            await shell.Output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            return code;
        }
    }

    private static async Task WriteErrorAsync(CommandInvocation shell, string text)
    {
        await shell.Error.WriteAsync(Encoding.UTF8.GetBytes(text)).ConfigureAwait(false);
        await shell.Error.FlushAsync().ConfigureAwait(false);
    }
}
