using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using AwsCodegen.Tests.Infrastructure;
using NUnit.Framework;

namespace AwsCodegen.Cli.Tests.Daemon;

/// <summary>
/// Many commands across many profiles through one daemon: the client and credentials caches stay within their caps,
/// so the daemon's memory stays flat once it is warm.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class ResidentMemoryTests
{
    private const int Profiles = 50;
    private const int CommandsPerBatch = 200;
    private const int Batches = 50;

    [Test]
    public async Task Ten_thousand_commands_across_fifty_profiles_leave_the_daemons_memory_flat()
    {
        await using var moto = await MotoServer.StartAsync(authentication: true);
        using var awscg = new ResidentProcess(moto);
        var config = new StringBuilder();
        for (int p = 0; p < Profiles; p++)
            config.Append($"[profile p{p}]\nregion = {MotoServer.DefaultRegion}\naws_access_key_id = {moto.AccessKeyId}\naws_secret_access_key = {moto.SecretAccessKey}\n");
        string configPath = Path.Combine(awscg.Directory, "config-profiles");
        await File.WriteAllTextAsync(configPath, config.ToString());
        awscg.Environment["AWS_CONFIG_FILE"] = configPath;

        // Two services on each of 50 profiles: 100 clients for a cache of 64, so old ones are dropped all along.
        var script = new StringBuilder();
        for (int i = 0; i < CommandsPerBatch; i++)
        {
            string service = i % 4 < 2 ? "sts get-caller-identity --query Account --output text" : "sqs list-queues --queue-name-prefix none";
            script.Append($"{service} --profile p{(i * 7) % Profiles}\n");
        }
        string scriptPath = Path.Combine(awscg.Directory, "commands.txt");
        await File.WriteAllTextAsync(scriptPath, script.ToString());

        long warm = 0;
        for (int batch = 0; batch < Batches; batch++)
        {
            var result = await awscg.RunAsync(new[] { "batch", scriptPath, "--parallel", "4" }, timeoutSeconds: 120);
            Assert.That(result.ExitCode, Is.Zero, $"batch {batch}: {result.Err[^System.Math.Min(2000, result.Err.Length)..]}");
            Assert.That(result.Out.Split('\n').Count(line => line == MotoServer.AccountId), Is.EqualTo(CommandsPerBatch / 2), "every sts command answered");
            if (batch == 9) warm = ResidentBytes(awscg);
        }
        long end = ResidentBytes(awscg);
        var status = await awscg.RunAsync(new[] { "daemon", "status" });
        TestContext.Out.WriteLine($"RSS after 2,000 commands: {warm / 1048576.0:0.0} MiB; after 10,000: {end / 1048576.0:0.0} MiB\n{status.Out}");
        Assert.That(status.Out, Does.Contain("cached clients: 64 (of 64), credentials: 50 (of 64)"));
        Assert.That(status.Out, Does.Contain($"commands served: {Batches} "), "each batch is one command of the daemon (status counts when it ends)");
        Assert.That(end - warm, Is.LessThan(16L << 20), $"RSS grew from {warm >> 20} MiB to {end >> 20} MiB over 8,000 more commands");
    }

    private static long ResidentBytes(ResidentProcess awscg)
    {
        int pid = awscg.DaemonsStarted().Single();
        string line = File.ReadAllLines($"/proc/{pid}/status").Single(l => l.StartsWith("VmRSS:"));
        return long.Parse(line.Split(' ', System.StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
    }
}
