using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace AwsCodegen.Tests.Packaging;

/// <summary>What a finished (or killed) process printed, for assertions and failure messages.</summary>
internal sealed record ProcessResult(string CommandLine, string WorkingDirectory, int ExitCode, bool TimedOut, string Output, TimeSpan Elapsed)
{
    public bool Succeeded => ExitCode == 0 && !TimedOut;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture,
            $"$ {CommandLine}\n  (in {WorkingDirectory}; {(TimedOut ? "killed after timeout" : "exit " + ExitCode)} after {Elapsed.TotalSeconds:0.0} s)\n{Output}");
}

/// <summary>Runs dotnet (or any program) as a child process with stdout and stderr captured together.</summary>
internal static class DotnetCli
{
    /// <summary>The dotnet host that runs this test (DOTNET_HOST_PATH), else "dotnet" from PATH.</summary>
    public static string DotnetPath =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && System.IO.File.Exists(host) ? host : "dotnet";

    /// <summary>
    /// Runs <c>dotnet</c> with a clean MSBuild environment: the variables that `dotnet test` leaves for its children
    /// (MSBuildExtensionsPath, MSBuildSDKsPath, MSBUILD_EXE_PATH...) are removed, node reuse and the MSBuild server
    /// are off, so no build process outlives the command, and messages are in English.
    /// <paramref name="environment"/> entries override (a null value removes the variable).
    /// </summary>
    public static Task<ProcessResult> DotnetAsync(string workingDirectory, IEnumerable<string> arguments, TimeSpan timeout,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var env = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
            ["DOTNET_CLI_UI_LANGUAGE"] = "en",
            ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
            ["MSBUILDDISABLENODEREUSE"] = "1",
        };
        foreach (string name in Environment.GetEnvironmentVariables().Keys.Cast<string>())
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) && name != "MSBUILDDISABLENODEREUSE")
                env[name] = null;
        }
        if (environment is not null)
        {
            foreach (var (name, value) in environment) env[name] = value;
        }
        return RunAsync(DotnetPath, arguments, workingDirectory, timeout, env);
    }

    /// <summary>
    /// Runs a program and waits for it to exit, at most <paramref name="timeout"/> (then it and its children are
    /// killed). Does not wait for processes it left behind (a compiler server, say) to close the output pipes.
    /// </summary>
    public static async Task<ProcessResult> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory,
        TimeSpan timeout, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        if (environment is not null)
        {
            foreach (var (name, value) in environment)
            {
                if (value is null) start.Environment.Remove(name);
                else start.Environment[name] = value;
            }
        }
        string commandLine = fileName + " " + string.Join(" ", start.ArgumentList.Select(a => a.Contains(' ', StringComparison.Ordinal) ? "\"" + a + "\"" : a));

        var output = new StringBuilder();
        var outputDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var errorDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var exited = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Append(string? line, TaskCompletionSource done)
        {
            if (line is null) { done.TrySetResult(); return; }
            lock (output) output.Append(line).Append('\n');
        }

        using var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Append(e.Data, outputDone);
        process.ErrorDataReceived += (_, e) => Append(e.Data, errorDone);
        process.Exited += (_, _) => exited.TrySetResult();
        var clock = Stopwatch.StartNew();
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"Cannot start '{fileName}': {e.Message}", e);
        }
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        bool timedOut = await Task.WhenAny(exited.Task, Task.Delay(timeout)) != exited.Task;
        if (timedOut)
        {
            try { process.Kill(entireProcessTree: true); }
            catch (InvalidOperationException) { }
            process.WaitForExit(10_000);
        }
        // The pipes close when every process holding them is gone; a build may leave a server holding them.
        await Task.WhenAny(Task.WhenAll(outputDone.Task, errorDone.Task), Task.Delay(TimeSpan.FromSeconds(10)));
        clock.Stop();

        string text;
        lock (output) text = output.ToString();
        return new ProcessResult(commandLine, workingDirectory, process.HasExited ? process.ExitCode : -1, timedOut, text, clock.Elapsed);
    }
}
