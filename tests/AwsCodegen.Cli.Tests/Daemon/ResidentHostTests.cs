using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using AwsCodegen.Resident.Protocol;
using AwsCodegen.Tests.Infrastructure;
using NUnit.Framework;

namespace AwsCodegen.Cli.Tests.Daemon;

/// <summary>
/// The resident daemon for real: the built awscg as client and daemon, separate processes, against one moto. Each
/// test has its own resident directory, so its daemon is its own.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class ResidentHostTests
{
    private MotoServer _moto = null!;
    private ResidentProcess _awscg = null!;

    [OneTimeSetUp]
    public async Task StartMotoAsync() => _moto = await MotoServer.StartAsync(authentication: true);

    [OneTimeTearDown]
    public async Task StopMotoAsync() => await _moto.DisposeAsync();

    [SetUp]
    public void NewDirectory() => _awscg = new ResidentProcess(_moto);

    [TearDown]
    public void StopDaemons() => _awscg.Dispose();

    private static readonly string[][] s_battery =
    {
        new[] { "--version" },
        new[] { "sqs", "create-queue", "--queue-name", "resident-same" },
        new[] { "sqs", "list-queues", "--output", "text" },
        new[] { "sts", "get-caller-identity", "--output", "table" },
        new[] { "dynamodb", "list-tables", "--query", "TableNames" },
        new[] { "sqs", "get-queue-url", "--queue-name", "no-such-queue" },
        new[] { "sqs", "create-queue" },
        new[] { "sqs", "creat-queue" },
        new[] { "sqs", "create-queue", "--queue-name", "" },
        new[] { "dynamodb", "help" },
    };

    [Test]
    public async Task Output_through_the_daemon_is_byte_identical_to_in_process()
    {
        foreach (var command in s_battery)
        {
            var inProcess = await _awscg.InProcessAsync(command);
            var resident = await _awscg.RunAsync(command);
            string what = string.Join(' ', command);
            Assert.That(resident.ExitCode, Is.EqualTo(inProcess.ExitCode), what + "\n" + resident);
            Assert.That(resident.Out, Is.EqualTo(inProcess.Out), what + ": stdout differs");
            Assert.That(resident.Err, Is.EqualTo(inProcess.Err), what + ": stderr differs");
        }
        var daemons = _awscg.DaemonsStarted();
        Assert.That(daemons, Has.Count.EqualTo(1), "one daemon served every resident run");
        Assert.That(File.ReadAllText(_awscg.Log), Does.Not.Contain(_moto.SecretAccessKey), "the log holds env keys only, never values");
        Assert.That(File.ReadAllText(_awscg.Log), Does.Contain("AWS_SECRET_ACCESS_KEY"));
    }

    [Test]
    public async Task The_thin_client_forwards_to_the_daemon_and_hands_in_process_commands_to_the_engine()
    {
        string thin = Path.Combine(AppContext.BaseDirectory, "awscg-client");
        Assert.That(File.Exists(thin), Is.True, "no thin client in " + AppContext.BaseDirectory);
        var command = new[] { "sqs", "create-queue", "--queue-name", "thin", "--output", "text" };
        var inProcess = await _awscg.InProcessAsync(command);
        using var forwarded = _awscg.Start(command, executable: thin);
        var viaThin = await ResidentProcess.CollectAsync(forwarded, null);
        using var handed = _awscg.Start(command, new Dictionary<string, string> { ["AWSCG_RESIDENT"] = "0" }, thin);
        var handedOver = await ResidentProcess.CollectAsync(handed, null);
        Assert.That(viaThin, Is.EqualTo(inProcess).Using<ProcessResult>((a, b) => a.ExitCode == b.ExitCode && a.Out == b.Out && a.Err == b.Err), viaThin.ToString());
        Assert.That(handedOver.Out, Is.EqualTo(inProcess.Out), handedOver.ToString());
        Assert.That(_awscg.DaemonsStarted(), Has.Count.EqualTo(1), "the thin client started the engine's daemon");
        Assert.That(File.ReadAllText(_awscg.Log), Does.Not.Contain(EngineMarker), "the in-process marker never reaches a command");
    }

    private const string EngineMarker = "AWSCG_ENGINE_IN_PROCESS";

    [Test]
    public async Task Stdin_streams_to_the_command_and_argv_bytes_arrive_exactly()
    {
        Assert.That((await _awscg.RunAsync(new[] { "s3", "mb", "s3://resident-stdin" })).ExitCode, Is.EqualTo(0));
        var body = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("line of stdin through frames\n", 20_000)));
        var put = await _awscg.RunAsync(new[] { "s3", "cp", "-", "s3://resident-stdin/from-stdin.txt" }, body);
        Assert.That(put.ExitCode, Is.EqualTo(0), put.ToString());
        var get = await _awscg.RunAsync(new[] { "s3", "cp", "s3://resident-stdin/from-stdin.txt", "-" });
        Assert.That(get.Stdout, Is.EqualTo(body), "the object read back is what went in on stdin");

        // file:///dev/stdin is the command's stdin, not the daemon's (/dev/null).
        var named = await _awscg.RunAsync(new[] { "sqs", "create-queue", "--queue-name", "file:///dev/stdin", "--query", "QueueUrl", "--output", "text" },
            Encoding.UTF8.GetBytes("named-on-stdin"));
        Assert.That(named.Out.Trim(), Does.EndWith("/named-on-stdin"), named.ToString());

        // outfile /dev/stdout is the command's stdout: the object, then the response document.
        var streamed = await _awscg.RunAsync(new[] { "s3api", "get-object", "--bucket", "resident-stdin", "--key", "from-stdin.txt", "/dev/stdout" });
        Assert.That(streamed.ExitCode, Is.EqualTo(0), streamed.ToString());
        Assert.That(streamed.Stdout.Take(body.Length), Is.EqualTo(body), "the object came out on the client's stdout");
        Assert.That(Encoding.UTF8.GetString(streamed.Stdout, body.Length, streamed.Stdout.Length - body.Length), Does.Contain("\"ContentLength\": " + body.Length));

        // An empty argument stays an argument, and the environment is the command's own (AWS_DEFAULT_OUTPUT differs).
        var text = await _awscg.RunAsync(new[] { "sqs", "list-queues", "--queue-name-prefix", "resident" }, extra: new Dictionary<string, string> { ["AWS_DEFAULT_OUTPUT"] = "text" });
        var json = await _awscg.RunAsync(new[] { "sqs", "list-queues", "--queue-name-prefix", "resident" });
        Assert.That(text.Out, Is.Not.EqualTo(json.Out), "each command sees its own environment, not the first command's");
        Assert.That(_awscg.DaemonsStarted(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Fifty_cold_clients_at_once_end_with_one_daemon_and_correct_outputs()
    {
        var runs = Enumerable.Range(0, 50).Select(i => _awscg.RunAsync(new[] { "sqs", "create-queue", "--queue-name", $"cold-{i}", "--query", "QueueUrl", "--output", "text" })).ToList();
        var results = await Task.WhenAll(runs);
        for (int i = 0; i < results.Length; i++)
        {
            Assert.That(results[i].ExitCode, Is.EqualTo(0), results[i].ToString());
            Assert.That(results[i].Out.Trim(), Does.EndWith($"/cold-{i}"));
        }
        Assert.That(_awscg.DaemonsStarted(), Has.Count.EqualTo(1), File.ReadAllText(_awscg.Log));
        var status = await _awscg.RunAsync(new[] { "daemon", "status" });
        Assert.That(status.Out, Does.Contain("commands served: 50"));
        Assert.That(status.Out, Does.Contain("cached clients: 1"));
    }

    [Test]
    public async Task Garbage_truncated_and_oversized_frames_close_only_their_connection()
    {
        Assert.That((await _awscg.RunAsync(new[] { "daemon", "start" })).ExitCode, Is.EqualTo(0));
        int pid = _awscg.DaemonsStarted().Single();

        Assert.That(await RawExchangeAsync(Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\n\r\n")), Is.EqualTo(RejectReason.TooLarge), "garbage reads as a huge length");
        Assert.That(await RawExchangeAsync(new byte[] { 0xff, 0xff, 0xff, 0x7f, 1 }), Is.EqualTo(RejectReason.TooLarge));
        Assert.That(await RawExchangeAsync(new byte[] { 10, 0, 0, 0, 1, 1 }, halfClose: true), Is.EqualTo(RejectReason.Malformed), "truncated: the connection ended inside the frame");
        Assert.That(await RawExchangeAsync(new byte[] { 3, 0, 0, 0, 1, 1, 0 }), Is.EqualTo(RejectReason.Malformed), "a Hello too short for its version");
        Assert.That(await RawExchangeAsync(new byte[] { 1, 0, 0, 0, 99 }), Is.EqualTo(RejectReason.Malformed), "an unknown frame type");

        var after = await _awscg.RunAsync(new[] { "sts", "get-caller-identity", "--query", "Account", "--output", "text" });
        Assert.That(after.Out.Trim(), Is.EqualTo(MotoServer.AccountId), after.ToString());
        Assert.That(_awscg.DaemonsStarted(), Is.EqualTo(new[] { pid }), "the same daemon is still up");
    }

    private async Task<RejectReason?> RawExchangeAsync(byte[] bytes, bool halfClose = false)
    {
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        await socket.ConnectAsync(new UnixDomainSocketEndPoint(_awscg.Socket));
        var stream = new NetworkStream(socket, ownsSocket: false);
        try
        {
            await stream.WriteAsync(bytes);
            if (halfClose) socket.Shutdown(SocketShutdown.Send);
        }
        catch (IOException)
        {
            // The daemon may close before all of the garbage is sent: what it answered is still there to read.
        }
        await using var frames = new FrameConnection(stream);
        var answer = await frames.ReadAsync(new System.Threading.CancellationTokenSource(TimeSpan.FromSeconds(15)).Token);
        return answer is { Type: FrameType.Rejected } rejected ? Rejected.Decode(rejected).Reason : null;
    }

    [Test]
    public async Task A_daemon_killed_mid_command_gives_255_and_the_next_command_works()
    {
        Assert.That((await _awscg.RunAsync(new[] { "s3", "mb", "s3://resident-kill" })).ExitCode, Is.EqualTo(0));
        int pid = _awscg.DaemonsStarted().Single();
        // s3 cp - waits on stdin, which this test holds open: the command is running in the daemon.
        using var waiting = _awscg.Start(new[] { "s3", "cp", "-", "s3://resident-kill/k" });
        var collect = ResidentProcess.CollectAsync(waiting, new byte[] { 1, 2, 3 }, closeStdin: false);
        await Task.Delay(500);
        Process.GetProcessById(pid).Kill();
        var lost = await collect;
        Assert.That(lost.ExitCode, Is.EqualTo(255), lost.ToString());
        Assert.That(lost.Err, Does.Contain("closed the connection before the command finished").And.Contain("not sent again"));

        var next = await _awscg.RunAsync(new[] { "s3", "ls" });
        Assert.That(next.ExitCode, Is.EqualTo(0), next.ToString());
        Assert.That(next.Out, Does.Contain("resident-kill"));
        Assert.That(_awscg.DaemonsStarted(), Has.Count.EqualTo(2), "a new daemon replaced the killed one");
    }

    [Test]
    public async Task Ctrl_c_cancels_only_that_command_and_a_vanished_client_cancels_its_command()
    {
        Assert.That((await _awscg.RunAsync(new[] { "s3", "mb", "s3://resident-cancel" })).ExitCode, Is.EqualTo(0));
        using var interrupted = _awscg.Start(new[] { "s3", "cp", "-", "s3://resident-cancel/k" });
        var collect = ResidentProcess.CollectAsync(interrupted, null, closeStdin: false);
        await Task.Delay(500);
        Assert.That(Kill(interrupted.Id, "INT"), Is.EqualTo(0));
        var result = await collect;
        Assert.That(result.ExitCode, Is.EqualTo(130), result.ToString());

        using var vanishing = _awscg.Start(new[] { "s3", "cp", "-", "s3://resident-cancel/k2" });
        var vanished = ResidentProcess.CollectAsync(vanishing, null, closeStdin: false);
        await Task.Delay(500);
        vanishing.Kill();
        await vanished;
        Assert.That(await ResidentProcess.WaitUntilAsync(() => File.ReadAllText(_awscg.Log).Contains("(client gone)")), Is.True, File.ReadAllText(_awscg.Log));
        var status = await _awscg.RunAsync(new[] { "daemon", "status" });
        Assert.That(status.Out, Does.Contain("(running: 0)"), "the vanished client's command was cancelled");
        Assert.That(_awscg.DaemonsStarted(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_stopped_daemon_gives_a_clear_error_within_its_bound()
    {
        Assert.That((await _awscg.RunAsync(new[] { "daemon", "start" })).ExitCode, Is.EqualTo(0));
        int pid = _awscg.DaemonsStarted().Single();
        Kill(pid, "STOP");
        try
        {
            var clock = Stopwatch.StartNew();
            var result = await _awscg.RunAsync(new[] { "sqs", "list-queues" }, timeoutSeconds: 20);
            Assert.That(result.ExitCode, Is.EqualTo(255), result.ToString());
            Assert.That(result.Err, Does.Contain($"pid {pid}").And.Contain("did not answer within 3 s"));
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
        }
        finally
        {
            Kill(pid, "CONT");
        }
    }

    [Test]
    public async Task A_deleted_socket_ends_the_daemon_and_the_next_command_starts_a_new_one()
    {
        Assert.That((await _awscg.RunAsync(new[] { "daemon", "start" })).ExitCode, Is.EqualTo(0));
        int pid = _awscg.DaemonsStarted().Single();
        File.Delete(_awscg.Socket);
        Assert.That(await ResidentProcess.WaitUntilAsync(() => !ResidentProcess.IsAlive(pid)), Is.True, "the daemon exits when its socket is gone");
        var next = await _awscg.RunAsync(new[] { "sts", "get-caller-identity", "--query", "Account" });
        Assert.That(next.ExitCode, Is.EqualTo(0), next.ToString());
        Assert.That(_awscg.DaemonsStarted(), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task A_directory_others_can_write_is_refused_and_the_command_runs_in_process()
    {
        Directory.CreateDirectory(_awscg.ResidentDirectory);
#pragma warning disable CA1416 // Linux only, like the daemon
        File.SetUnixFileMode(_awscg.ResidentDirectory, (UnixFileMode)0b111_111_111);
#pragma warning restore CA1416
        var result = await _awscg.RunAsync(new[] { "sts", "get-caller-identity", "--query", "Account", "--output", "text" });
        Assert.That(result.ExitCode, Is.EqualTo(253), result.ToString());
        Assert.That(result.Err, Does.Contain(_awscg.ResidentDirectory).And.Contain("mode 777"));
        Assert.That(File.Exists(_awscg.Socket), Is.False, "no daemon was started in it");
        var daemon = await _awscg.RunAsync(new[] { "daemon", "run" });
        Assert.That(daemon.ExitCode, Is.EqualTo(253), daemon.ToString());
        var off = await _awscg.RunAsync(new[] { "--no-resident", "sts", "get-caller-identity", "--query", "Account", "--output", "text" });
        Assert.That(off.Out.Trim(), Is.EqualTo(MotoServer.AccountId), "--no-resident runs it in-process: " + off);
    }

    [Test]
    public async Task A_daemon_of_another_build_is_replaced()
    {
        Assert.That((await _awscg.RunAsync(new[] { "daemon", "start" })).ExitCode, Is.EqualTo(0));
        int old = _awscg.DaemonsStarted().Single();
        // A rebuild: the engine's code file changes identity (its write time), as an upgrade would.
        string dll = Path.Combine(AppContext.BaseDirectory, "awscg.dll");
        var written = File.GetLastWriteTimeUtc(dll);
        File.SetLastWriteTimeUtc(dll, written.AddSeconds(1));
        try
        {
            var result = await _awscg.RunAsync(new[] { "sts", "get-caller-identity", "--query", "Account", "--output", "text" });
            Assert.That(result.Out.Trim(), Is.EqualTo(MotoServer.AccountId), result.ToString());
            Assert.That(result.Err, Is.Empty);
            var daemons = _awscg.DaemonsStarted();
            Assert.That(daemons, Has.Count.EqualTo(2));
            Assert.That(await ResidentProcess.WaitUntilAsync(() => !ResidentProcess.IsAlive(old)), Is.True, "the old build's daemon gave way");
        }
        finally
        {
            File.SetLastWriteTimeUtc(dll, written);
        }
    }

    [Test]
    public async Task Stop_never_starts_a_daemon_and_status_reports_one()
    {
        var stop = await _awscg.RunAsync(new[] { "daemon", "stop" });
        Assert.That(stop.ExitCode, Is.EqualTo(0));
        Assert.That(stop.Out, Does.Contain("not running"));
        Assert.That(_awscg.DaemonsStarted(), Is.Empty);
        Assert.That((await _awscg.RunAsync(new[] { "daemon", "status" })).ExitCode, Is.EqualTo(3));

        var start = await _awscg.RunAsync(new[] { "daemon", "start" });
        int pid = _awscg.DaemonsStarted().Single();
        foreach (var line in new[] { $"pid: {pid}", "uptime: ", "commands served: ", "cached clients: ", "open connections: ", "memory (RSS): " })
            Assert.That(start.Out, Does.Contain(line));
        var stopped = await _awscg.RunAsync(new[] { "daemon", "stop" });
        Assert.That(stopped.Out, Does.Contain($"stopping (pid {pid}"));
        Assert.That(await ResidentProcess.WaitUntilAsync(() => !ResidentProcess.IsAlive(pid)), Is.True);
        Assert.That(File.Exists(_awscg.Socket), Is.False, "a stopped daemon removes its socket");
    }

    private static int Kill(int pid, string signal)
    {
        using var kill = Process.Start("kill", new[] { "-" + signal, pid.ToString(System.Globalization.CultureInfo.InvariantCulture) })!;
        kill.WaitForExit();
        return kill.ExitCode;
    }
}
