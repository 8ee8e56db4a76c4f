using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Errors;
using AwsCodegen.S3;

namespace AwsCodegen.Cli.S3;

/// <summary>
/// The S3 side of a transfer (aws-cli's FileGenerator.list_objects): one object, found with HeadObject (a missing
/// one is 'Key "k" does not exist'), or every key under a prefix in ListObjectsV2's order. Zero-byte keys ending in
/// '/' (folder markers) are listed only for deletes.
/// </summary>
internal sealed class S3ObjectLister
{
    private readonly S3Client _client;
    private readonly TransferPlan _plan;
    private readonly string _operation;
    private readonly int? _pageSize;
    private readonly string? _requestPayer;

    public S3ObjectLister(S3Client client, TransferPlan plan, string operation, int? pageSize, string? requestPayer)
    {
        _client = client;
        _plan = plan;
        _operation = operation;
        _pageSize = pageSize;
        _requestPayer = requestPayer;
    }

    public async IAsyncEnumerable<FileEntry> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (bucket, prefix) = S3Location.Split(_plan.Source);
        if (!_plan.DirOp && prefix.Length > 0)
        {
            yield return await SingleAsync(bucket, prefix, cancellationToken).ConfigureAwait(false);
            yield break;
        }
        await foreach (var item in ListObjectsAsync(_client, bucket, prefix, null, _pageSize, _requestPayer, cancellationToken).ConfigureAwait(false))
        {
            string path = bucket + "/" + item.Key;
            bool folderMarker = item.Size == 0 && path.EndsWith('/');
            if (folderMarker && _operation != "delete") continue;
            if (!_plan.DirOp && _plan.Source != path) continue;
            yield return Entry(path, item.Size, item.LastModified, item.ETag, item.StorageClass?.Value);
        }
    }

    /// <summary>Every object under a prefix, page by page (ListObjectsV2 with continuation tokens).</summary>
    public static async IAsyncEnumerable<AwsCodegen.S3.Object> ListObjectsAsync(S3Client client, string bucket, string prefix, string? delimiter, int? pageSize,
        string? requestPayer, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? token = null;
        do
        {
            var request = new ListObjectsV2Request { Bucket = bucket, Prefix = prefix.Length > 0 ? prefix : null, Delimiter = delimiter, MaxKeys = pageSize, ContinuationToken = token };
            if (requestPayer is not null) request.RequestPayer = requestPayer;
            ListObjectsV2Response page;
            try
            {
                page = await client.ListObjectsV2Async(request, cancellationToken).ConfigureAwait(false);
            }
            catch (AwsServiceException e)
            {
                throw new S3CallException("ListObjectsV2", e);
            }
            if (page.Contents is { } contents)
                foreach (var item in contents) yield return item;
            token = page.IsTruncated == true ? page.NextContinuationToken : null;
        }
        while (token is not null);
    }

    private async Task<FileEntry> SingleAsync(string bucket, string key, CancellationToken cancellationToken)
    {
        string path = bucket + "/" + key;
        if (_operation == "delete") return Entry(path, null, null, null, null);
        HeadObjectResponse head;
        try
        {
            var request = new HeadObjectRequest { Bucket = bucket, Key = key };
            if (_requestPayer is not null) request.RequestPayer = _requestPayer;
            head = await _client.HeadObjectAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (AwsServiceException e) when (e.StatusCode == 404 || e.ErrorCode == "404")
        {
            throw new S3MessageException($"An error occurred (404) when calling the HeadObject operation: Key \"{key}\" does not exist", e);
        }
        catch (AwsServiceException e)
        {
            throw new S3CallException("HeadObject", e);
        }
        return Entry(path, head.ContentLength ?? 0, head.LastModified, head.ETag, head.StorageClass?.Value);
    }

    private FileEntry Entry(string path, long? size, DateTimeOffset? modified, string? etag, string? storageClass)
    {
        var (destination, compareKey) = _plan.DestinationOf(path);
        return new FileEntry
        {
            Source = path,
            Destination = destination,
            CompareKey = compareKey,
            SourceIsS3 = true,
            DestinationIsS3 = _plan.DestinationIsS3,
            Operation = _operation,
            Size = size,
            LastModified = modified,
            ETag = etag,
            StorageClass = storageClass,
        };
    }
}

/// <summary>An error whose text is already aws-cli's.</summary>
internal sealed class S3MessageException : Exception
{
    public S3MessageException(string message, Exception? inner = null) : base(message, inner) { }
}
