using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Cli.Engine;
using AwsCodegen.Tests.Infrastructure;

namespace AwsCodegen.Cli.Tests.S3;

/// <summary>One command's result: exit code and what it wrote.</summary>
public sealed record CommandResult(int ExitCode, byte[] StdoutBytes, string Stderr)
{
    public string Stdout => Encoding.UTF8.GetString(StdoutBytes);

    /// <summary>
    /// The lines a transfer printed, without aws-cli's progress: each line's text after its last \r, trailing spaces
    /// trimmed, blank lines (the cleared progress line) dropped.
    /// </summary>
    public List<string> TransferLines => Stdout.Split('\n').Select(l => l[(l.LastIndexOf('\r') + 1)..].TrimEnd()).Where(l => l.Length > 0).ToList();

    public List<string> Lines => Stdout.Split('\n').Where(l => l.Length > 0).ToList();

    public override string ToString() => $"rc={ExitCode}\nstdout:\n{Stdout}\nstderr:\n{Stderr}";
}

/// <summary>
/// Runs awscg in-process (one engine for the fixture, as the resident host would) and aws-cli 1.45.11 as a process,
/// with the same environment (dummy keys, us-east-1, HOME and the working directory in a temp dir, TZ=UTC) against
/// the fixture's moto.
/// </summary>
public sealed class S3Harness : IDisposable
{
    private readonly CommandEngine _engine = new();

    public S3Harness(MotoServer moto)
    {
        Moto = moto;
        Root = Directory.CreateTempSubdirectory("awscg-s3-").FullName;
        Home = Directory.CreateDirectory(Path.Combine(Root, "home")).FullName;
        Environment = new Dictionary<string, string>
        {
            ["AWS_ACCESS_KEY_ID"] = moto.AccessKeyId,
            ["AWS_SECRET_ACCESS_KEY"] = moto.SecretAccessKey,
            ["AWS_DEFAULT_REGION"] = "us-east-1",
            ["AWS_EC2_METADATA_DISABLED"] = "true",
            ["AWS_CONFIG_FILE"] = Path.Combine(Home, "config"),
            ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(Home, "credentials"),
            ["HOME"] = Home,
            ["TZ"] = "UTC",
        };
    }

    public MotoServer Moto { get; }

    /// <summary>moto's URL as --endpoint-url takes it.</summary>
    public string Endpoint => $"http://127.0.0.1:{Moto.Port}";
    public string Root { get; }
    public string Home { get; }
    public Dictionary<string, string> Environment { get; }

    /// <summary>A new empty working directory.</summary>
    public string NewDirectory(string name) => Directory.CreateDirectory(Path.Combine(Root, name + "-" + Guid.NewGuid().ToString("N")[..6])).FullName;

    public static string NewBucket(string hint) => hint + "-" + Guid.NewGuid().ToString("N")[..12];

    public async Task<CommandResult> RunAsync(string cwd, params string[] args) => await RunAsync(cwd, null, null, args);

    public async Task<CommandResult> RunAsync(string cwd, byte[]? stdin, TerminalInfo? terminal, params string[] args)
    {
        var arguments = args.Concat(new[] { "--endpoint-url", Endpoint }).ToList();
        using var input = new MemoryStream(stdin ?? Array.Empty<byte>());
        using var output = new MemoryStream();
        using var error = new MemoryStream();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        int rc = await _engine.RunAsync(new CommandInvocation(arguments, Environment, cwd, input, output, error, terminal), timeout.Token);
        return new CommandResult(rc, output.ToArray(), Encoding.UTF8.GetString(error.ToArray()));
    }

    /// <summary>The same command with aws-cli.</summary>
    public async Task<CommandResult> RunAwsAsync(string cwd, params string[] args) => await RunAwsAsync(cwd, null, args);

    public async Task<CommandResult> RunAwsAsync(string cwd, byte[]? stdin, params string[] args)
    {
        var start = new ProcessStartInfo("aws")
        {
            WorkingDirectory = cwd,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.ArgumentList.Add("--endpoint-url");
        start.ArgumentList.Add(Endpoint);
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.OrdinalIgnoreCase)).ToList()) start.Environment.Remove(name);
        foreach (var pair in Environment) start.Environment[pair.Key] = pair.Value;
        using var process = Process.Start(start)!;
        var stdout = new MemoryStream();
        var copyOut = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var readErr = process.StandardError.ReadToEndAsync();
        if (stdin is not null) await process.StandardInput.BaseStream.WriteAsync(stdin);
        process.StandardInput.Close();
        await copyOut;
        string stderr = await readErr;
        await process.WaitForExitAsync();
        return new CommandResult(process.ExitCode, stdout.ToArray(), stderr);
    }

    public void Dispose()
    {
        _engine.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException) { }
    }
}
