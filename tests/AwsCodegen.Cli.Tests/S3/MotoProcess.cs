using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;

namespace AwsCodegen.Cli.Tests.S3;

/// <summary>
/// A private moto_server on 127.0.0.1 and a free port, without authentication (any keys are accepted), with dummy
/// credentials and AWS_EC2_METADATA_DISABLED=true. A watchdog kills it when the test process goes away.
/// </summary>
public sealed class MotoProcess : IDisposable
{
    private const string Launcher = """
        exec 3<&0
        moto_server -H 127.0.0.1 -p "$1" </dev/null 3<&- &
        moto=$!
        (while read -r _; do :; done; kill "$moto" 2>/dev/null) <&3 >/dev/null 2>&1 &
        watchdog=$!
        exec 3<&-
        wait "$moto"
        status=$?
        kill "$watchdog" 2>/dev/null
        exit "$status"
        """;

    private readonly Process _process;
    private readonly List<string> _output = new();

    private MotoProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        Endpoint = $"http://127.0.0.1:{port}";
    }

    public int Port { get; }

    /// <summary>http://127.0.0.1:port, as --endpoint-url takes it.</summary>
    public string Endpoint { get; }

    public string RecentOutput
    {
        get
        {
            lock (_output) return string.Join("\n", _output.TakeLast(50));
        }
    }

    public static async Task<MotoProcess> StartAsync()
    {
        int port = FreePort();
        var start = new ProcessStartInfo("sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Launcher);
        start.ArgumentList.Add("moto-launcher");
        start.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.OrdinalIgnoreCase) || k.StartsWith("MOTO_", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        start.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        start.Environment["AWS_ACCESS_KEY_ID"] = "testing";
        start.Environment["AWS_SECRET_ACCESS_KEY"] = "testing";
        start.Environment["AWS_DEFAULT_REGION"] = "us-east-1";
        start.Environment["PYTHONUNBUFFERED"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException("sh did not start");
        var moto = new MotoProcess(process, port);
        process.OutputDataReceived += (_, e) => moto.Record(e.Data);
        process.ErrorDataReceived += (_, e) => moto.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited) throw new InvalidOperationException("moto_server exited:\n" + moto.RecentOutput);
            try
            {
                using var response = await http.GetAsync(moto.Endpoint + "/moto-api/");
                if (response.IsSuccessStatusCode) return moto;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        moto.Dispose();
        throw new TimeoutException("moto_server did not answer:\n" + moto.RecentOutput);
    }

    private void Record(string? line)
    {
        if (line is null) return;
        lock (_output)
        {
            _output.Add(line);
            if (_output.Count > 500) _output.RemoveRange(0, 100);
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try { return ((IPEndPoint)listener.LocalEndpoint).Port; }
        finally { listener.Stop(); }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException) { }
        _process.Dispose();
    }
}
