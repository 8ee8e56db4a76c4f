using System.Collections.Generic;

namespace AwsCodegen.ModelImporter;

/// <summary>
/// One service in botocore at its latest API version: the source file (plain or .gz) for each model kind it has,
/// keyed by kind (<see cref="ModelFileKinds"/>).
/// </summary>
public sealed record BotocoreService(string Name, string ApiVersion, string VersionDirectory, IReadOnlyDictionary<string, string> SourceFiles);
