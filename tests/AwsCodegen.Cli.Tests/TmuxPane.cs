using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading;
using NUnit.Framework;

namespace AwsCodegen.Cli.Tests;

/// <summary>
/// A program in a tmux pane (a real pseudo-terminal) on a tmux server of the test's own: keys in with send-keys,
/// the screen out with capture-pane.
/// </summary>
public sealed class TmuxPane : IDisposable
{
    public const string Tmux = "/usr/bin/tmux";
    private readonly string _socket;

    public static bool Installed => File.Exists(Tmux);

    /// <summary>Starts <paramref name="command"/> in a new session of <paramref name="columns"/> by <paramref name="rows"/>.</summary>
    public TmuxPane(string name, IReadOnlyList<string> command, int columns = 200, int rows = 50)
    {
        _socket = $"awscg-{name}-{Environment.ProcessId}";
        var args = new List<string> { "new-session", "-d", "-x", columns.ToString(), "-y", rows.ToString() };
        args.AddRange(command);
        Run(true, args.ToArray());
    }

    /// <summary>Literal text goes as -l, so that words like "Tab" in it are not key names; these names are keys.</summary>
    public void Send(params string[] keys)
    {
        foreach (var key in keys)
        {
            if (key is "Tab" or "Enter" or "Up" or "Down" or "C-c" or "C-d" or "C-u" or "C-l") Run(true, "send-keys", "-t", "0", key);
            else Run(true, "send-keys", "-t", "0", "-l", "--", key);
        }
    }

    public string Capture() => Run(true, "capture-pane", "-p", "-t", "0")!.Replace("\r", "");

    /// <summary>Whether the pane's program is still running (the session ends with it).</summary>
    public bool Alive => Run(false, "has-session", "-t", "0") is not null;

    /// <summary>Polls the pane until it shows <paramref name="text"/>, else fails the test with the screen.</summary>
    public string WaitFor(string text, string failure, int seconds = 60)
    {
        var clock = Stopwatch.StartNew();
        string screen = "";
        while (clock.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            screen = Capture();
            // A line's trailing blanks are dropped by capture-pane: compare without them.
            if (Normalize(screen).Contains(Normalize(text), StringComparison.Ordinal)) return screen;
            Thread.Sleep(100);
        }
        Assert.Fail(failure + ". The pane:\n" + screen);
        return screen;
    }

    private static string Normalize(string text) => text.Replace(" \n", "\n").TrimEnd(' ');

    /// <summary>tmux's output; null when it failed and <paramref name="check"/> is off.</summary>
    private string? Run(bool check, params string[] args)
    {
        var start = new ProcessStartInfo(Tmux) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-L");
        start.ArgumentList.Add(_socket);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment.Remove("TMUX");
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode == 0) return output;
        if (check) Assert.Fail($"tmux {string.Join(' ', args)}: {error}");
        return null;
    }

    public void Dispose() => Run(false, "kill-server");
}
