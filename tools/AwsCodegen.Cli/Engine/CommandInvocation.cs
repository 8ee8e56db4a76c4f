using System;
using System.Collections.Generic;
using System.IO;

namespace AwsCodegen.Cli.Engine;

/// <summary>
/// Everything one command sees of the world. The engine reads nothing else: no Environment.*, no Console.*, no
/// current directory. Paths in arguments (file://, --body, outfile) are resolved against <see cref="WorkingDirectory"/>.
/// </summary>
public sealed class CommandInvocation
{
    public CommandInvocation(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment, string workingDirectory,
        Stream input, Stream output, Stream error, TerminalInfo? terminal = null)
    {
        Arguments = arguments ?? throw new ArgumentNullException(nameof(arguments));
        Environment = environment ?? throw new ArgumentNullException(nameof(environment));
        WorkingDirectory = workingDirectory ?? throw new ArgumentNullException(nameof(workingDirectory));
        Input = input ?? throw new ArgumentNullException(nameof(input));
        Output = output ?? throw new ArgumentNullException(nameof(output));
        Error = error ?? throw new ArgumentNullException(nameof(error));
        Terminal = terminal ?? TerminalInfo.None;
    }

    /// <summary>The arguments after the program name, exactly as given.</summary>
    public IReadOnlyList<string> Arguments { get; }

    /// <summary>The command's environment (names are case-sensitive, as on Unix).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    public string WorkingDirectory { get; }
    public Stream Input { get; }
    public Stream Output { get; }
    public Stream Error { get; }
    public TerminalInfo Terminal { get; }

    /// <summary>Runs help's pager on the user's terminal; null: help is written to stdout.</summary>
    public Help.IPager? Pager { get; init; }

    public string? GetEnvironmentVariable(string name) => Environment.TryGetValue(name, out var value) ? value : null;

    /// <summary>A path given by the user, relative to the command's working directory.</summary>
    public string ResolvePath(string path) => Path.GetFullPath(Path.Combine(WorkingDirectory, path));

    /// <summary>
    /// The command's own stdin, stdout or stderr when a resolved path names one (/dev/stdin, /dev/fd/1,
    /// /proc/self/fd/2, ...); null for any other path. In the resident daemon those paths would open the daemon's
    /// own streams (/dev/null), so a command that names them must get its own.
    /// </summary>
    public Stream? StandardStreamFor(string fullPath) => StandardStreamNumber(fullPath) switch
    {
        0 => Input,
        1 => Output,
        2 => Error,
        _ => null,
    };

    private static int StandardStreamNumber(string fullPath) => fullPath switch
    {
        "/dev/stdin" or "/dev/fd/0" or "/proc/self/fd/0" => 0,
        "/dev/stdout" or "/dev/fd/1" or "/proc/self/fd/1" => 1,
        "/dev/stderr" or "/dev/fd/2" or "/proc/self/fd/2" => 2,
        _ => -1,
    };
}
