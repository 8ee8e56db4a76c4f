using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using AwsCodegen.S3;

namespace AwsCodegen.Cli.S3;

/// <summary>
/// One multipart upload: CreateMultipartUpload, parts sent in parallel (as many as the request limit allows), then
/// CompleteMultipartUpload with the parts in order; any failure aborts the upload, so no parts are left behind.
/// </summary>
internal sealed class MultipartUpload
{
    private readonly TransferContext _transfer;
    private readonly string _bucket;
    private readonly string _key;
    private readonly List<Task<CompletedPart>> _parts = new();
    private string? _uploadId;
    private string? _checksumAlgorithm;

    public MultipartUpload(TransferContext transfer, string bucket, string key)
    {
        _transfer = transfer;
        _bucket = bucket;
        _key = key;
    }

    /// <summary>Creates the upload; its Content-Type is guessed from <paramref name="nameForContentType"/> unless that is null.</summary>
    public async Task StartAsync(string? nameForContentType)
    {
        var request = new CreateMultipartUploadRequest { Bucket = _bucket, Key = _key };
        _transfer.Parameters.Apply(request, nameForContentType ?? "");
        if (nameForContentType is null) request.ContentType = _transfer.Parameters.ContentType;
        _checksumAlgorithm = _transfer.Parameters.UploadChecksumAlgorithm(_transfer.Client.Configuration);
        if (_checksumAlgorithm is not null) request.ChecksumAlgorithm = _checksumAlgorithm;
        var created = await _transfer.CallAsync("CreateMultipartUpload", ct => _transfer.Client.CreateMultipartUploadAsync(request, ct)).ConfigureAwait(false);
        _uploadId = created.UploadId;
    }

    /// <summary>Starts sending one part; <paramref name="body"/> is disposed when the part is done.</summary>
    public void AddPart(int number, Stream body, long length, Action? done = null) =>
        _parts.Add(SendPartAsync(number, body, length, done));

    /// <summary>The parts still in flight (a stream upload waits on them to bound its memory).</summary>
    public IReadOnlyList<Task<CompletedPart>> Parts => _parts;

    private async Task<CompletedPart> SendPartAsync(int number, Stream body, long length, Action? done)
    {
        try
        {
            await using (body.ConfigureAwait(false))
            {
                var request = new UploadPartRequest { Bucket = _bucket, Key = _key, UploadId = _uploadId, PartNumber = number, Body = body, ContentLength = length };
                if (_transfer.Parameters.RequestPayer is { } payer) request.RequestPayer = payer;
                if (_checksumAlgorithm is not null) request.ChecksumAlgorithm = _checksumAlgorithm;
                var response = await _transfer.CallAsync("UploadPart", ct => _transfer.Client.UploadPartAsync(request, ct)).ConfigureAwait(false);
                _transfer.Reporter.Progress(length);
                // The part's checksum of the upload's algorithm goes back in CompleteMultipartUpload, as S3 requires.
                var part = new CompletedPart { PartNumber = number, ETag = response.ETag };
                switch (_checksumAlgorithm)
                {
                    case "CRC32": part.ChecksumCRC32 = response.ChecksumCRC32; break;
                    case "CRC32C": part.ChecksumCRC32C = response.ChecksumCRC32C; break;
                    case "SHA1": part.ChecksumSHA1 = response.ChecksumSHA1; break;
                    case "SHA256": part.ChecksumSHA256 = response.ChecksumSHA256; break;
                    case "CRC64NVME": part.ChecksumCRC64NVME = response.ChecksumCRC64NVME; break;
                }
                return part;
            }
        }
        finally
        {
            done?.Invoke();
        }
    }

    public async Task CompleteAsync()
    {
        var parts = await Task.WhenAll(_parts).ConfigureAwait(false);
        var request = new CompleteMultipartUploadRequest
        {
            Bucket = _bucket,
            Key = _key,
            UploadId = _uploadId,
            MultipartUpload = new CompletedMultipartUpload { Parts = parts.OrderBy(p => p.PartNumber).ToList() },
        };
        if (_transfer.Parameters.RequestPayer is { } payer) request.RequestPayer = payer;
        await _transfer.CallAsync("CompleteMultipartUpload", ct => _transfer.Client.CompleteMultipartUploadAsync(request, ct)).ConfigureAwait(false);
    }

    /// <summary>After a failure: waits for the parts in flight, then aborts (an abort that fails is not reported).</summary>
    public async Task AbortAsync()
    {
        if (_uploadId is null) return;
        try
        {
            await Task.WhenAll(_parts).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The first failure is the one reported.
        }
        try
        {
            var request = new AbortMultipartUploadRequest { Bucket = _bucket, Key = _key, UploadId = _uploadId };
            await _transfer.Client.AbortMultipartUploadAsync(request, System.Threading.CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Best effort, as s3transfer's.
        }
    }
}
