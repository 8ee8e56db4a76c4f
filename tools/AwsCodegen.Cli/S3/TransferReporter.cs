using System;
using System.Diagnostics;
using AwsCodegen.Cli.Engine;

namespace AwsCodegen.Cli.S3;

/// <summary>What a transfer command prints: everything, errors only (--only-show-errors, streams), or nothing (--quiet).</summary>
internal enum ReportLevel
{
    All,
    ErrorsOnly,
    Nothing,
}

/// <summary>
/// aws-cli's result printer and recorder in one: "upload: ./a to s3://b/a" lines on stdout, "upload failed: ...",
/// warnings and "fatal error: ..." on stderr, and on a terminal the progress line ("Completed 1.0 MiB/2.0 MiB
/// (5.1 MiB/s) with 1 file(s) remaining", ended by \r and overwritten). The counts give the exit code: 1 when a
/// transfer failed or a fatal error stopped the command, 2 when files were skipped with a warning.
/// </summary>
internal sealed class TransferReporter
{
    private readonly CommandContext _context;
    private readonly ReportLevel _level;
    private readonly bool _progress;
    private readonly object _gate = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastProgressTicks;
    private bool _progressShown;
    private int _progressLength;

    private int _expectedFiles;
    private int _doneFiles;
    private long _expectedBytes;
    private long _doneBytes;
    private bool _totalsFinal;

    public TransferReporter(CommandContext context, ReportLevel level, bool progress)
    {
        _context = context;
        _level = level;
        _progress = progress && level == ReportLevel.All;
    }

    public int Failed { get; private set; }
    public int Errors { get; private set; }
    public int Warned { get; private set; }

    public int ExitCode => Failed + Errors > 0 ? 1 : Warned > 0 ? 2 : 0;

    /// <summary>A transfer was started; its size counts toward the expected bytes.</summary>
    public void Queued(long? size)
    {
        lock (_gate)
        {
            _expectedFiles++;
            if (size is { } bytes) _expectedBytes += bytes;
        }
    }

    public void Progress(long bytes)
    {
        lock (_gate)
        {
            _doneBytes += bytes;
            long now = _clock.ElapsedTicks;
            if (_progress && (!_progressShown || now - _lastProgressTicks > Stopwatch.Frequency / 10))
            {
                _progressShown = true;
                _lastProgressTicks = now;
                PrintProgress();
            }
        }
    }

    /// <summary>Every transfer is known: the totals lose their "~" and "(calculating...)".</summary>
    public void TotalsFinal()
    {
        lock (_gate)
        {
            _totalsFinal = true;
            if (_progressLength > 0 && !HasRemaining()) ClearProgress();
        }
    }

    public void Success(string type, string source, string? destination)
    {
        lock (_gate)
        {
            _doneFiles++;
            if (_level == ReportLevel.All) WriteOut(type + ": " + Location(source, destination) + Pad(type.Length + 2 + Location(source, destination).Length) + "\n");
            Redisplay();
        }
    }

    public void DryRun(string type, string source, string? destination)
    {
        lock (_gate)
        {
            if (_level != ReportLevel.Nothing) WriteOut("(dryrun) " + type + ": " + Location(source, destination) + "\n");
        }
    }

    public void Failure(string type, string source, string? destination, Exception error)
    {
        lock (_gate)
        {
            _doneFiles++;
            Failed++;
            string line = type + " failed: " + Location(source, destination) + " " + S3ErrorText.Describe(error);
            if (_level != ReportLevel.Nothing) WriteErr(line + Pad(line.Length) + "\n");
            Redisplay();
        }
    }

    /// <summary>A "warning: ..." line; the file it names was skipped (or, for some, sent anyway).</summary>
    public void Warning(string message)
    {
        lock (_gate)
        {
            Warned++;
            if (_level != ReportLevel.Nothing) WriteErr(message + Pad(message.Length) + "\n");
            Redisplay();
        }
    }

    /// <summary>An error that stops the command ("fatal error: ...").</summary>
    public void Fatal(Exception error)
    {
        lock (_gate)
        {
            Errors++;
            string line = "fatal error: " + S3ErrorText.Describe(error);
            if (_level != ReportLevel.Nothing) WriteErr(line + Pad(line.Length) + "\n");
        }
    }

    /// <summary>Ends the progress line, if one is showing.</summary>
    public void Finish()
    {
        lock (_gate)
        {
            if (_progressLength > 0) ClearProgress();
            _context.Out.Flush();
        }
    }

    private static string Location(string source, string? destination) => destination is null ? source : source + " to " + destination;

    private string Pad(int length) => _progressLength > length ? new string(' ', _progressLength - length) : "";

    private bool HasRemaining() => !_totalsFinal || _doneFiles != _expectedFiles;

    private void Redisplay()
    {
        _progressLength = 0;
        if (_progress && HasRemaining()) PrintProgress();
    }

    private void PrintProgress()
    {
        string remaining = Estimated((_expectedFiles - _doneFiles).ToString(System.Globalization.CultureInfo.InvariantCulture));
        string statement;
        if (_expectedBytes > 0)
        {
            double seconds = Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
            statement = $"Completed {HumanSize.Format(_doneBytes)}/{Estimated(HumanSize.Format(_expectedBytes))} ({HumanSize.Format((long)(_doneBytes / seconds))}/s) with {remaining} file(s) remaining";
        }
        else
        {
            statement = $"Completed {_doneFiles} file(s) with {remaining} file(s) remaining";
        }
        if (!_totalsFinal) statement += " (calculating...)";
        string padded = statement + Pad(statement.Length);
        _progressLength = padded.Length;
        WriteOut(padded + "\r");
        _context.Out.Flush();
    }

    private void ClearProgress()
    {
        WriteOut(new string(' ', _progressLength) + "\n");
        _progressLength = 0;
    }

    private string Estimated(string total) => _totalsFinal ? total : "~" + total;

    private void WriteOut(string text) => _context.Out.Write(text);

    private void WriteErr(string text)
    {
        _context.Out.Flush();
        _context.Err.Write(text);
    }
}
