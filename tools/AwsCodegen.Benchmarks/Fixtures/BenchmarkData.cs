using System;

namespace AwsCodegen.Benchmarks.Fixtures;

/// <summary>
/// The names, keys and payloads every client sends, and the dummy identity both SDKs sign with. One place, so that
/// our client, AWSSDK and the raw HttpClient floor send the same requests and the stub recognises all of them.
/// </summary>
public static class BenchmarkData
{
    public const string Region = "us-east-1";
    public const string AccessKeyId = "AKIDBENCHMARK0000000";
    public const string SecretAccessKey = "benchmark/secret/key/that/is/not/real/at/all";

    public const string TableName = "bench";
    public const string PartitionKey = "pk";
    public const string PartitionKeyValue = "user#42";

    public const string Bucket = "bench-bucket";
    public const string PutKey = "uploads/object-1k";
    public const string SmallObjectKey = "object-1k";
    public const string LargeObjectKey = "object-1m";
    public const int SmallObjectSize = 1024;
    public const int LargeObjectSize = 1024 * 1024;

    /// <summary>The 1 KiB body of PutObject; deterministic, so the stub's ETag and every client's payload hash agree.</summary>
    public static readonly byte[] SmallPayload = Pattern(SmallObjectSize);

    public static readonly byte[] LargePayload = Pattern(LargeObjectSize);

    private static byte[] Pattern(int size)
    {
        var bytes = new byte[size];
        for (int i = 0; i < size; i++) bytes[i] = (byte)('a' + i % 26);
        return bytes;
    }
}
