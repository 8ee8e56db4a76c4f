using System;

namespace AwsCodegen.Cli.S3;

/// <summary>
/// Whether a file present on both sides of a sync is sent (aws-cli's default SizeAndLastModifiedSync, --size-only,
/// --exact-timestamps). Times compare to the second's fraction as they are listed: an upload or copy is needed when the
/// destination is older than the source, a download when the local file is newer than the object (downloads set the
/// local time to the object's, so a second sync sees them equal).
/// </summary>
internal sealed class SyncStrategy
{
    private readonly bool _sizeOnly;
    private readonly bool _exactTimestamps;

    public SyncStrategy(bool sizeOnly, bool exactTimestamps)
    {
        _sizeOnly = sizeOnly;
        _exactTimestamps = exactTimestamps;
    }

    public bool ShouldSync(FileEntry source, FileEntry destination)
    {
        bool sameSize = source.Size == destination.Size;
        if (_sizeOnly) return !sameSize;
        return !sameSize || !SameTime(source, destination);
    }

    private bool SameTime(FileEntry source, FileEntry destination)
    {
        if (source.LastModified is not { } sourceTime || destination.LastModified is not { } destinationTime) return false;
        double delta = (destinationTime - sourceTime).TotalSeconds;
        return source.Operation switch
        {
            "upload" or "copy" => delta >= 0,
            "download" => _exactTimestamps ? delta == 0 : delta <= 0,
            _ => false,
        };
    }
}
