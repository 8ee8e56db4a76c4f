using System;
using System.Collections.Generic;
using System.IO;

namespace AwsCodegen.Resident;

/// <summary>
/// Whether commands go to the daemon, and how long it idles. From, first to last: --no-resident on the command line,
/// AWSCG_RESIDENT, AWSCG_DAEMON_IDLE_SECONDS, and the awscg config file ($AWSCG_CONFIG_FILE, else
/// $XDG_CONFIG_HOME/awscg/config, else ~/.config/awscg/config): lines of <c>key = value</c>, # for comments, keys
/// <c>resident</c> (true/false) and <c>idle_timeout</c> (seconds).
/// </summary>
public sealed record ResidentSettings(bool Enabled, TimeSpan IdleTimeout)
{
    public const string NoResidentOption = "--no-resident";
    public static readonly TimeSpan DefaultIdleTimeout = TimeSpan.FromMinutes(15);

    public static ResidentSettings Resolve(IReadOnlyList<string> arguments, Func<string, string?> env)
    {
        bool enabled = true;
        var idle = DefaultIdleTimeout;
        if (ConfigFile(env) is { } file && File.Exists(file))
        {
            int lineNumber = 0;
            foreach (var raw in File.ReadLines(file))
            {
                lineNumber++;
                string line = raw.Trim();
                if (line.Length == 0 || line[0] == '#') continue;
                int equals = line.IndexOf('=');
                if (equals <= 0) throw new ResidentException($"{file}, line {lineNumber}: expected 'key = value', got '{line}'");
                string key = line[..equals].Trim(), value = line[(equals + 1)..].Trim();
                string where = $"{file}, line {lineNumber}";
                switch (key)
                {
                    case "resident": enabled = Boolean(value, where + ": resident"); break;
                    case "idle_timeout": idle = Seconds(value, where + ": idle_timeout"); break;
                    default: throw new ResidentException($"{where}: unknown key '{key}' (known: resident, idle_timeout)");
                }
            }
        }
        if (env("AWSCG_RESIDENT") is { Length: > 0 } resident) enabled = Boolean(resident, "AWSCG_RESIDENT");
        if (env("AWSCG_DAEMON_IDLE_SECONDS") is { Length: > 0 } seconds) idle = Seconds(seconds, "AWSCG_DAEMON_IDLE_SECONDS");
        foreach (var argument in arguments)
        {
            if (argument == "--") break;
            if (argument == NoResidentOption) enabled = false;
        }
        return new ResidentSettings(enabled, idle);
    }

    private static string? ConfigFile(Func<string, string?> env)
    {
        if (env("AWSCG_CONFIG_FILE") is { Length: > 0 } file) return file;
        if (env("XDG_CONFIG_HOME") is { Length: > 0 } config) return Path.Combine(config, "awscg", "config");
        return env("HOME") is { Length: > 0 } home ? Path.Combine(home, ".config", "awscg", "config") : null;
    }

    private static bool Boolean(string value, string where) => value.ToLowerInvariant() switch
    {
        "1" or "true" or "on" or "yes" => true,
        "0" or "false" or "off" or "no" => false,
        _ => throw new ResidentException($"{where}: '{value}' is not a boolean (true/false, on/off, 1/0)"),
    };

    private static TimeSpan Seconds(string value, string where) =>
        int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : throw new ResidentException($"{where}: '{value}' is not a positive number of seconds");
}
