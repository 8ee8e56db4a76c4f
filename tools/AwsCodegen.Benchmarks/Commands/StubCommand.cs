using System;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Benchmarks.Stub;

namespace AwsCodegen.Benchmarks.Commands;

/// <summary>
/// Runs the stub alone (the cold-start apps and hyperfine use it). Prints "listening URL" once ready, then serves until
/// stdin closes or SIGTERM/SIGINT arrives, so a script can start it in the background and stop it by its pid.
/// </summary>
public static class StubCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        int port = 0;
        if (args.Length == 2 && args[0] == "--port") port = int.Parse(args[1], CultureInfo.InvariantCulture);
        else if (args.Length != 0)
        {
            Console.Error.WriteLine("usage: AwsCodegen.Benchmarks stub [--port N]");
            return 2;
        }

        await using var stub = StubServer.Start(port);
        using var stop = new CancellationTokenSource();
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        Console.WriteLine("listening " + stub.BaseUri);
        Console.Out.Flush();

        var stdinClosed = Task.Run(() => Console.In.ReadToEnd());
        await Task.WhenAny(stdinClosed, Task.Delay(Timeout.Infinite, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default));
        return 0;
    }
}
