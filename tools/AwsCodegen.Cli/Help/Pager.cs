using System;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Cli.Engine;

namespace AwsCodegen.Cli.Help;

/// <summary>
/// Shows text through a pager program on the user's terminal. The engine only decides which pager (see
/// <see cref="PagerChoice"/>); whoever owns the terminal runs it: the in-process entry point as a child process
/// (<see cref="ProcessPager"/>), the resident host by asking its thin client to.
/// </summary>
public interface IPager
{
    /// <summary>
    /// Runs <paramref name="command"/> (a shell command line, such as <c>less -R</c>) with <paramref name="text"/> on
    /// its standard input and waits for it to end. False when it could not be started: the caller writes the text to
    /// stdout instead.
    /// </summary>
    Task<bool> ShowAsync(string command, string text, CancellationToken cancellationToken);
}

/// <summary>Which pager help goes through: none unless stdout is a terminal; then MANPAGER, PAGER, or less -R when it is on the PATH.</summary>
public static class PagerChoice
{
    public static string? For(TerminalInfo terminal, Func<string, string?> env, bool noCliPager)
    {
        if (!terminal.StdoutIsTerminal || noCliPager) return null;
        string? chosen = env("MANPAGER") ?? env("PAGER");
        if (chosen is not null) return string.IsNullOrWhiteSpace(chosen) ? null : chosen;
        return OnPath("less", env("PATH")) ? "less -R" : null;
    }

    private static bool OnPath(string program, string? path)
    {
        if (string.IsNullOrEmpty(path)) return false;
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            if (File.Exists(Path.Combine(dir, program))) return true;
        return false;
    }
}

/// <summary>The in-process pager: <c>/bin/sh -c command</c>, sharing this process's terminal, fed through a pipe.</summary>
public sealed class ProcessPager : IPager
{
    public Task<bool> ShowAsync(string command, string text, CancellationToken cancellationToken) =>
        AwsCodegen.Resident.Client.ShellPager.RunAsync(command, new UTF8Encoding(false).GetBytes(text));
}
