// PLACEHOLDER: replaced by the shared-config implementation (helper C).
using System;
namespace AwsCodegen.Runtime;

/// <summary>One profile of the shared config and credentials files.</summary>
public sealed class SharedConfig
{
    public string ProfileName { get; } = "default";
    public string ConfigPath { get; } = "";
    public string? Get(string key) => null;
    public static SharedConfig? Load(string? profileName, Func<string, string?> env) => null;
}
