using System;
using System.Security.Cryptography;
using AwsCodegen.Runtime.Auth;
using BenchmarkDotNet.Attributes;

namespace AwsCodegen.Benchmarks.Micro;

/// <summary>
/// SHA-256 in managed code (what SigV4 uses up to <see cref="SigV4Crypto.ManagedHashLimit"/> bytes) against the
/// platform's (OpenSSL here), by input size: where they cost the same is where the limit belongs.
/// </summary>
[CategoriesColumn]
public class Sha256Benchmarks
{
    private readonly byte[] _hash = new byte[32];
    private byte[] _data = null!;

    [Params(150, 600, 4096, 16384)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = new byte[Size];
        new Random(Size).NextBytes(_data);
        ManagedSha256.Hash(_data, _hash);
        if (!_hash.AsSpan().SequenceEqual(SHA256.HashData(_data))) throw new InvalidOperationException("the managed SHA-256 disagrees with the platform's");
    }

    [Benchmark(Baseline = true)]
    public byte[] Platform()
    {
        SHA256.HashData(_data, _hash);
        return _hash;
    }

    [Benchmark]
    public byte[] Managed()
    {
        ManagedSha256.Hash(_data, _hash);
        return _hash;
    }
}
