namespace AwsCodegen.ModelImporter;

/// <summary>A botocore <c>data</c> directory, its package version (null when unreadable) and how it was found.</summary>
public sealed record BotocoreLocation(string DataDirectory, string? Version, string FoundBy);
