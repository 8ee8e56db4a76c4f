using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using AwsCodegen.S3;

namespace AwsCodegen.Cli.S3;

/// <summary>
/// S3 to S3 inside the service: CopyObject below the multipart threshold, UploadPartCopy ranges in parallel at or
/// above it (the new object then gets the source's Content-Type and metadata unless the command gives its own).
/// </summary>
internal static class Copier
{
    public static async Task CopyAsync(TransferContext transfer, string source, long size, string destination)
    {
        var (sourceBucket, sourceKey) = S3Location.Split(source);
        var (bucket, key) = S3Location.Split(destination);
        string copySource = sourceBucket + "/" + EscapeKey(sourceKey);
        if (size < transfer.Config.MultipartThreshold)
        {
            var request = new CopyObjectRequest { Bucket = bucket, Key = key, CopySource = copySource };
            transfer.Parameters.Apply(request);
            await transfer.CallAsync("CopyObject", ct => transfer.Client.CopyObjectAsync(request, ct)).ConfigureAwait(false);
            transfer.Reporter.Progress(size);
            return;
        }

        var head = await transfer.CallAsync("HeadObject", ct => transfer.Client.HeadObjectAsync(new HeadObjectRequest { Bucket = sourceBucket, Key = sourceKey }, ct)).ConfigureAwait(false);
        var create = new CreateMultipartUploadRequest { Bucket = bucket, Key = key };
        transfer.Parameters.Apply(create, "");
        create.ContentType = transfer.Parameters.ContentType ?? head.ContentType;
        create.Metadata ??= head.Metadata;
        create.CacheControl ??= head.CacheControl;
        create.ContentDisposition ??= head.ContentDisposition;
        create.ContentEncoding ??= head.ContentEncoding;
        create.ContentLanguage ??= head.ContentLanguage;
        var created = await transfer.CallAsync("CreateMultipartUpload", ct => transfer.Client.CreateMultipartUploadAsync(create, ct)).ConfigureAwait(false);
        string? uploadId = created.UploadId;
        long partSize = transfer.Config.PartSizeFor(size);
        var parts = new List<Task<CompletedPart>>();
        try
        {
            int number = 1;
            for (long offset = 0; offset < size; offset += partSize, number++)
            {
                long start = offset, end = Math.Min(offset + partSize, size) - 1;
                int partNumber = number;
                parts.Add(CopyPartAsync(transfer, bucket, key, uploadId, partNumber, copySource, start, end));
            }
            var done = await Task.WhenAll(parts).ConfigureAwait(false);
            var complete = new CompleteMultipartUploadRequest
            {
                Bucket = bucket,
                Key = key,
                UploadId = uploadId,
                MultipartUpload = new CompletedMultipartUpload { Parts = done.OrderBy(p => p.PartNumber).ToList() },
            };
            await transfer.CallAsync("CompleteMultipartUpload", ct => transfer.Client.CompleteMultipartUploadAsync(complete, ct)).ConfigureAwait(false);
        }
        catch
        {
            try
            {
                await Task.WhenAll(parts).ConfigureAwait(false);
            }
            catch (Exception)
            {
                // The first failure is the one reported.
            }
            try
            {
                await transfer.Client.AbortMultipartUploadAsync(new AbortMultipartUploadRequest { Bucket = bucket, Key = key, UploadId = uploadId }).ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Best effort.
            }
            throw;
        }
    }

    private static async Task<CompletedPart> CopyPartAsync(TransferContext transfer, string bucket, string key, string? uploadId, int number, string copySource, long start, long end)
    {
        var request = new UploadPartCopyRequest
        {
            Bucket = bucket,
            Key = key,
            UploadId = uploadId,
            PartNumber = number,
            CopySource = copySource,
            CopySourceRange = $"bytes={start}-{end}",
        };
        var response = await transfer.CallAsync("UploadPartCopy", ct => transfer.Client.UploadPartCopyAsync(request, ct)).ConfigureAwait(false);
        transfer.Reporter.Progress(end + 1 - start);
        return new CompletedPart { PartNumber = number, ETag = response.CopyPartResult?.ETag };
    }

    /// <summary>A key in x-amz-copy-source: percent-encoded UTF-8, '/' and the unreserved characters kept.</summary>
    public static string EscapeKey(string key)
    {
        var escaped = new StringBuilder(key.Length + 8);
        foreach (byte b in Encoding.UTF8.GetBytes(key))
        {
            char c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' or '/') escaped.Append(c);
            else escaped.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return escaped.ToString();
    }
}
