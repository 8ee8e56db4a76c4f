using System;
using System.IO;
using System.Text;
using System.Threading;

namespace AwsCodegen.Cli.Shell;

/// <summary>
/// The shell's terminal over the process's own console: keys through Console.ReadKey (which puts the terminal in
/// raw mode while it reads), text straight to stdout. Used only by the shell's entry point, which is the process's
/// own front end, never a command the daemon serves.
/// </summary>
public sealed class ConsoleShellTerminal(Stream output, Stream input) : IShellTerminal
{
    private StreamReader? _lines;

    public bool IsInteractive => !Console.IsInputRedirected && !Console.IsOutputRedirected;

    public int Width
    {
        get
        {
            try { return Console.WindowWidth > 0 ? Console.WindowWidth : 80; }
            catch (IOException) { return 80; }
        }
    }

    public ConsoleKeyInfo ReadKey()
    {
        Console.TreatControlCAsInput = true;
        return Console.ReadKey(intercept: true);
    }

    public string? ReadLine() => (_lines ??= new StreamReader(input, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false, leaveOpen: true)).ReadLine();

    public void Write(string text)
    {
        output.Write(Encoding.UTF8.GetBytes(text));
        output.Flush();
    }

    public IDisposable RunningCommand(CancellationTokenSource cancel)
    {
        if (IsInteractive) Console.TreatControlCAsInput = false;
        ConsoleCancelEventHandler handler = (_, e) =>
        {
            // Ctrl-C cancels the command (it exits 130), not the shell.
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += handler;
        return new Registration(handler);
    }

    private sealed class Registration(ConsoleCancelEventHandler handler) : IDisposable
    {
        public void Dispose() => Console.CancelKeyPress -= handler;
    }
}
