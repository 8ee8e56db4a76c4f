using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Cli.Engine;
using AwsCodegen.S3;

namespace AwsCodegen.Cli.S3;

/// <summary>
/// <c>s3 cp</c>, <c>mv</c>, <c>rm</c> and <c>sync</c> (aws-cli's CommandParameters and CommandArchitecture): checks
/// the paths, lists the source (and for sync the destination), filters, compares, and hands the result to the
/// transfer handler. Exit code 1 when a transfer failed or a fatal error stopped the command, 2 when files were skipped.
/// </summary>
internal static class TransferCommand
{
    public static async Task<int> RunAsync(CommandContext context, S3CommandSpec spec, IReadOnlyList<string> tokens, ClientCache clients)
    {
        var arguments = S3Arguments.Parse(tokens, spec);
        string command = spec.Name;
        var paths = arguments.Paths.ToList();
        string pathsType = PathsType(command, spec.Usage, paths);
        for (int i = 0; i < paths.Count; i++)
        {
            if (S3Location.IsS3(paths[i]) && S3Location.Split(paths[i]).Key.Length == 0 && !paths[i].EndsWith('/')) paths[i] += "/";
        }
        string source = paths[0];
        string destination = paths.Count > 1 ? paths[1] : paths[0];
        bool dirOp = command == "sync" || arguments.Has("recursive");
        bool isStream = source == "-" || destination == "-";
        if (isStream && (command != "cp" || dirOp))
            throw CliException.Other("Streaming currently is only compatible with non-recursive cp commands");

        string cwd = context.Invocation.WorkingDirectory;
        if (command == "mv" && pathsType == "s3s3" && SamePath(source, destination))
            throw CliException.Other($"Cannot mv a file onto itself: {source} - {destination}");
        if (pathsType == "locals3" && !isStream)
        {
            string full = LocalPaths.Absolute(cwd, source);
            if (!File.Exists(full) && !Directory.Exists(full)) throw CliException.Other($"The user-provided path {source} does not exist.");
        }
        else if (pathsType == "s3local" && dirOp)
        {
            string full = LocalPaths.Absolute(cwd, destination);
            if (!Directory.Exists(full) && !File.Exists(full)) Directory.CreateDirectory(full);
        }

        var parameters = ObjectParameters.From(arguments);
        var level = arguments.Has("quiet") ? ReportLevel.Nothing
            : arguments.Has("only-show-errors") || isStream ? ReportLevel.ErrorsOnly
            : ReportLevel.All;
        bool progress = !arguments.Has("no-progress") && context.Invocation.Terminal.StdoutIsTerminal;
        var reporter = new TransferReporter(context, level, progress);
        var config = TransferConfig.FromProfile(context.Settings.Profile);
        var client = S3Command.Client(context, clients);
        using var transfer = new TransferContext(context, client, config, parameters, reporter);

        try
        {
            if (isStream) await RunStreamAsync(transfer, arguments, source, destination).ConfigureAwait(false);
            else
            {
                string operation = pathsType switch { "locals3" => "upload", "s3local" => "download", "s3s3" => "copy", _ => "delete" };
                var plan = TransferPlan.Create(source, destination, dirOp, cwd);
                var filter = new FileFilter(arguments.Filters, FileFilter.RootOf(source, dirOp, cwd), FileFilter.RootOf(destination, dirOp, cwd));
                var entries = Filtered(List(transfer, arguments, plan, operation), filter);
                if (command == "sync")
                {
                    var reverse = TransferPlan.Create(destination, source, dirOp, cwd);
                    var destinationEntries = Filtered(List(transfer, arguments, reverse, ""), filter);
                    var strategy = new SyncStrategy(arguments.Has("size-only"), arguments.Has("exact-timestamps"));
                    entries = SyncComparator.CompareAsync(entries, destinationEntries, strategy, arguments.Has("delete"), context.CancellationToken);
                }
                var handler = new TransferHandler(transfer, arguments.Has("dryrun"), command == "mv", arguments.Has("force-glacier-transfer"), arguments.Has("ignore-glacier-warnings"));
                await handler.RunAsync(entries).ConfigureAwait(false);
            }
        }
        finally
        {
            reporter.Finish();
        }
        return reporter.ExitCode;
    }

