using System;
using System.IO;
using System.Text;

namespace AwsCodegen.Cli.Daemon;

/// <summary>
/// The daemon's log (daemon.log beside its socket, 0600). It says what happened, never with what: environment
/// variables by name only, no argument values beyond a command's service and operation words, no output.
/// </summary>
internal sealed class DaemonLog : IDisposable
{
    private readonly object _gate = new();
    private readonly StreamWriter? _writer;
    private readonly TextWriter? _echo;

    public DaemonLog(string path, TextWriter? echo)
    {
        _echo = echo;
        try
        {
#pragma warning disable CA1416 // the daemon is Linux-only (Unix sockets)
            var options = new FileStreamOptions
            {
                Mode = FileMode.Append, Access = FileAccess.Write, Share = FileShare.ReadWrite,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            };
#pragma warning restore CA1416
            _writer = new StreamWriter(new FileStream(path, options), new UTF8Encoding(false)) { AutoFlush = true };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _writer = null; // no log is better than no daemon
        }
    }

    public void Write(string line)
    {
        string stamped = $"{DateTime.UtcNow:yyyy-MM-ddTHH:mm:ss.fffZ} {line}";
        lock (_gate)
        {
            try
            {
                _writer?.WriteLine(stamped);
                _echo?.WriteLine(stamped);
            }
            catch (IOException)
            {
                // A full disk must not stop commands.
            }
        }
    }

    public void Dispose() => _writer?.Dispose();
}
