using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace AwsCodegen.Cli.Shell;

/// <summary>
/// The shell's history: the last <see cref="Capacity"/> lines, kept in a file of the user's own (mode 0600: a line
/// may carry a secret as a parameter) and appended as each line is entered, so a second shell sees the first's.
/// </summary>
public sealed class ShellHistory
{
    public const int Capacity = 1000;
    private readonly List<string> _lines = new();
    private readonly string? _path;

    public ShellHistory(string? path)
    {
        _path = path;
        if (path is null || !File.Exists(path)) return;
        try
        {
            foreach (var line in File.ReadAllLines(path, Encoding.UTF8))
                if (line.Length > 0) _lines.Add(line);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An unreadable history is not a reason to refuse a shell; the next write says why it failed.
        }
        if (_lines.Count > Capacity) _lines.RemoveRange(0, _lines.Count - Capacity);
    }

    /// <summary>$XDG_STATE_HOME/awscg/shell-history, else ~/.local/state/awscg/shell-history; null without a home.</summary>
    public static string? DefaultPath(Func<string, string?> env)
    {
        string? state = env("XDG_STATE_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg) ? xdg
            : env("HOME") is { Length: > 0 } home ? Path.Combine(home, ".local", "state") : null;
        return state is null ? null : Path.Combine(state, "awscg", "shell-history");
    }

    public IReadOnlyList<string> Lines => _lines;

    /// <summary>Records an entered line (not a repeat of the last one), in memory and in the file.</summary>
    /// <returns>Why the file could not be written, or null.</returns>
    public string? Add(string line)
    {
        if (line.Length == 0 || line.Contains('\n') || (_lines.Count > 0 && _lines[^1] == line)) return null;
        _lines.Add(line);
        if (_lines.Count > Capacity) _lines.RemoveAt(0);
        if (_path is null) return null;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            bool rewrite = _lines.Count == Capacity; // keep the file bounded too
            var options = new FileStreamOptions { Mode = rewrite ? FileMode.Create : FileMode.Append, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using var file = new StreamWriter(_path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), options);
            if (rewrite)
                foreach (var kept in _lines) file.Write(kept + "\n");
            else
                file.Write(line + "\n");
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"awscg shell: cannot write the history {_path}: {e.Message}";
        }
    }
}
