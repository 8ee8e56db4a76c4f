using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Http;
using NUnit.Framework;

namespace AwsCodegen.Tests.Auth;

/// <summary>
/// The managed SHA-256 and HMAC that SigV4 uses for short inputs, against FIPS 180-4's examples and against the
/// platform's implementation for every length around the block and padding boundaries.
/// </summary>
[TestFixture]
public sealed class ManagedSha256Tests
{
    private static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);

    private static string Managed(ReadOnlySpan<byte> data)
    {
        Span<byte> hash = stackalloc byte[32];
        ManagedSha256.Hash(data, hash);
        return Hex(hash);
    }

    [TestCase("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [TestCase("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [TestCase("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
    public void FipsExamples(string message, string expected) =>
        Assert.That(Managed(Encoding.ASCII.GetBytes(message)), Is.EqualTo(expected));

    [Test]
    public void AMillionAs() =>
        Assert.That(Managed(Enumerable.Repeat((byte)'a', 1_000_000).ToArray()),
            Is.EqualTo("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));

    [Test]
    public void EveryLengthUpTo300MatchesThePlatform()
    {
        var random = new Random(1);
        for (int length = 0; length <= 300; length++)
        {
            var data = new byte[length];
            random.NextBytes(data);
            Assert.That(Managed(data), Is.EqualTo(Hex(SHA256.HashData(data))), $"length {length}");
        }
    }

    [Test]
    public void AppendingInPiecesIsTheSameAsOnce()
    {
        var data = new byte[1000];
        new Random(2).NextBytes(data);
        Span<byte> hash = stackalloc byte[32];
        foreach (int piece in new[] { 1, 3, 63, 64, 65, 127, 500 })
        {
            var sha = new ManagedSha256();
            for (int at = 0; at < data.Length; at += piece) sha.Append(data.AsSpan(at, Math.Min(piece, data.Length - at)));
            sha.Finish(hash);
            Assert.That(Hex(hash), Is.EqualTo(Hex(SHA256.HashData(data))), $"pieces of {piece}");
        }
    }

    [TestCase(0)]
    [TestCase(20)]
    [TestCase(32)]
    [TestCase(63)]
    [TestCase(64)]
    [TestCase(65)]
    [TestCase(200)]
    public void HmacMatchesThePlatformForKeysOfEverySize(int keyLength)
    {
        var random = new Random(keyLength);
        var key = new byte[keyLength];
        random.NextBytes(key);
        Span<byte> mac = stackalloc byte[32];
        foreach (int length in new[] { 0, 1, 55, 56, 64, 119, 120, 1000 })
        {
            var data = new byte[length];
            random.NextBytes(data);
            ManagedHmacSha256.Hash(key, data, mac);
            Assert.That(Hex(mac), Is.EqualTo(Hex(HMACSHA256.HashData(key, data))), $"key {keyLength}, data {length}");
        }
    }

    [Test]
    public void Rfc4231TestCase2() // key "Jefe", data "what do ya want for nothing?"
    {
        Span<byte> mac = stackalloc byte[32];
        ManagedHmacSha256.Hash("Jefe"u8, "what do ya want for nothing?"u8, mac);
        Assert.That(Hex(mac), Is.EqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }

    [TestCase(0)]
    [TestCase(100)]
    [TestCase(SigV4Crypto.ManagedHashLimit)]
    [TestCase(SigV4Crypto.ManagedHashLimit + 1)]
    [TestCase(3 * SigV4Crypto.ManagedHashLimit)]
    public void PayloadHashOfBytesAndOfAStreamFromItsPosition(int length)
    {
        var data = new byte[length + 7];
        new Random(length).NextBytes(data);
        string expected = Hex(SHA256.HashData(data.AsSpan(7)));
        Assert.That(SigV4PayloadHash.Compute(new BytesRequestContent(data.AsMemory(7))), Is.EqualTo(expected));

        var stream = new MemoryStream(data) { Position = 7 };
        Assert.That(SigV4PayloadHash.Compute(new StreamRequestContent(stream)), Is.EqualTo(expected));
        Assert.That(stream.Position, Is.EqualTo(7), "the stream is put back where it was");
    }
}
