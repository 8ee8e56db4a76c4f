using System;
using System.IO;
using AwsCodegen.Resident;
using AwsCodegen.Resident.Client;
using AwsCodegen.Cli.Client;

// awscg, the thin client. Everything it knows about AWS is that an engine sits beside it.
var command = ClientCommand.FromProcess();
var engine = EnginePath.Find(command);
if (engine is null)
{
    Console.Error.WriteLine($"awscg: the awscg engine is missing: expected {Path.Combine(AppContext.BaseDirectory, "awscg-engine")} (or AWSCG_ENGINE)");
    return 255;
}
int? code = ResidentEntry.TryRun(command, engine);
if (code is { } exit) return exit;
// In-process: the engine replaces this process, with the same argv and environment, byte for byte.
return EngineExec.Replace(engine, command);
