using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using System.Xml.Linq;

namespace AwsCodegen.Sample;

/// <summary>moto_server is not installed (not on PATH).</summary>
public sealed class MotoNotInstalledException : Exception
{
    public MotoNotInstalledException(string message) : base(message) { }
}

/// <summary>
/// A moto_server on 127.0.0.1 and a free port, with signature checking on: moto is started with
/// INITIAL_NO_AUTH_ACTION_COUNT=3, and those three unauthenticated calls create an IAM user, give it an allow-all
/// policy and create its access key. From then on moto checks every request's SigV4 signature against that key.
/// Dispose stops it; so does the end of this process (Ctrl+C included).
/// </summary>
public sealed class LocalMoto : IDisposable
{
    public const string Region = "us-east-1";
    private const string UserName = "awscodegen-sample";

    private readonly Process _process;
    private readonly Queue<string> _output = new();
    private int _disposed;

    private LocalMoto(Process process, int port)
    {
        _process = process;
        Endpoint = new Uri($"http://127.0.0.1:{port}/");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Dispose();
    }

    public Uri Endpoint { get; }
    public int ProcessId => _process.Id;
    public string AccessKeyId { get; private set; } = "";
    public string SecretAccessKey { get; private set; } = "";

    public static async Task<LocalMoto> StartAsync(CancellationToken cancellationToken)
    {
        string executable = FindOnPath(OperatingSystem.IsWindows() ? "moto_server.exe" : "moto_server")
            ?? throw new MotoNotInstalledException("moto_server was not found on PATH.");

        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        int port = FreePort();
        foreach (string arg in new[] { "-H", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(arg);

        // None of the user's AWS setup reaches moto: dummy keys, no instance-metadata probing.
        foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        start.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        start.Environment["AWS_ACCESS_KEY_ID"] = "testing";
        start.Environment["AWS_SECRET_ACCESS_KEY"] = "testing";
        start.Environment["AWS_DEFAULT_REGION"] = Region;
        start.Environment["INITIAL_NO_AUTH_ACTION_COUNT"] = "3";

        var moto = new LocalMoto(Process.Start(start) ?? throw new InvalidOperationException("moto_server did not start."), port);
        moto._process.OutputDataReceived += (_, e) => moto.Record(e.Data);
        moto._process.ErrorDataReceived += (_, e) => moto.Record(e.Data);
        moto._process.BeginOutputReadLine();
        moto._process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = moto.Endpoint, Timeout = TimeSpan.FromSeconds(10) };
            await moto.WaitUntilReadyAsync(http, cancellationToken);
            await moto.CreateUserAndKeyAsync(http, cancellationToken);
            return moto;
        }
        catch
        {
            moto.Dispose();
            throw;
        }
    }

    private async Task WaitUntilReadyAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                _process.WaitForExit();
                throw new InvalidOperationException($"moto_server exited with code {_process.ExitCode} before answering. Its output:\n{RecentOutput}");
            }
            try
            {
                using var response = await http.GetAsync("moto-api/", cancellationToken);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested) { }
            if (clock.Elapsed > TimeSpan.FromSeconds(30))
                throw new TimeoutException($"moto_server did not answer on {Endpoint} within 30 s. Its output:\n{RecentOutput}");
            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>The three unauthenticated calls moto allows: a user, an allow-all policy, an access key.</summary>
    private async Task CreateUserAndKeyAsync(HttpClient http, CancellationToken cancellationToken)
    {
        await IamAsync(http, new() { ["Action"] = "CreateUser", ["UserName"] = UserName }, cancellationToken);
        await IamAsync(http, new()
        {
            ["Action"] = "PutUserPolicy",
            ["UserName"] = UserName,
            ["PolicyName"] = "allow-all",
            ["PolicyDocument"] = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""",
        }, cancellationToken);
        var key = await IamAsync(http, new() { ["Action"] = "CreateAccessKey", ["UserName"] = UserName }, cancellationToken);
        AccessKeyId = key.Descendants().First(e => e.Name.LocalName == "AccessKeyId").Value;
        SecretAccessKey = key.Descendants().First(e => e.Name.LocalName == "SecretAccessKey").Value;
    }

    // Unsigned IAM query calls: moto reads the service from the Authorization header's scope and does not check
    // the signature while unauthenticated calls remain, so a placeholder header does.
    private async Task<XDocument> IamAsync(HttpClient http, Dictionary<string, string> form, CancellationToken cancellationToken)
    {
        form["Version"] = "2010-05-08";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new FormUrlEncodedContent(form) };
        request.Headers.TryAddWithoutValidation("Authorization",
            $"AWS4-HMAC-SHA256 Credential=bootstrap/20240101/{Region}/iam/aws4_request, SignedHeaders=host, Signature=0");
        using var response = await http.SendAsync(request, cancellationToken);
        string body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Setting up moto's IAM user: {form["Action"]} answered {(int)response.StatusCode}:\n{body}");
        return XDocument.Parse(body);
    }

    private string RecentOutput
    {
        get { lock (_output) return string.Join("\n", _output); }
    }

    private void Record(string? line)
    {
        if (line is null) return;
        lock (_output)
        {
            _output.Enqueue(line);
            if (_output.Count > 50) _output.Dequeue();
        }
    }

    private static string? FindOnPath(string file) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, file))
            .FirstOrDefault(File.Exists);

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try { return ((IPEndPoint)listener.LocalEndpoint).Port; }
        finally { listener.Stop(); }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException) { }
        catch (System.ComponentModel.Win32Exception) { }
        _process.Dispose();
    }
}
