using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using System.Xml.Linq;
using AwsCodegen.Runtime.Auth;

namespace AwsCodegen.Tests.Infrastructure;

/// <summary>
/// A moto_server process on 127.0.0.1 and a free port, for tests that talk to AWS APIs without leaving the machine.
/// </summary>
/// <remarks>
/// <para>With <c>authentication</c> on, moto is started with INITIAL_NO_AUTH_ACTION_COUNT=3 and those three
/// unauthenticated actions are spent at once on IAM CreateUser, PutUserPolicy (allow everything) and CreateAccessKey;
/// from then on moto checks every request's SigV4 signature against that key, so tests can see a badly signed
/// request fail. Without it, moto accepts anything and the keys are the dummy "testing"/"testing".</para>
/// <para>moto gets dummy credentials and AWS_EC2_METADATA_DISABLED=true, and the harness's HttpClient ignores proxy
/// settings: nothing here sends traffic anywhere but 127.0.0.1.</para>
/// <para><see cref="Shared"/> is one authenticated instance for the whole test run, started on first use and killed
/// when the test process exits (or by <see cref="ShutdownShared"/>, which a [SetUpFixture]'s OneTimeTearDown may
/// call). Tests that reset state or must not see other tests' resources start their own with
/// <see cref="StartAsync"/>. A watchdog kills moto if the test process dies without disposing it.</para>
/// </remarks>
public sealed class MotoServer : IDisposable, IAsyncDisposable
{
    public const string DefaultRegion = "us-east-1";
    public const string AccountId = "123456789012";
    public const string BootstrapUserName = "awscodegen-tests";

    private const int NoAuthActionCount = 3;
    private static readonly TimeSpan s_startupTimeout = TimeSpan.FromSeconds(30);
    private static readonly object s_sharedLock = new();
    private static Lazy<MotoServer> s_shared = NewSharedLazy();
    private static bool s_exitHookInstalled;

    private readonly Process _process;
    private readonly Queue<string> _output = new();
    private readonly HttpClient _http;
    private readonly SemaphoreSlim _resetLock = new(1, 1);
    private volatile StaticCredentialsProvider _current;
    private int _disposed;

    private MotoServer(Process process, int port, bool authentication)
    {
        _process = process;
        Port = port;
        Authentication = authentication;
        Endpoint = new Uri($"http://127.0.0.1:{port}/");
        _http = CreateLocalHttpClient(Endpoint);
        AccessKeyId = "testing";
        SecretAccessKey = "testing";
        _current = new StaticCredentialsProvider(AccessKeyId, SecretAccessKey);
        Credentials = new CurrentKeyProvider(this);
    }

    /// <summary>One authenticated moto for the whole test run, started on first use.</summary>
    public static MotoServer Shared
    {
        get
        {
            lock (s_sharedLock) return s_shared.Value;
        }
    }

    /// <summary>http://127.0.0.1:port/</summary>
    public Uri Endpoint { get; }

    public int Port { get; }

    public bool Authentication { get; }

    public string Region => DefaultRegion;

    /// <summary>The bootstrapped user's key (a new one after <see cref="ResetAsync"/>), or "testing" without authentication.</summary>
    public string AccessKeyId { get; private set; }

    public string SecretAccessKey { get; private set; }

    /// <summary>
    /// The current key as a provider. It follows <see cref="ResetAsync"/>, which creates a new key, so a client
    /// built with it keeps working after a reset.
    /// </summary>
    public IAwsCredentialsProvider Credentials { get; }

    /// <summary>The last lines moto printed (requests and errors), for failure messages.</summary>
    public string RecentOutput
    {
        get
        {
            lock (_output) return string.Join("\n", _output);
        }
    }

    /// <summary>Starts a private moto_server and waits until it answers (and, with authentication, has a key).</summary>
    public static async Task<MotoServer> StartAsync(bool authentication = true, CancellationToken cancellationToken = default)
    {
        Exception? last = null;
        for (int attempt = 0; attempt < 3; attempt++)
        {
            // Another process may take the port between our probe and moto's bind; then moto exits and we try another.
            int port = FindFreePort();
            var server = Launch(port, authentication);
            try
            {
                await server.WaitUntilReadyAsync(cancellationToken).ConfigureAwait(false);
                if (authentication) await server.BootstrapCredentialsAsync(cancellationToken).ConfigureAwait(false);
                return server;
            }
            catch (MotoPortInUseException e)
            {
                last = e;
                server.Dispose();
            }
            catch
            {
                server.Dispose();
                throw;
            }
        }
        throw new InvalidOperationException("moto_server could not bind a free port after 3 attempts.", last);
    }

