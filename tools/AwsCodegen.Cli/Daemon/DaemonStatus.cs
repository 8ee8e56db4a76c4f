using System;
using AwsCodegen.Cli.Engine;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace AwsCodegen.Cli.Daemon;

/// <summary>What <c>awscg daemon status</c> prints, read from the daemon's counters and its own /proc entries.</summary>
internal static class DaemonStatus
{
    public static string Text(DaemonHost host)
    {
        var text = new StringBuilder();
        text.Append("pid: ").Append(Environment.ProcessId).Append('\n');
        text.Append("build: ").Append(host.BuildId).Append('\n');
        text.Append("socket: ").Append(host.Paths.Socket).Append('\n');
        text.Append("uptime: ").Append(FormatDuration(host.Uptime)).Append('\n');
        text.Append("commands served: ").Append(host.CommandsServed).Append(" (running: ").Append(host.CommandsRunning).Append(")\n");
        text.Append("cached clients: ").Append(host.Engine.CachedClients).Append(" (of ").Append(ClientCache.ClientCapacity)
            .Append("), credentials: ").Append(host.Engine.CachedCredentials).Append(" (of ").Append(ClientCache.CredentialsCapacity).Append(")\n");
        text.Append("open connections: ").Append(OpenTcpConnections()).Append('\n');
        text.Append("memory (RSS): ").Append((ResidentBytes() / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture)).Append(" MiB\n");
        text.Append("idle timeout: ").Append(FormatDuration(host.IdleTimeout)).Append('\n');
        return text.ToString();
    }

    private static string FormatDuration(TimeSpan span) =>
        span.TotalSeconds < 120 ? span.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s"
        : span.TotalMinutes < 120 ? span.TotalMinutes.ToString("0.0", CultureInfo.InvariantCulture) + " min"
        : span.TotalHours.ToString("0.0", CultureInfo.InvariantCulture) + " h";

    /// <summary>VmRSS from /proc/self/status.</summary>
    public static long ResidentBytes()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal)
                && long.TryParse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out long kb))
                return kb * 1024;
        return 0;
    }

    /// <summary>Established TCP connections this process holds: its socket inodes matched against /proc/self/net/tcp{,6}.</summary>
    public static int OpenTcpConnections()
    {
        var inodes = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            foreach (var fd in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
            {
                string? target = new FileInfo(fd).LinkTarget;
                if (target is not null && target.StartsWith("socket:[", StringComparison.Ordinal)) inodes.Add(target[8..^1]);
            }
        }
        catch (IOException)
        {
            return 0;
        }
        int count = 0;
        foreach (var table in new[] { "/proc/self/net/tcp", "/proc/self/net/tcp6" })
        {
            if (!File.Exists(table)) continue;
            foreach (var line in File.ReadLines(table))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                // sl local rem st tx:rx tr:when retrnsmt uid timeout inode; state 01 is ESTABLISHED.
                if (fields.Length > 9 && fields[3] == "01" && inodes.Contains(fields[9])) count++;
            }
        }
        return count;
    }
}
