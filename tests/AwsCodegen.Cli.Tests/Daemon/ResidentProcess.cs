using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using AwsCodegen.Tests.Infrastructure;

namespace AwsCodegen.Cli.Tests.Daemon;

/// <summary>What one awscg process did.</summary>
public sealed record ProcessResult(int ExitCode, byte[] Stdout, byte[] Stderr)
{
    public string Out => Encoding.UTF8.GetString(Stdout);
    public string Err => Encoding.UTF8.GetString(Stderr);
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Err}";
}

/// <summary>
/// Runs the built awscg (the engine's apphost, its own client) as a real process, with a private resident directory
/// and an environment of our choosing: moto's endpoint and keys, nothing of the test runner's AWS settings.
/// </summary>
public sealed class ResidentProcess : IDisposable
{
    public static string Awscg => Path.Combine(AppContext.BaseDirectory, "awscg");

    public ResidentProcess(MotoServer? moto)
    {
        // Short, because a socket path must stay under 100 bytes.
        Directory = System.IO.Directory.CreateTempSubdirectory("acg").FullName;
        ResidentDirectory = Path.Combine(Directory, "r");
        Home = Path.Combine(Directory, "home");
        System.IO.Directory.CreateDirectory(Home);
        Environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["PATH"] = System.Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin",
            ["HOME"] = Home,
            ["AWSCG_RESIDENT_DIR"] = ResidentDirectory,
            ["AWS_EC2_METADATA_DISABLED"] = "true",
            ["AWS_DEFAULT_REGION"] = MotoServer.DefaultRegion,
        };
        foreach (var name in new[] { "DOTNET_ROOT", "DOTNET_ROLL_FORWARD" })
            if (System.Environment.GetEnvironmentVariable(name) is { } value) Environment[name] = value;
        if (moto is not null)
        {
            Environment["AWS_ACCESS_KEY_ID"] = moto.AccessKeyId;
            Environment["AWS_SECRET_ACCESS_KEY"] = moto.SecretAccessKey;
            Environment["AWS_ENDPOINT_URL"] = moto.Endpoint.ToString().TrimEnd('/');
        }
    }

    public string Directory { get; }
    public string ResidentDirectory { get; }
    public string Socket => Path.Combine(ResidentDirectory, "daemon.sock");
    public string Log => Path.Combine(ResidentDirectory, "daemon.log");
    public string Home { get; }
    public Dictionary<string, string> Environment { get; }

    public Process Start(IEnumerable<string> arguments, IDictionary<string, string>? extra = null, string? executable = null)
    {
        var start = new ProcessStartInfo(executable ?? Awscg)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Directory,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment.Clear();
        foreach (var (name, value) in Environment) start.Environment[name] = value;
        if (extra is not null)
            foreach (var (name, value) in extra) start.Environment[name] = value;
        return Process.Start(start)!;
    }

    public async Task<ProcessResult> RunAsync(IEnumerable<string> arguments, byte[]? stdin = null, IDictionary<string, string>? extra = null, int timeoutSeconds = 60)
    {
        using var process = Start(arguments, extra);
        return await CollectAsync(process, stdin, timeoutSeconds);
    }

    public static async Task<ProcessResult> CollectAsync(Process process, byte[]? stdin, int timeoutSeconds = 60, bool closeStdin = true)
    {
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        var copyOut = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var copyErr = process.StandardError.BaseStream.CopyToAsync(stderr);
        try
        {
            if (stdin is not null) await process.StandardInput.BaseStream.WriteAsync(stdin);
            if (closeStdin) process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The command did not read its stdin.
        }
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(TimeSpan.FromSeconds(timeoutSeconds))) != exited)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"awscg did not exit within {timeoutSeconds} s");
        }
        await Task.WhenAll(copyOut, copyErr);
        return new ProcessResult(process.ExitCode, stdout.ToArray(), stderr.ToArray());
    }

    public Task<ProcessResult> InProcessAsync(IEnumerable<string> arguments, byte[]? stdin = null) =>
        RunAsync(arguments, stdin, new Dictionary<string, string> { ["AWSCG_RESIDENT"] = "0" });

    /// <summary>The pids of the daemons this directory's log says started.</summary>
    public IReadOnlyList<int> DaemonsStarted() => File.Exists(Log)
        ? Regex.Matches(File.ReadAllText(Log), @"daemon (\d+) listening").Select(m => int.Parse(m.Groups[1].Value)).ToList()
        : Array.Empty<int>();

    public static bool IsAlive(int pid) => File.Exists($"/proc/{pid}/status") && !File.ReadAllText($"/proc/{pid}/status").Contains("State:\tZ");

    public static async Task<bool> WaitUntilAsync(Func<bool> condition, int timeoutMs = 10_000)
    {
        var clock = Stopwatch.StartNew();
        while (clock.ElapsedMilliseconds < timeoutMs)
        {
            if (condition()) return true;
            await Task.Delay(20);
        }
        return condition();
    }

    public void Dispose()
    {
        foreach (int pid in DaemonsStarted())
        {
            if (!IsAlive(pid)) continue;
            try { Process.GetProcessById(pid).Kill(); } catch (ArgumentException) { } catch (InvalidOperationException) { }
        }
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
