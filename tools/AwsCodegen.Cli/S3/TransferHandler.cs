using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.S3;

namespace AwsCodegen.Cli.S3;

/// <summary>
/// Runs the transfers a command's listing yields (aws-cli's S3TransferHandler and its submitters): skips what warrants
/// a warning, prints "(dryrun) ..." for --dryrun, otherwise runs up to max_concurrent_requests files at once and
/// reports each as it ends. With mv, a source is deleted once its copy is complete.
/// </summary>
internal sealed class TransferHandler
{
    private const long MaxUploadSize = 5L * (1L << 30) * 10_000;

    private readonly TransferContext _transfer;
    private readonly bool _dryRun;
    private readonly bool _move;
    private readonly bool _forceGlacier;
    private readonly bool _ignoreGlacierWarnings;

    public TransferHandler(TransferContext transfer, bool dryRun, bool move, bool forceGlacier, bool ignoreGlacierWarnings)
    {
        _transfer = transfer;
        _dryRun = dryRun;
        _move = move;
        _forceGlacier = forceGlacier;
        _ignoreGlacierWarnings = ignoreGlacierWarnings;
    }

    private TransferReporter Reporter => _transfer.Reporter;

    /// <summary>Runs every entry; an exception from the listing is a fatal error, reported after the transfers in flight end.</summary>
    public async Task RunAsync(IAsyncEnumerable<FileEntry> entries)
    {
        var running = new List<Task>();
        using var slots = new SemaphoreSlim(_transfer.Config.MaxConcurrentRequests, _transfer.Config.MaxConcurrentRequests);
        Exception? fatal = null;
        try
        {
            await foreach (var entry in entries.WithCancellation(_transfer.CancellationToken).ConfigureAwait(false))
            {
                if (ShouldSkip(entry)) continue;
                string type = _move && entry.Operation != "delete" ? "move" : entry.Operation;
                var (source, destination) = Shown(entry);
                if (_dryRun)
                {
                    Reporter.DryRun(type, source, destination);
                    continue;
                }
                await slots.WaitAsync(_transfer.CancellationToken).ConfigureAwait(false);
                Reporter.Queued(entry.Operation == "delete" ? 0 : entry.Size);
                running.Add(RunOneAsync(entry, type, source, destination, slots));
            }
        }
        catch (OperationCanceledException) when (_transfer.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            fatal = e;
        }
        Reporter.TotalsFinal();
        await Task.WhenAll(running).ConfigureAwait(false);
        if (fatal is not null) Reporter.Fatal(fatal);
    }

    private async Task RunOneAsync(FileEntry entry, string type, string source, string? destination, SemaphoreSlim slots)
    {
        try
        {
            await Task.Yield();
            await TransferAsync(entry).ConfigureAwait(false);
            if (_move && entry.Operation != "delete") await DeleteSourceAsync(entry).ConfigureAwait(false);
            Reporter.Success(type, source, destination);
        }
        catch (OperationCanceledException) when (_transfer.CancellationToken.IsCancellationRequested)
        {
            // The command was interrupted: nothing more to say about this file.
        }
        catch (Exception e)
        {
            Reporter.Failure(type, source, destination, e);
        }
        finally
        {
            slots.Release();
        }
    }

    private Task TransferAsync(FileEntry entry) => entry.Operation switch
    {
        "upload" => Uploader.UploadFileAsync(_transfer, entry.Source, entry.Size ?? new FileInfo(entry.Source).Length, entry.Destination),
        "download" => Downloader.DownloadFileAsync(_transfer, entry.Source, entry.Size ?? 0, entry.LastModified, entry.Destination),
        "copy" => Copier.CopyAsync(_transfer, entry.Source, entry.Size ?? 0, entry.Destination),
        "delete" => DeleteAsync(entry.Source, entry.SourceIsS3),
        _ => throw new InvalidOperationException("Unknown transfer " + entry.Operation),
    };

    private Task DeleteSourceAsync(FileEntry entry) => DeleteAsync(entry.Source, entry.SourceIsS3);

    private async Task DeleteAsync(string path, bool isS3)
    {
        if (!isS3)
        {
            File.Delete(path);
            return;
        }
        var (bucket, key) = S3Location.Split(path);
        var request = new DeleteObjectRequest { Bucket = bucket, Key = key };
        if (_transfer.Parameters.RequestPayer is { } payer) request.RequestPayer = payer;
        await _transfer.CallAsync("DeleteObject", ct => _transfer.Client.DeleteObjectAsync(request, ct)).ConfigureAwait(false);
    }

    /// <summary>The source and destination as the result lines show them: s3:// paths, local paths relative to the working directory.</summary>
    private (string Source, string? Destination) Shown(FileEntry entry)
    {
        string source = Show(entry.Source, entry.SourceIsS3);
        if (entry.Operation == "delete") return (source, null);
        return (source, Show(entry.Destination, entry.DestinationIsS3));
    }

    private string Show(string path, bool isS3) =>
        isS3 ? S3Location.Scheme + path : path == "-" ? "-" : LocalPaths.Relative(_transfer.WorkingDirectory, path);

    private bool ShouldSkip(FileEntry entry)
    {
        switch (entry.Operation)
        {
            case "upload" when entry.Size > MaxUploadSize:
                string file = LocalPaths.Relative(_transfer.WorkingDirectory, entry.Source);
                Reporter.Warning($"warning: File {file} exceeds s3 upload limit of {HumanSize.Format(MaxUploadSize)}.");
                return false;
            case "download":
                return WarnGlacier(entry) || WarnParentReference(entry);
            case "copy":
                return WarnGlacier(entry);
            default:
                return false;
        }
    }

    private bool WarnGlacier(FileEntry entry)
    {
        if (_forceGlacier || entry.StorageClass is not ("GLACIER" or "DEEP_ARCHIVE")) return false;
        if (!_ignoreGlacierWarnings)
            Reporter.Warning($"warning: Skipping file s3://{entry.Source}. Object is of storage class GLACIER. Unable to perform {entry.Operation} operations on GLACIER objects. You must restore the object to be able to perform the operation. See aws s3 {entry.Operation} help for additional parameter options to ignore or force these transfers.");
        return true;
    }

    private bool WarnParentReference(FileEntry entry)
    {
        string normalized = NormalizeRelative(entry.CompareKey);
        if (!normalized.StartsWith("../", StringComparison.Ordinal)) return false;
        Reporter.Warning($"warning: Skipping file {entry.CompareKey}. File references a parent directory.");
        return true;
    }

    /// <summary>Python's os.path.normpath of a relative path.</summary>
    private static string NormalizeRelative(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part.Length == 0 || part == ".") continue;
            if (part == ".." && parts.Count > 0 && parts[^1] != "..") parts.RemoveAt(parts.Count - 1);
            else parts.Add(part);
        }
        return string.Join('/', parts);
    }
}
