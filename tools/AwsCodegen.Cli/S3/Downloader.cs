using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using AwsCodegen.S3;

namespace AwsCodegen.Cli.S3;

/// <summary>
/// S3 to a local file or stdout. A file is written under a temporary name next to it and renamed when complete;
/// objects at or above the multipart threshold come in ranged GETs in parallel, written at their offsets. The file
/// then gets the object's LastModified (to the second) as its modification time, which is what sync compares.
/// </summary>
internal static class Downloader
{
    private const int CopyBuffer = 1 << 16;

    public static async Task DownloadFileAsync(TransferContext transfer, string source, long size, DateTimeOffset? lastModified, string path)
    {
        var (bucket, key) = S3Location.Split(source);
        string? directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory) && !Directory.Exists(directory))
        {
            try
            {
                Directory.CreateDirectory(directory);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new S3MessageException($"Could not create directory {directory}: {e.Message}", e);
            }
        }
        string temporary = path + "." + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4));
        try
        {
            if (size < transfer.Config.MultipartThreshold) await SingleAsync(transfer, bucket, key, temporary).ConfigureAwait(false);
            else await RangedAsync(transfer, bucket, key, size, temporary).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
        if (lastModified is { } modified)
            File.SetLastWriteTimeUtc(path, DateTimeOffset.FromUnixTimeSeconds(modified.ToUnixTimeSeconds()).UtcDateTime);
    }

    /// <summary><c>cp s3://b/k -</c>: the object's bytes to stdout, in order.</summary>
    public static async Task DownloadStreamAsync(TransferContext transfer, string source, Stream output)
    {
        var (bucket, key) = S3Location.Split(source);
        // As s3transfer: the size first (a missing key fails there), then the bytes.
        var head = new HeadObjectRequest { Bucket = bucket, Key = key };
        if (transfer.Parameters.RequestPayer is { } payer) head.RequestPayer = payer;
        await transfer.CallAsync("HeadObject", ct => transfer.Client.HeadObjectAsync(head, ct)).ConfigureAwait(false);
        var response = await transfer.CallAsync("GetObject", ct => transfer.Client.GetObjectAsync(Request(transfer, bucket, key, null), ct)).ConfigureAwait(false);
        await using var body = response.Body ?? Stream.Null;
        await CopyAsync(transfer, body, output).ConfigureAwait(false);
        await output.FlushAsync(transfer.CancellationToken).ConfigureAwait(false);
    }

    private static async Task SingleAsync(TransferContext transfer, string bucket, string key, string temporary)
    {
        var response = await transfer.CallAsync("GetObject", ct => transfer.Client.GetObjectAsync(Request(transfer, bucket, key, null), ct)).ConfigureAwait(false);
        await using var body = response.Body ?? Stream.Null;
        await using var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, CopyBuffer, useAsync: true);
        await CopyAsync(transfer, body, file).ConfigureAwait(false);
    }

    private static async Task RangedAsync(TransferContext transfer, string bucket, string key, long size, string temporary)
    {
        long partSize = transfer.Config.PartSizeFor(size);
        using var handle = File.OpenHandle(temporary, FileMode.Create, FileAccess.Write, FileShare.None, FileOptions.Asynchronous, size);
        var parts = new List<Task>();
        for (long offset = 0; offset < size; offset += partSize)
        {
            long start = offset, end = Math.Min(offset + partSize, size) - 1;
            parts.Add(RangeAsync(transfer, bucket, key, start, end, handle));
        }
        await Task.WhenAll(parts).ConfigureAwait(false);
    }

    private static async Task RangeAsync(TransferContext transfer, string bucket, string key, long start, long end, Microsoft.Win32.SafeHandles.SafeFileHandle handle)
    {
        var response = await transfer.CallAsync("GetObject", ct => transfer.Client.GetObjectAsync(Request(transfer, bucket, key, $"bytes={start}-{end}"), ct)).ConfigureAwait(false);
        await using var body = response.Body ?? Stream.Null;
        byte[] buffer = new byte[CopyBuffer];
        long position = start;
        int read;
        while ((read = await body.ReadAsync(buffer, transfer.CancellationToken).ConfigureAwait(false)) > 0)
        {
            await RandomAccess.WriteAsync(handle, buffer.AsMemory(0, read), position, transfer.CancellationToken).ConfigureAwait(false);
            position += read;
            transfer.Reporter.Progress(read);
        }
        if (position != end + 1)
            throw new S3MessageException($"Expected {end + 1 - start} bytes of s3://{bucket}/{key} from offset {start}, received {position - start}");
    }

    private static GetObjectRequest Request(TransferContext transfer, string bucket, string key, string? range)
    {
        var request = new GetObjectRequest { Bucket = bucket, Key = key, Range = range };
        if (transfer.Parameters.RequestPayer is { } payer) request.RequestPayer = payer;
        if (transfer.Parameters.ChecksumMode is { } mode) request.ChecksumMode = mode;
        return request;
    }

    private static async Task CopyAsync(TransferContext transfer, Stream from, Stream to)
    {
        byte[] buffer = new byte[CopyBuffer];
        int read;
        while ((read = await from.ReadAsync(buffer, transfer.CancellationToken).ConfigureAwait(false)) > 0)
        {
            await to.WriteAsync(buffer.AsMemory(0, read), transfer.CancellationToken).ConfigureAwait(false);
            transfer.Reporter.Progress(read);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind; the error that matters is the download's.
        }
    }
}
