using System;
using System.Security.Cryptography;

namespace AwsCodegen.Runtime.Checksums;

/// <summary>
/// A flexible checksum (httpChecksum): CRC32, CRC32C, SHA1 or SHA256. Sent as x-amz-checksum-&lt;name&gt; with the
/// base64 of the digest (a CRC as 4 big-endian bytes).
/// </summary>
public sealed class ChecksumAlgorithm
{
    public static readonly ChecksumAlgorithm Crc32C = new("CRC32C");
    public static readonly ChecksumAlgorithm Crc32 = new("CRC32");
    public static readonly ChecksumAlgorithm Sha1 = new("SHA1");
    public static readonly ChecksumAlgorithm Sha256 = new("SHA256");

    /// <summary>In the order a response's checksums are preferred for validation (cheapest first, as botocore).</summary>
    public static readonly ChecksumAlgorithm[] ValidationOrder = { Crc32C, Crc32, Sha1, Sha256 };

    private ChecksumAlgorithm(string name)
    {
        Name = name;
        HeaderName = "x-amz-checksum-" + name.ToLowerInvariant();
    }

    /// <summary>The model's name, such as "CRC32C".</summary>
    public string Name { get; }

    /// <summary>x-amz-checksum-crc32c and so on.</summary>
    public string HeaderName { get; }

    /// <summary>The algorithm of a model value such as "crc32c" (case-insensitive), or null when not supported.</summary>
    public static ChecksumAlgorithm? Find(string name)
    {
        foreach (var algorithm in ValidationOrder)
            if (string.Equals(algorithm.Name, name, StringComparison.OrdinalIgnoreCase)) return algorithm;
        return null;
    }

    public ChecksumHasher CreateHasher() => new(this);
}

/// <summary>An incremental digest of one <see cref="ChecksumAlgorithm"/>.</summary>
public sealed class ChecksumHasher : IDisposable
{
    private readonly Crc32? _crc;
    private readonly IncrementalHash? _hash;

    internal ChecksumHasher(ChecksumAlgorithm algorithm)
    {
        Algorithm = algorithm;
        if (algorithm == ChecksumAlgorithm.Crc32) _crc = Checksums.Crc32.CreateIeee();
        else if (algorithm == ChecksumAlgorithm.Crc32C) _crc = Checksums.Crc32.CreateCastagnoli();
        else _hash = IncrementalHash.CreateHash(algorithm == ChecksumAlgorithm.Sha1 ? HashAlgorithmName.SHA1 : HashAlgorithmName.SHA256);
    }

    public ChecksumAlgorithm Algorithm { get; }

    public void Append(ReadOnlySpan<byte> data)
    {
        if (_crc is not null) _crc.Append(data);
        else _hash!.AppendData(data);
    }

    /// <summary>The base64 digest of everything appended, as sent in the header.</summary>
    public string GetBase64() => Convert.ToBase64String(_crc is not null ? _crc.GetHash() : _hash!.GetHashAndReset());

    public void Dispose() => _hash?.Dispose();
}
