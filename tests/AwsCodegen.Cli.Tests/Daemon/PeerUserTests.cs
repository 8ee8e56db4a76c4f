using System;
using System.Diagnostics;
using System.IO;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Resident.Protocol;
using NUnit.Framework;

namespace AwsCodegen.Cli.Tests.Daemon;

/// <summary>
/// Another user's daemon, for real: a user made for the test runs one, and we (root) reach its socket. Our client
/// must refuse it before sending anything, and it must refuse us. Needs root (useradd, setpriv); ignored otherwise.
/// </summary>
[TestFixture]
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
[NonParallelizable]
public sealed class PeerUserTests
{
    private const string User = "awscgpeer";

    [Test]
    public async Task Client_and_daemon_each_refuse_a_peer_of_another_uid()
    {
        if (Environment.UserName != "root" || !File.Exists("/usr/sbin/useradd") || !File.Exists("/usr/bin/setpriv"))
            Assert.Ignore("needs root, useradd and setpriv to run a daemon as another user");
        if (Run("id", "-u", User).Code != 0) Assert.That(Run("/usr/sbin/useradd", "--system", "--no-create-home", User).Code, Is.EqualTo(0));
        uint otherUid = uint.Parse(Run("id", "-u", User).Output.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        // A checkout under a private directory (mktemp -d makes it 0700) keeps the other user from the built awscg.
        if (Run("/usr/bin/setpriv", "--reuid", User, "--regid", User, "--clear-groups", "--", "/usr/bin/test", "-x", ResidentProcess.Awscg).Code != 0)
            Assert.Ignore($"user {User} cannot reach {ResidentProcess.Awscg} (a directory above it is closed to others)");

        using var awscg = new ResidentProcess(moto: null);
        string theirs = Path.Combine(awscg.Directory, "o");
        Directory.CreateDirectory(theirs);
        Assert.That(Run("chown", User, theirs).Code, Is.EqualTo(0));
        Assert.That(Run("chmod", "700", theirs).Code, Is.EqualTo(0));
        Assert.That(Run("chmod", "755", awscg.Directory).Code, Is.EqualTo(0));

        var start = new ProcessStartInfo("/usr/bin/setpriv") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "--reuid", User, "--regid", User, "--clear-groups", "--", ResidentProcess.Awscg, "daemon", "run" })
            start.ArgumentList.Add(argument);
        start.Environment.Clear();
        start.Environment["PATH"] = "/usr/bin:/bin";
        start.Environment["HOME"] = theirs;
        start.Environment["AWSCG_RESIDENT_DIR"] = theirs;
        using var daemon = Process.Start(start)!;
        string socket = Path.Combine(theirs, "daemon.sock");
        try
        {
            Assert.That(await ResidentProcess.WaitUntilAsync(() => File.Exists(socket), 20_000), Is.True,
                "their daemon did not start: " + (daemon.HasExited ? daemon.StandardError.ReadToEnd() : "still running"));

            // The daemon's side: we connect (root may), it answers WrongUser before reading anything.
            using (var raw = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified))
            {
                await raw.ConnectAsync(new UnixDomainSocketEndPoint(socket));
                await using var frames = new FrameConnection(new NetworkStream(raw, ownsSocket: false));
                var answer = await frames.ReadAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
                Assert.That(answer?.Type, Is.EqualTo(FrameType.Rejected));
                Assert.That(Rejected.Decode(answer!.Value).Reason, Is.EqualTo(RejectReason.WrongUser));
            }

            // The client's side: their socket, linked into a directory of ours. Our client checks who serves it first.
            Directory.CreateDirectory(awscg.ResidentDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            Assert.That(Run("ln", socket, awscg.Socket).Code, Is.EqualTo(0));
            var result = await awscg.RunAsync(new[] { "sts", "get-caller-identity" });
            Assert.That(result.ExitCode, Is.EqualTo(255), result.ToString());
            Assert.That(result.Err, Does.Contain($"served by uid {otherUid}").And.Contain("refusing to send it your command"));
            Assert.That(File.ReadAllText(Path.Combine(theirs, "daemon.log")), Does.Contain("is not this daemon's user"));
            Assert.That(File.ReadAllText(Path.Combine(theirs, "daemon.log")), Does.Not.Contain("exit "), "no command of ours ran there");
        }
        finally
        {
            if (!daemon.HasExited) daemon.Kill(entireProcessTree: true);
        }
    }

    private static (int Code, string Output) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}
