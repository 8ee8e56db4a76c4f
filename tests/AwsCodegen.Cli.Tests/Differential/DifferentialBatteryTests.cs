using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Cli.Engine;
using AwsCodegen.Tests.Infrastructure;
using NUnit.Framework;

namespace AwsCodegen.Cli.Tests.Differential;

/// <summary>
/// Every line of battery.txt, run by the installed aws-cli (1.45.11) and by awscg against the same moto_server with
/// signature checking on, in the file's order. Each line must give the same exit-code class and the same stdout (as
/// JSON trees for JSON output, as text for text and table) or, on an error, the same first line of stderr.
/// </summary>
[TestFixture, NonParallelizable]
public sealed class DifferentialBatteryTests
{
    private static readonly string s_batteryPath = Path.Combine(AppContext.BaseDirectory, "Differential", "battery.txt");
    private static readonly TimeSpan s_commandTimeout = TimeSpan.FromSeconds(120);

    private MotoServer? _moto;
    private MotoServer? _motoWithoutAuth;
    private readonly Dictionary<int, (ToolResult Aws, ToolResult Ours)> _results = new();
    private string _scratch = "";

    public static IEnumerable<TestCaseData> Lines() =>
        BatteryLine.Load(s_batteryPath).Select(line => new TestCaseData(line).SetName(line.ToString().Replace('.', '_')));

    [OneTimeSetUp]
    public async Task RunTheBattery()
    {
        if (FindOnPath("aws") is null) Assert.Fail("aws-cli is not installed (pip install awscli==1.45.11); the differential tests compare against it.");
        _moto = await MotoServer.StartAsync(authentication: true);
        _motoWithoutAuth = await MotoServer.StartAsync(authentication: false);
        _scratch = Path.Combine(Path.GetTempPath(), "awscg-battery-" + Guid.NewGuid().ToString("N")[..8]);
        using var engine = new CommandEngine();
        foreach (var line in BatteryLine.Load(s_batteryPath))
        {
            var aws = await RunAwsCliAsync(line);
            var ours = await RunOursAsync(engine, line);
            _results[line.Number] = (aws, ours);
        }
    }

    [OneTimeTearDown]
    public async Task StopMoto()
    {
        if (_moto is not null) await _moto.DisposeAsync();
        if (_motoWithoutAuth is not null) await _motoWithoutAuth.DisposeAsync();
        try { if (_scratch.Length > 0) Directory.Delete(_scratch, recursive: true); } catch (IOException) { }
    }

    [TestCaseSource(nameof(Lines))]
    public void Line_gives_what_aws_cli_gives(BatteryLine line)
    {
        var (aws, ours) = _results[line.Number];
        string report = $"{line.Text}\n--- aws (exit {aws.ExitCode}, {aws.ExitClass})\n{aws.Stdout}{aws.Stderr}\n--- awscg (exit {ours.ExitCode}, {ours.ExitClass})\n{ours.Stdout}{ours.Stderr}";
        if (line.KnownDifference is not null)
        {
            Assert.That(ours.ExitClass, Is.EqualTo("ok"), "a known aws-cli difference (" + line.KnownDifference + "), but awscg failed:\n" + report);
            return;
        }
        Assert.That(ours.ExitClass, Is.EqualTo(aws.ExitClass), "exit class\n" + report);
        if (aws.ExitClass != "ok")
        {
            Assert.That(ToolResult.ErrorLine(ours.Stderr), Is.EqualTo(ToolResult.ErrorLine(aws.Stderr)), "the error line\n" + report);
            return;
        }
        if (!line.CompareStdout) return;
        if (OutputIsJson(line))
        {
            if (aws.Stdout.Trim().Length == 0 || ours.Stdout.Trim().Length == 0)
            {
                Assert.That(ours.Stdout.Trim(), Is.EqualTo(aws.Stdout.Trim()), "stdout\n" + report);
                return;
            }
            var expected = Without(JsonNode.Parse(aws.Stdout), line.IgnoredKeys);
            var actual = Without(JsonNode.Parse(ours.Stdout), line.IgnoredKeys);
            Assert.That(JsonNode.DeepEquals(actual, expected), Is.True, "stdout as JSON\n" + report);
        }
        else
        {
            Assert.That(MaskTimes(line, ours.Stdout), Is.EqualTo(MaskTimes(line, StripProgress(line, aws.Stdout))), "stdout as text\n" + report);
        }
    }

    private static string MaskTimes(BatteryLine line, string text) =>
        line.MaskTimes ? System.Text.RegularExpressions.Regex.Replace(text, @"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}", "<time>") : text;

    /// <summary>aws-cli's "Completed ...\r" progress lines, and the spaces its next line pads them out with.</summary>
    private static string StripProgress(BatteryLine line, string text)
    {
        if (!line.StripProgress) return text;
        text = System.Text.RegularExpressions.Regex.Replace(text, "Completed [^\r\n]*\r", "");
        return System.Text.RegularExpressions.Regex.Replace(text, " +\n", "\n");
    }

