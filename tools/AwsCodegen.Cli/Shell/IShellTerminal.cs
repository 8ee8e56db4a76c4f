using System;
using System.Threading;

namespace AwsCodegen.Cli.Shell;

/// <summary>
/// The terminal the shell talks to: keys in, text out. Only the shell's front end (the process's own terminal, never
/// the daemon) implements it over the console; tests can drive the shell with keys of their own.
/// </summary>
public interface IShellTerminal
{
    /// <summary>Whether keys come from a person at a terminal (prompt, editing, completion) or lines from a pipe.</summary>
    bool IsInteractive { get; }

    /// <summary>The terminal's width in columns now (it may change between keys).</summary>
    int Width { get; }

    /// <summary>The next key; blocks until one is typed.</summary>
    ConsoleKeyInfo ReadKey();

    /// <summary>The next line of a non-interactive input, or null at its end.</summary>
    string? ReadLine();

    /// <summary>Writes to the terminal (the prompt, the line being edited, completion lists).</summary>
    void Write(string text);

    /// <summary>While a command runs: Ctrl-C cancels <paramref name="cancel"/> instead of being a key.</summary>
    IDisposable RunningCommand(CancellationTokenSource cancel);
}
