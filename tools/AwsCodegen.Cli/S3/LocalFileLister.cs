using System;
using System.Collections.Generic;
using System.IO;

namespace AwsCodegen.Cli.S3;

/// <summary>
/// The local side of a transfer (aws-cli's FileGenerator.list_files): one file, or a directory walked depth first in
/// the order S3 lists keys (names sorted with '/' after directories). Missing, special and unreadable files are skipped
/// with a warning (special files are not told apart from regular ones); symlinks are followed unless --no-follow-symlinks.
/// </summary>
internal sealed class LocalFileLister
{
    private readonly TransferPlan _plan;
    private readonly string _operation;
    private readonly bool _followSymlinks;
    private readonly TransferReporter _reporter;

    public LocalFileLister(TransferPlan plan, string operation, bool followSymlinks, TransferReporter reporter)
    {
        _plan = plan;
        _operation = operation;
        _followSymlinks = followSymlinks;
        _reporter = reporter;
    }

    public IEnumerable<FileEntry> List()
    {
        foreach (var (path, size, modified) in Walk(_plan.Source, _plan.DirOp))
        {
            var (destination, compareKey) = _plan.DestinationOf(path);
            yield return new FileEntry
            {
                Source = path,
                Destination = destination,
                CompareKey = compareKey,
                SourceIsS3 = false,
                DestinationIsS3 = _plan.DestinationIsS3,
                Operation = _operation,
                Size = size,
                LastModified = modified,
            };
        }
    }

    private IEnumerable<(string Path, long Size, DateTimeOffset Modified)> Walk(string path, bool dirOp)
    {
        if (ShouldIgnore(path)) yield break;
        if (!dirOp)
        {
            if (Stat(path) is { } single) yield return (path, single.Size, single.Modified);
            yield break;
        }
        var names = new List<string>();
        foreach (var entry in Directory.EnumerateFileSystemEntries(path))
        {
            string name = Path.GetFileName(entry);
            string full = Path.Join(path, name);
            if (ShouldIgnore(full)) continue;
            names.Add(Directory.Exists(full) ? name + "/" : name);
        }
        names.Sort(StringComparer.Ordinal);
        foreach (var name in names)
        {
            string full = Path.Join(path, name);
            if (name.EndsWith('/'))
            {
                foreach (var item in Walk(full, dirOp)) yield return item;
            }
            else if (Stat(full) is { } stat)
            {
                yield return (full, stat.Size, stat.Modified);
            }
        }
    }

    private (long Size, DateTimeOffset Modified)? Stat(string path)
    {
        try
        {
            var info = new FileInfo(path);
            var target = info.LinkTarget is not null ? info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info : info;
            return (target.Length, new DateTimeOffset(target.LastWriteTimeUtc, TimeSpan.Zero));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Warn(path, "File does not exist.");
            return null;
        }
    }

    private bool ShouldIgnore(string path)
    {
        string trimmed = path.Length > 1 ? path.TrimEnd('/') : path;
        if (!_followSymlinks && new FileInfo(trimmed).LinkTarget is not null) return true;
        if (!File.Exists(trimmed) && !Directory.Exists(trimmed))
        {
            Warn(path, "File does not exist.");
            return true;
        }
        if (!IsReadable(trimmed))
        {
            Warn(path, "File/Directory is not readable.");
            return true;
        }
        return false;
    }

    private static bool IsReadable(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                using var entries = Directory.EnumerateFileSystemEntries(path).GetEnumerator();
                entries.MoveNext();
            }
            else
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
            }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private void Warn(string path, string message) => _reporter.Warning("warning: Skipping file " + path + ". " + message);
}
