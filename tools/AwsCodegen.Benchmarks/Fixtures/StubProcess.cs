using System;
using System.Diagnostics;
using System.Threading.Tasks;

namespace AwsCodegen.Benchmarks.Fixtures;

/// <summary>
/// The stub in a process of its own ("AwsCodegen.Benchmarks stub"). The benchmarks run in-process, and the memory
/// diagnoser counts every allocation of the process it runs in, so the server side must live elsewhere. Closing the
/// stub's stdin stops it.
/// </summary>
public sealed class StubProcess : IDisposable
{
    private readonly Process _process;

    private StubProcess(Process process, Uri baseUri)
    {
        _process = process;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    public static async Task<StubProcess> StartAsync()
    {
        string assembly = typeof(StubProcess).Assembly.Location;
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        // Started as "dotnet AwsCodegen.Benchmarks.dll" or as the apphost itself (dotnet run): either way the same
        // program, in stub mode. Only the dotnet host is given the assembly (the apphost would take it for an argument,
        // and start a stub of its own, and so on).
        if (string.Equals(System.IO.Path.GetFileNameWithoutExtension(start.FileName), "dotnet", StringComparison.Ordinal))
            start.ArgumentList.Add(assembly);
        start.ArgumentList.Add("stub");
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the stub process");
        string? line = await process.StandardOutput.ReadLineAsync();
        if (line is null || !line.StartsWith("listening ", StringComparison.Ordinal))
        {
            process.Kill();
            throw new InvalidOperationException("the stub process did not start: " + line);
        }
        return new StubProcess(process, new Uri(line["listening ".Length..]));
    }

    public void Dispose()
    {
        _process.StandardInput.Close();
        if (!_process.WaitForExit(5000)) _process.Kill();
        _process.Dispose();
    }
}
