using System;
using AwsCodegen.Runtime;
using AwsCodegen.Runtime.Errors;

namespace AwsCodegen.Cli.Engine;

/// <summary>
/// The settings of one command that are the CLI's own, not a client's: output format, pager, binary format, read from
/// the command line, then the environment, then the profile, as aws-cli reads them. The profile is loaded once per
/// command (through the runtime's file cache, which re-reads a file when it changes).
/// </summary>
public sealed class CliSettings
{
    private CliSettings(GlobalOptions options, SharedConfig? profile, string output, string? pager, string binaryFormat)
    {
        Options = options;
        Profile = profile;
        Output = output;
        Pager = pager;
        BinaryFormat = binaryFormat;
    }

    public GlobalOptions Options { get; }

    /// <summary>The profile in effect, or null when there is none (no files, or no such section and none was asked for).</summary>
    public SharedConfig? Profile { get; }

    /// <summary>json, text, table, yaml or yaml-stream.</summary>
    public string Output { get; }

    /// <summary>The pager command for a terminal (AWS_PAGER, cli_pager); null or empty for none, the default here.</summary>
    public string? Pager { get; }

    /// <summary>base64 (v2's default) or raw-in-base64-out.</summary>
    public string BinaryFormat { get; }

    public static CliSettings Resolve(GlobalOptions options, Func<string, string?> env)
    {
        SharedConfig? profile;
        try
        {
            profile = SharedConfig.Load(options.Profile, env);
        }
        catch (AwsClientException e) when (e.Message.StartsWith("The config profile (", StringComparison.Ordinal))
        {
            // aws-cli says only the first sentence; where it looked is in the runtime's message, for --debug.
            int end = e.Message.IndexOf(" could not be found", StringComparison.Ordinal);
            throw CliException.Configuration(end > 0 ? e.Message[..(end + " could not be found".Length)] : e.Message, e);
        }
        string output = options.Output ?? NonEmpty(env("AWS_DEFAULT_OUTPUT")) ?? NonEmpty(profile?.Get("output")) ?? "json";
        if (Array.IndexOf(GlobalOptionParser.OutputChoices, output) < 0)
            throw CliException.Configuration($"The output format '{output}' (from {(options.Output is null && env("AWS_DEFAULT_OUTPUT") is null ? profile?.FileOf("output") : "AWS_DEFAULT_OUTPUT")}) is not one of: {string.Join(", ", GlobalOptionParser.OutputChoices)}");
        string? pager = options.NoCliPager ? null : env("AWS_PAGER") ?? profile?.Get("cli_pager");
        string binaryFormat = options.BinaryFormat ?? NonEmpty(profile?.Get("cli_binary_format")) ?? "base64";
        return new CliSettings(options, profile, output, pager, binaryFormat);
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
