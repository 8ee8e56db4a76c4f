using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Cli.Engine;
using AwsCodegen.Tests.Infrastructure;

namespace AwsCodegen.Cli.Tests.Engine;

/// <summary>Runs awscg commands in-process, as the resident host will: own environment, directory and streams per command.</summary>
public sealed class CliHarness : IDisposable
{
    private readonly CommandEngine _engine = new();

    public CliHarness(MotoServer? moto = null)
    {
        Directory = Path.Combine(Path.GetTempPath(), "awscg-tests-" + Guid.NewGuid().ToString("N")[..8]);
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "home"));
        Environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["HOME"] = Path.Combine(Directory, "home"),
            ["AWS_EC2_METADATA_DISABLED"] = "true",
            ["AWS_DEFAULT_REGION"] = MotoServer.DefaultRegion,
            ["AWS_ACCESS_KEY_ID"] = moto?.AccessKeyId ?? "testing",
            ["AWS_SECRET_ACCESS_KEY"] = moto?.SecretAccessKey ?? "testing",
        };
        if (moto is not null) Environment["AWS_ENDPOINT_URL"] = moto.Endpoint.ToString().TrimEnd('/');
    }

    public string Directory { get; }
    public Dictionary<string, string> Environment { get; }

    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public async Task<Result> RunAsync(params string[] arguments) => await RunAsync(arguments, "", null);

    /// <param name="workingDirectory">The command's directory; otherwise <see cref="Directory"/>.</param>
    public async Task<Result> RunAsync(string[] arguments, string stdin, IReadOnlyDictionary<string, string>? extraEnvironment, string? workingDirectory = null)
    {
        var env = new Dictionary<string, string>(Environment, StringComparer.Ordinal);
        if (extraEnvironment is not null)
            foreach (var pair in extraEnvironment) env[pair.Key] = pair.Value;
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(stdin));
        using var output = new MemoryStream();
        using var error = new MemoryStream();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        int code = await _engine.RunAsync(new CommandInvocation(arguments, env, workingDirectory ?? Directory, input, output, error), timeout.Token);
        return new Result(code, Encoding.UTF8.GetString(output.ToArray()), Encoding.UTF8.GetString(error.ToArray()));
    }

    public void Dispose()
    {
        _engine.Dispose();
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}