    private static bool OutputIsJson(BatteryLine line)
    {
        int at = line.Arguments.ToList().IndexOf("--output");
        if (at < 0 || at + 1 >= line.Arguments.Count) return !(line.Arguments.Count > 0 && line.Arguments[0] == "s3" && !line.Arguments.Contains("presign"));
        return line.Arguments[at + 1] == "json";
    }

    private static JsonNode? Without(JsonNode? node, IReadOnlySet<string> keys)
    {
        if (keys.Count == 0 || node is null) return node;
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    if (keys.Contains(key)) obj.Remove(key);
                    else Without(obj[key], keys);
                }
                break;
            case JsonArray array:
                foreach (var item in array) Without(item, keys);
                break;
        }
        return node;
    }

    private string ScratchFor(string tool)
    {
        var dir = Path.Combine(_scratch, ToolToken(tool));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private List<string> ArgumentsFor(BatteryLine line, string tool)
    {
        string token = ToolToken(tool), scratch = ScratchFor(tool);
        var arguments = line.Arguments.Select(a => a.Replace("{tool}", token).Replace("{tmp}", scratch)).ToList();
        var moto = line.AuthOff ? _motoWithoutAuth! : _moto!;
        if (line.AddEndpoint) arguments.AddRange(new[] { "--endpoint-url", moto.Endpoint.ToString().TrimEnd('/') });
        return arguments;
    }

    /// <summary>The {tool} value: the same length for both tools, so that text and table columns line up alike.</summary>
    private static string ToolToken(string tool) => tool == "aws" ? "tkaws" : "tkacg";

    /// <summary>Both tools' resource names become {tool} in both outputs: a listing shows both tools' resources.</summary>
    private string Normalize(string text, string tool) =>
        text.Replace(ScratchFor(tool), "{tmp}").Replace(ToolToken("aws"), "{tool}").Replace(ToolToken("cg"), "{tool}").Replace("\r\n", "\n");

    private Dictionary<string, string> EnvironmentFor(string tool, BatteryLine line)
    {
        var moto = line.AuthOff ? _motoWithoutAuth! : _moto!;
        var home = Path.Combine(ScratchFor(tool), "home");
        Directory.CreateDirectory(home);
        var env = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin",
            ["HOME"] = home,
            ["LANG"] = "C.UTF-8",
            ["AWS_ACCESS_KEY_ID"] = moto.AccessKeyId,
            ["AWS_SECRET_ACCESS_KEY"] = moto.SecretAccessKey,
            ["AWS_DEFAULT_REGION"] = MotoServer.DefaultRegion,
            ["AWS_EC2_METADATA_DISABLED"] = "true",
            ["AWS_PAGER"] = "",
        };
        // pyenv's shims find their Python through PYENV_ROOT, which defaults to the real $HOME/.pyenv.
        foreach (var name in new[] { "PYENV_ROOT", "PYENV_VERSION", "PYENV_SHELL" })
            if (Environment.GetEnvironmentVariable(name) is { } value) env[name] = value;
        if (!env.ContainsKey("PYENV_ROOT") && Environment.GetEnvironmentVariable("HOME") is { } realHome && Directory.Exists(Path.Combine(realHome, ".pyenv")))
            env["PYENV_ROOT"] = Path.Combine(realHome, ".pyenv");
        return env;
    }

    private async Task<ToolResult> RunAwsCliAsync(BatteryLine line)
    {
        var start = new ProcessStartInfo("aws")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = ScratchFor("aws"),
            StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in ArgumentsFor(line, "aws")) start.ArgumentList.Add(argument);
        start.Environment.Clear();
        foreach (var pair in EnvironmentFor("aws", line)) start.Environment[pair.Key] = pair.Value;
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(line.Stdin ?? "");
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(s_commandTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return new ToolResult(-1, "timeout", await stdout, await stderr);
        }
        string err = Normalize(await stderr, "aws");
        return new ToolResult(process.ExitCode, ToolResult.ClassOfAwsCliV1(process.ExitCode, err), Normalize(await stdout, "aws"), err);
    }

    private async Task<ToolResult> RunOursAsync(CommandEngine engine, BatteryLine line)
    {
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes(line.Stdin ?? ""));
        using var stdout = new MemoryStream();
        using var stderr = new MemoryStream();
        var invocation = new CommandInvocation(ArgumentsFor(line, "cg"), EnvironmentFor("cg", line), ScratchFor("cg"), stdin, stdout, stderr);
        using var timeout = new CancellationTokenSource(s_commandTimeout);
        int code = await engine.RunAsync(invocation, timeout.Token);
        return new ToolResult(code, ToolResult.ClassOfOurs(code), Normalize(Encoding.UTF8.GetString(stdout.ToArray()), "cg"),
            Normalize(Encoding.UTF8.GetString(stderr.ToArray()), "cg"));
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);
}
