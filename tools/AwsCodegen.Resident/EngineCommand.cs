using System;
using System.Collections.Generic;
using System.IO;

namespace AwsCodegen.Resident;

/// <summary>
/// How to start the full CLI (the engine): its executable, the arguments before the command's (a dll for
/// <c>dotnet</c>), and the file whose identity is the build id. A daemon is that build's only if the ids match.
/// </summary>
public sealed record EngineCommand(string Executable, IReadOnlyList<string> LeadingArguments, string CodeFile)
{
    /// <summary>Set by whoever hands a command to the engine to run in this process; the engine removes it.</summary>
    public const string InProcessVariable = "AWSCG_ENGINE_IN_PROCESS";

    /// <summary>
    /// The build id: the code file's size and write time. A rebuild or an upgrade changes it, and a daemon of another
    /// build is then replaced; both sides compute it the same way without any build-time plumbing.
    /// </summary>
    public string BuildId()
    {
        var info = new FileInfo(CodeFile);
        if (!info.Exists) throw new ResidentException($"the awscg engine {CodeFile} does not exist");
        return $"{info.Length:x}-{info.LastWriteTimeUtc.Ticks:x}";
    }

    /// <summary>This process, when it is the engine: the NativeAOT executable, or the managed dll under its host.</summary>
    public static EngineCommand Current(string assemblyName)
    {
        string process = Environment.ProcessPath ?? throw new ResidentException("the path of this executable is unknown");
        string dll = Path.Combine(AppContext.BaseDirectory, assemblyName + ".dll");
        if (!File.Exists(dll)) return new EngineCommand(process, Array.Empty<string>(), process);
        bool underDotnet = Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.Ordinal);
        return new EngineCommand(process, underDotnet ? new[] { dll } : Array.Empty<string>(), dll);
    }
}
