using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using AwsCodegen.Cli.Engine;
using AwsCodegen.S3;

namespace AwsCodegen.Cli.S3;

/// <summary>
/// <c>awscg s3 &lt;subcommand&gt;</c>: aws-cli's high-level S3 commands (ls, cp, mv, rm, sync, mb, rb, presign,
/// website) on the generated S3 client of the s3api service.
/// </summary>
internal static class S3Command
{
    /// <summary>The subcommands in aws-cli's order, as its invalid-choice message lists them.</summary>
    private static readonly string[] s_subcommands = { "ls", "website", "cp", "mv", "rm", "sync", "mb", "rb", "presign" };

    public static Task<int> RunAsync(CommandContext context, IReadOnlyList<string> tokens, ClientCache clients)
    {
        if (tokens.Count == 0) throw CliException.Usage("the following arguments are required: subcommand");
        var rest = tokens is List<string> list ? list.GetRange(1, list.Count - 1) : new List<string>(System.Linq.Enumerable.Skip(tokens, 1));
        return tokens[0] switch
        {
            "ls" => ListCommand.RunAsync(context, rest, clients),
            "cp" => TransferCommand.RunAsync(context, S3CommandSpec.Cp, rest, clients),
            "mv" => TransferCommand.RunAsync(context, S3CommandSpec.Mv, rest, clients),
            "rm" => TransferCommand.RunAsync(context, S3CommandSpec.Rm, rest, clients),
            "sync" => TransferCommand.RunAsync(context, S3CommandSpec.Sync, rest, clients),
            "mb" => BucketCommands.MakeAsync(context, rest, clients),
            "rb" => BucketCommands.RemoveAsync(context, rest, clients),
            "presign" => PresignCommand.RunAsync(context, rest, clients),
            "website" => WebsiteCommand.RunAsync(context, rest, clients),
            _ => throw CliException.Usage(Usage.InvalidChoice("subcommand", s_subcommands)),
        };
    }

    /// <summary>The command's S3 client, from the engine's cache (a --debug one is the command's own).</summary>
    public static S3Client Client(CommandContext context, ClientCache clients)
    {
        var entry = AwsCodegen.Generated.AwsServiceIndex.Find("s3api") ?? throw CliException.Other("The s3api service is not in this build.");
        var debugLog = context.Settings.Options.Debug ? new DebugLog(context.Err) : null;
        var client = (S3Client)clients.Get(entry.Descriptor, context, debugLog);
        context.MaxAttempts = client.Configuration.MaxAttempts;
        return client;
    }
}
