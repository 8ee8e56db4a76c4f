using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using AwsCodegen.Resident.Protocol;
using AwsCodegen.Resident.Unix;

namespace AwsCodegen.Resident.Client;

/// <summary>
/// One command as this process received it: argv and the environment both as raw bytes (what travels) and decoded
/// (what the client itself decides on: resident mode, the socket's place), and the working directory.
/// </summary>
public sealed class ClientCommand
{
    public ClientCommand(IReadOnlyList<byte[]> rawArguments, IReadOnlyList<byte[]> rawEnvironment, string workingDirectory)
    {
        RawArguments = rawArguments;
        RawEnvironment = rawEnvironment;
        WorkingDirectory = workingDirectory;
        Arguments = rawArguments.Select(a => Encoding.UTF8.GetString(a)).ToList();
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in rawEnvironment)
        {
            int equals = Array.IndexOf(entry, (byte)'=');
            if (equals <= 0) continue;
            environment[Encoding.UTF8.GetString(entry, 0, equals)] = Encoding.UTF8.GetString(entry, equals + 1, entry.Length - equals - 1);
        }
        Environment = environment;
    }

    public IReadOnlyList<byte[]> RawArguments { get; }
    public IReadOnlyList<byte[]> RawEnvironment { get; }
    public IReadOnlyList<string> Arguments { get; }
    public IReadOnlyDictionary<string, string> Environment { get; }
    public string WorkingDirectory { get; }

    public string? Env(string name) => Environment.TryGetValue(name, out var value) ? value : null;

    /// <summary>This process's command exactly as the kernel holds it (/proc/self/cmdline and environ), program name dropped.</summary>
    public static ClientCommand FromProcess()
    {
        var arguments = SplitNul(File.ReadAllBytes("/proc/self/cmdline"));
        if (arguments.Count > 0) arguments.RemoveAt(0);
        return new ClientCommand(arguments, SplitNul(File.ReadAllBytes("/proc/self/environ")), Directory.GetCurrentDirectory());
    }

    /// <summary>From the strings a managed Main got (the engine's own client, when it is run as a dotnet tool).</summary>
    public static ClientCommand FromStrings(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment, string workingDirectory) =>
        new(arguments.Select(a => Encoding.UTF8.GetBytes(a)).ToList(),
            environment.Select(e => Encoding.UTF8.GetBytes(e.Key + "=" + e.Value)).ToList(), workingDirectory);

    public CommandRequest ToRequest()
    {
        var (columns, rows) = RawIo.TerminalSize();
        return new CommandRequest(RawArguments, RawEnvironment.Where(e => !IsName(e, EngineCommand.InProcessVariable)).ToList(),
            Encoding.UTF8.GetBytes(WorkingDirectory), RawIo.IsTerminal(0), RawIo.IsTerminal(1), RawIo.IsTerminal(2), columns, rows);
    }

    private static bool IsName(byte[] entry, string name) =>
        entry.Length > name.Length && entry[name.Length] == '=' && Encoding.ASCII.GetString(entry, 0, name.Length) == name;

    private static List<byte[]> SplitNul(byte[] bytes)
    {
        var parts = new List<byte[]>();
        int start = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != 0) continue;
            parts.Add(bytes[start..i]);
            start = i + 1;
        }
        if (start < bytes.Length) parts.Add(bytes[start..]);
        return parts;
    }
}
