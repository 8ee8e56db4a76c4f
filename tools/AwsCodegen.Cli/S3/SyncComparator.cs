using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;

namespace AwsCodegen.Cli.S3;

/// <summary>
/// aws-cli's sync comparator: walks the source and destination listings, both in key order, side by side. A key on
/// both sides is sent when the strategy says so; one only at the source is sent; one only at the destination is
/// deleted with --delete and left alone otherwise.
/// </summary>
internal static class SyncComparator
{
    public static async IAsyncEnumerable<FileEntry> CompareAsync(IAsyncEnumerable<FileEntry> sources, IAsyncEnumerable<FileEntry> destinations,
        SyncStrategy strategy, bool delete, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var source = sources.GetAsyncEnumerator(cancellationToken);
        await using var destination = destinations.GetAsyncEnumerator(cancellationToken);
        bool hasSource = await source.MoveNextAsync().ConfigureAwait(false);
        bool hasDestination = await destination.MoveNextAsync().ConfigureAwait(false);
        while (hasSource || hasDestination)
        {
            int order = !hasSource ? 1 : !hasDestination ? -1 : string.CompareOrdinal(source.Current.CompareKey, destination.Current.CompareKey);
            if (order == 0)
            {
                if (strategy.ShouldSync(source.Current, destination.Current)) yield return source.Current;
                hasSource = await source.MoveNextAsync().ConfigureAwait(false);
                hasDestination = await destination.MoveNextAsync().ConfigureAwait(false);
            }
            else if (order < 0)
            {
                yield return source.Current;
                hasSource = await source.MoveNextAsync().ConfigureAwait(false);
            }
            else
            {
                if (delete)
                {
                    destination.Current.Operation = "delete";
                    yield return destination.Current;
                }
                hasDestination = await destination.MoveNextAsync().ConfigureAwait(false);
            }
        }
    }
}
