using System;
using System.IO;
using AwsCodegen.Resident;
using AwsCodegen.Resident.Client;

namespace AwsCodegen.Cli.Client;

/// <summary>The engine this client belongs to: $AWSCG_ENGINE, else awscg-engine beside it, else an awscg beside it that is not itself.</summary>
internal static class EnginePath
{
    public static EngineCommand? Find(ClientCommand command)
    {
        if (command.Env("AWSCG_ENGINE") is { Length: > 0 } chosen) return File.Exists(chosen) ? Engine(chosen) : null;
        string here = AppContext.BaseDirectory;
        string published = Path.Combine(here, "awscg-engine");
        if (File.Exists(published)) return Engine(published);
        // A build, not a publish: the engine's apphost and dll sit beside awscg-client.
        string built = Path.Combine(here, "awscg");
        string builtDll = Path.Combine(here, "awscg.dll");
        if (File.Exists(built) && File.Exists(builtDll)) return new EngineCommand(built, Array.Empty<string>(), builtDll);
        return null;
    }

    private static EngineCommand Engine(string path) => new(path, Array.Empty<string>(), path);
}
