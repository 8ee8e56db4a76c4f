using System;
using System.IO;
using System.Threading.Tasks;
using AwsCodegen.S3;

namespace AwsCodegen.Cli.S3;

/// <summary>
/// Local file or stdin to S3: PutObject below the multipart threshold, a parallel multipart upload at or above it.
/// A stream (stdin) is read part by part, holding at most a few parts in memory.
/// </summary>
internal static class Uploader
{
    public static async Task UploadFileAsync(TransferContext transfer, string path, long size, string destination)
    {
        var (bucket, key) = S3Location.Split(destination);
        if (size < transfer.Config.MultipartThreshold)
        {
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
            var request = new PutObjectRequest { Bucket = bucket, Key = key, Body = file, ContentLength = file.Length };
            transfer.Parameters.Apply(request, path);
            if (transfer.Parameters.UploadChecksumAlgorithm(transfer.Client.Configuration) is { } algorithm) request.ChecksumAlgorithm = algorithm;
            await transfer.CallAsync("PutObject", ct => transfer.Client.PutObjectAsync(request, ct)).ConfigureAwait(false);
            transfer.Reporter.Progress(file.Length);
            return;
        }
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.Asynchronous);
        long length = RandomAccess.GetLength(handle);
        long partSize = transfer.Config.PartSizeFor(length);
        var upload = new MultipartUpload(transfer, bucket, key);
        try
        {
            await upload.StartAsync(path).ConfigureAwait(false);
            int number = 1;
            for (long offset = 0; offset < length; offset += partSize, number++)
            {
                long partLength = Math.Min(partSize, length - offset);
                upload.AddPart(number, new FileSegmentStream(handle, offset, partLength), partLength);
            }
            await upload.CompleteAsync().ConfigureAwait(false);
        }
        catch
        {
            await upload.AbortAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary><c>cp - s3://b/k</c>: stdin to an object, multipart once the first read fills the threshold.</summary>
    public static async Task UploadStreamAsync(TransferContext transfer, Stream input, string destination, long? expectedSize)
    {
        var (bucket, key) = S3Location.Split(destination);
        var ct = transfer.CancellationToken;
        byte[] first = new byte[checked((int)transfer.Config.MultipartThreshold)];
        int firstLength = await input.ReadAtLeastAsync(first, first.Length, throwOnEndOfStream: false, ct).ConfigureAwait(false);
        if (firstLength < first.Length)
        {
            var request = new PutObjectRequest { Bucket = bucket, Key = key, Body = new MemoryStream(first, 0, firstLength, writable: false), ContentLength = firstLength };
            transfer.Parameters.Apply(request, key);
            request.ContentType = transfer.Parameters.ContentType;
            if (transfer.Parameters.UploadChecksumAlgorithm(transfer.Client.Configuration) is { } algorithm) request.ChecksumAlgorithm = algorithm;
            await transfer.CallAsync("PutObject", c => transfer.Client.PutObjectAsync(request, c)).ConfigureAwait(false);
            transfer.Reporter.Progress(firstLength);
            return;
        }

        int partSize = checked((int)transfer.Config.PartSizeFor(expectedSize ?? transfer.Config.MultipartChunkSize));
        var upload = new MultipartUpload(transfer, bucket, key);
        using var inMemory = new System.Threading.SemaphoreSlim(TransferConfig.MaxInMemoryChunks, TransferConfig.MaxInMemoryChunks);
        try
        {
            await upload.StartAsync(null).ConfigureAwait(false);
            var pending = new MemoryStream(first, 0, firstLength, writable: false);
            int number = 1;
            while (true)
            {
                await inMemory.WaitAsync(ct).ConfigureAwait(false);
                byte[] part = new byte[partSize];
                int filled = await pending.ReadAsync(part, ct).ConfigureAwait(false);
                while (filled < partSize && pending.Position < pending.Length)
                    filled += await pending.ReadAsync(part.AsMemory(filled), ct).ConfigureAwait(false);
                if (filled < partSize)
                    filled += await input.ReadAtLeastAsync(part.AsMemory(filled), partSize - filled, throwOnEndOfStream: false, ct).ConfigureAwait(false);
                if (filled == 0 && number > 1)
                {
                    inMemory.Release();
                    break;
                }
                upload.AddPart(number++, new MemoryStream(part, 0, filled, writable: false), filled, () => inMemory.Release());
                foreach (var done in upload.Parts)
                    if (done.IsFaulted) await done.ConfigureAwait(false);
                if (filled < partSize) break;
            }
            await upload.CompleteAsync().ConfigureAwait(false);
        }
        catch
        {
            await upload.AbortAsync().ConfigureAwait(false);
            throw;
        }
    }
}