    /// <summary>Kills the shared instance if it was started; the next use of <see cref="Shared"/> starts a new one.</summary>
    public static void ShutdownShared()
    {
        lock (s_sharedLock)
        {
            if (s_shared.IsValueCreated) s_shared.Value.Dispose();
            s_shared = NewSharedLazy();
        }
    }

    /// <summary>
    /// Empties every moto backend (POST /moto-api/reset). That deletes the bootstrapped IAM user too, so with
    /// authentication the no-auth allowance is re-armed (POST /moto-api/reset-auth) and a new user and key are
    /// created: <see cref="AccessKeyId"/> and <see cref="SecretAccessKey"/> change, <see cref="Credentials"/> follows.
    /// On <see cref="Shared"/> this affects every test using it: prefer a private instance for tests that reset.
    /// </summary>
    public async Task ResetAsync(CancellationToken cancellationToken = default)
    {
        await _resetLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await PostMotoApiAsync("/moto-api/reset", "", cancellationToken).ConfigureAwait(false);
            if (Authentication)
            {
                await PostMotoApiAsync("/moto-api/reset-auth", NoAuthActionCount.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
                await BootstrapCredentialsAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _resetLock.Release();
        }
    }

    /// <summary>An HttpClient for this server that never uses a proxy.</summary>
    public HttpClient CreateHttpClient() => CreateLocalHttpClient(Endpoint);

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
        try { _process.StandardInput.Close(); }
        catch (Exception e) when (e is InvalidOperationException or System.IO.IOException) { }
        _process.Dispose();
        _http.Dispose();
        _resetLock.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    public override string ToString() => $"moto_server at {Endpoint} (authentication {(Authentication ? "on" : "off")})";

    private static Lazy<MotoServer> NewSharedLazy() => new(() =>
    {
        var server = StartAsync(authentication: true).GetAwaiter().GetResult();
        if (!s_exitHookInstalled)
        {
            s_exitHookInstalled = true;
            AppDomain.CurrentDomain.ProcessExit += (_, _) => ShutdownShared();
        }
        return server;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    private static int FindFreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try { return ((IPEndPoint)listener.LocalEndpoint).Port; }
        finally { listener.Stop(); }
    }

    // moto runs under sh so that a watchdog can kill it when our stdin pipe closes, which happens when the test
    // process dies without disposing. sh exits with moto's status, so an early exit (not installed, port taken)
    // is seen at once. The watchdog keeps no output pipe open, so the output readers see the end when moto ends.
    private const string LauncherScript = """
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

    private static MotoServer Launch(int port, bool authentication)
    {
        var start = new ProcessStartInfo("sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(LauncherScript);
        start.ArgumentList.Add("moto-launcher");
        start.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // Nothing of the developer's AWS setup reaches moto; it gets dummy keys and never probes instance metadata.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.OrdinalIgnoreCase) ||
                     k.StartsWith("MOTO_", StringComparison.OrdinalIgnoreCase) || k.Equals("TEST_SERVER_MODE", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }
        start.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        start.Environment["AWS_ACCESS_KEY_ID"] = "testing";
        start.Environment["AWS_SECRET_ACCESS_KEY"] = "testing";
        start.Environment["AWS_DEFAULT_REGION"] = DefaultRegion;
        start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null";
        start.Environment["AWS_CONFIG_FILE"] = "/dev/null";
        start.Environment.Remove("INITIAL_NO_AUTH_ACTION_COUNT");
        if (authentication)
            start.Environment["INITIAL_NO_AUTH_ACTION_COUNT"] = NoAuthActionCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PYTHONUNBUFFERED"] = "1";

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("Process.Start returned null for sh.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("Cannot start moto_server: 'sh' could not be run (" + e.Message + ").", e);
        }

        var server = new MotoServer(process, port, authentication);
        process.OutputDataReceived += (_, e) => server.Record(e.Data);
        process.ErrorDataReceived += (_, e) => server.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    private void Record(string? line)
    {
        if (line is null) return;
        lock (_output)
        {
            _output.Enqueue(line);
            while (_output.Count > 200) _output.Dequeue();
        }
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        using var probe = CreateLocalHttpClient(Endpoint, TimeSpan.FromSeconds(2));
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_process.HasExited)
            {
                _process.WaitForExit(5000); // let the output readers drain
                string output = RecentOutput;
                if (output.Contains("Address already in use", StringComparison.OrdinalIgnoreCase))
                    throw new MotoPortInUseException($"moto_server could not bind port {Port}:\n{output}");
                string hint = _process.ExitCode == 127
                    ? " moto_server is not on PATH: install moto[server] (pip install 'moto[server]==5.2.1')."
                    : "";
                throw new InvalidOperationException(
                    $"moto_server exited with code {_process.ExitCode} before it answered on {Endpoint}.{hint}\nIts output:\n{output}");
            }
            try
            {
                using var response = await probe.GetAsync("moto-api/", cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested) { }

            if (deadline.Elapsed > s_startupTimeout)
                throw new TimeoutException($"moto_server did not answer on {Endpoint} within {s_startupTimeout.TotalSeconds:0} s.\nIts output:\n{RecentOutput}");
            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Spends the three unauthenticated actions on a user with an allow-all policy and an access key.</summary>
    private async Task BootstrapCredentialsAsync(CancellationToken cancellationToken)
    {
        await IamAsync(new()
        {
            ["Action"] = "CreateUser",
            ["UserName"] = BootstrapUserName,
        }, cancellationToken).ConfigureAwait(false);
        await IamAsync(new()
        {
            ["Action"] = "PutUserPolicy",
            ["UserName"] = BootstrapUserName,
            ["PolicyName"] = "allow-all",
            ["PolicyDocument"] = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""",
        }, cancellationToken).ConfigureAwait(false);
        var created = await IamAsync(new()
        {
            ["Action"] = "CreateAccessKey",
            ["UserName"] = BootstrapUserName,
        }, cancellationToken).ConfigureAwait(false);