    /// <summary>cp with "-": one transfer, stdin to an object or an object to stdout, reported only when it fails.</summary>
    private static async Task RunStreamAsync(TransferContext transfer, S3Arguments arguments, string source, string destination)
    {
        var plan = TransferPlan.Create(source, destination, dirOp: false, transfer.WorkingDirectory);
        var (target, _) = plan.DestinationOf(plan.Source);
        bool upload = source == "-";
        string shownSource = upload ? "-" : S3Location.Scheme + plan.Source;
        string shownDestination = upload ? S3Location.Scheme + target : "-";
        string type = upload ? "upload" : "download";
        if (arguments.Has("dryrun"))
        {
            transfer.Reporter.DryRun(type, shownSource, shownDestination);
            return;
        }
        long? expected = arguments.Value("expected-size") is { } text
            ? HumanSize.Parse(text) ?? throw CliException.Usage($"argument --expected-size: invalid int value: '{text}'")
            : null;
        transfer.Reporter.Queued(expected);
        transfer.Reporter.TotalsFinal();
        try
        {
            if (upload) await Uploader.UploadStreamAsync(transfer, transfer.Command.Invocation.Input, target, expected).ConfigureAwait(false);
            else
            {
                transfer.Command.Out.Flush();
                await Downloader.DownloadStreamAsync(transfer, plan.Source, transfer.Command.Invocation.Output).ConfigureAwait(false);
            }
            transfer.Reporter.Success(type, shownSource, shownDestination);
        }
        catch (OperationCanceledException) when (transfer.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            transfer.Reporter.Failure(type, shownSource, shownDestination, e);
        }
    }

    private static IAsyncEnumerable<FileEntry> List(TransferContext transfer, S3Arguments arguments, TransferPlan plan, string operation)
    {
        if (plan.SourceIsS3)
            return new S3ObjectLister(transfer.Client, plan, operation, arguments.Integer("page-size"), transfer.Parameters.RequestPayer).ListAsync(transfer.CancellationToken);
        bool follow = !arguments.Has("no-follow-symlinks");
        return Async(new LocalFileLister(plan, operation, follow, transfer.Reporter).List());
    }

    private static async IAsyncEnumerable<FileEntry> Filtered(IAsyncEnumerable<FileEntry> entries, FileFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var entry in entries.WithCancellation(cancellationToken).ConfigureAwait(false))
            if (filter.IsEmpty || filter.Includes(entry)) yield return entry;
    }

#pragma warning disable CS1998 // an iterator over a synchronous listing
    private static async IAsyncEnumerable<FileEntry> Async(IEnumerable<FileEntry> entries)
    {
        foreach (var entry in entries) yield return entry;
    }
#pragma warning restore CS1998

    /// <summary>aws-cli's check_path_type: which path kinds each command takes.</summary>
    private static string PathsType(string command, string usage, IReadOnlyList<string> paths)
    {
        string type = string.Concat(paths.Select(p => S3Location.IsS3(p) ? "s3" : "local"));
        bool allowed = type switch
        {
            "s3s3" or "s3local" or "locals3" => command is "cp" or "sync" or "mv",
            "s3" => command is "mb" or "rb" or "rm",
            _ => false,
        };
        if (!allowed) throw CliException.Other($"usage: {Usage.Program} s3 {command} {usage}\nError: Invalid argument type");
        return type;
    }

    private static bool SamePath(string source, string destination)
    {
        if (source == destination) return true;
        if (destination.EndsWith('/'))
        {
            int slash = source.LastIndexOf('/');
            return source == destination + source[(slash + 1)..];
        }
        return false;
    }
}