        string accessKeyId = Element(created, "AccessKeyId") ?? throw new InvalidOperationException("CreateAccessKey answered without an AccessKeyId:\n" + created);
        string secretAccessKey = Element(created, "SecretAccessKey") ?? throw new InvalidOperationException("CreateAccessKey answered without a SecretAccessKey.");
        AccessKeyId = accessKeyId;
        SecretAccessKey = secretAccessKey;
        _current = new StaticCredentialsProvider(accessKeyId, secretAccessKey);
    }

    /// <summary>
    /// An unsigned IAM query request. moto picks the service from the Authorization header's credential scope and
    /// does not check the signature while unauthenticated actions remain, so a placeholder header is enough.
    /// </summary>
    private async Task<XDocument> IamAsync(Dictionary<string, string> parameters, CancellationToken cancellationToken)
    {
        parameters["Version"] = "2010-05-08";
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint)
        {
            Content = new FormUrlEncodedContent(parameters),
        };
        request.Headers.TryAddWithoutValidation("Authorization",
            $"AWS4-HMAC-SHA256 Credential=bootstrap/20240101/{DefaultRegion}/iam/aws4_request, SignedHeaders=host, Signature=0");
        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        string body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Bootstrapping moto's IAM user: {parameters["Action"]} answered {(int)response.StatusCode}:\n{body}\nmoto's output:\n{RecentOutput}");
        return XDocument.Parse(body);
    }

    private async Task PostMotoApiAsync(string path, string body, CancellationToken cancellationToken)
    {
        // reset-auth reads the raw body as a number: it must not be form-encoded.
        using var content = new StringContent(body, Encoding.UTF8, "text/plain");
        using var response = await _http.PostAsync(path.TrimStart('/'), content, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            string text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}: {text}");
        }
    }

    private static string? Element(XDocument document, string localName) =>
        document.Descendants().FirstOrDefault(e => e.Name.LocalName == localName)?.Value;

    private static HttpClient CreateLocalHttpClient(Uri baseAddress, TimeSpan? timeout = null) =>
        new(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = baseAddress,
            Timeout = timeout ?? TimeSpan.FromSeconds(30),
        };

    private sealed class CurrentKeyProvider : IAwsCredentialsProvider
    {
        private readonly MotoServer _server;
        public CurrentKeyProvider(MotoServer server) => _server = server;
        public ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default) =>
            _server._current.GetCredentialsAsync(cancellationToken);
    }

    private sealed class MotoPortInUseException : Exception
    {
        public MotoPortInUseException(string message) : base(message) { }
    }
}
