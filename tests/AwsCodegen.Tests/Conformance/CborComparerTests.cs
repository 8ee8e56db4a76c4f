using System;
using AwsCodegen.Conformance.Protocol;
using NUnit.Framework;

namespace AwsCodegen.Tests.Conformance;

[TestFixture]
public sealed class CborComparerTests
{
    // {"a": 1, "b": "x"} definite, and the same map indefinite with the members swapped.
    private static readonly byte[] Map = { 0xA2, 0x61, 0x61, 0x01, 0x61, 0x62, 0x61, 0x78 };
    private static readonly byte[] SwappedIndefinite = { 0xBF, 0x61, 0x62, 0x61, 0x78, 0x61, 0x61, 0x01, 0xFF };

    [Test]
    public void MapOrderAndLengthEncodingDoNotMatter() =>
        Assert.That(CborComparer.Compare(Map, SwappedIndefinite), Is.Null);

    [Test]
    public void FloatWidthDoesNotMatter()
    {
        byte[] half = { 0xF9, 0x3E, 0x00 }; // 1.5
        byte[] dbl = { 0xFB, 0x3F, 0xF8, 0, 0, 0, 0, 0, 0 }; // 1.5
        Assert.That(CborComparer.Compare(half, dbl), Is.Null);
    }

    [Test]
    public void DifferentValuesAreReported()
    {
        byte[] other = { 0xA2, 0x61, 0x61, 0x02, 0x61, 0x62, 0x61, 0x78 };
        Assert.That(CborComparer.Compare(Map, other), Is.EqualTo("$.a: expected 1, got 2"));
    }

    [Test]
    public void BytesAndTextDiffer()
    {
        byte[] text = { 0x61, 0x78 };
        byte[] bytes = { 0x41, 0x78 };
        Assert.That(CborComparer.Compare(text, bytes), Is.Not.Null);
    }

    [Test]
    public void DecodesTagsNegativesAndSpecials()
    {
        byte[] data = { 0x84, 0xC1, 0x1A, 0x5D, 0xF8, 0x1D, 0x12, 0x38, 0x63, 0xF5, 0xF9, 0x7E, 0x00 };
        Assert.That(CborComparer.Decode(data)!.ToJsonString(), Is.EqualTo("[{\"$tag\":1,\"value\":1576541458},-100,true,{\"$float\":\"NaN\"}]"));
    }

    [Test]
    public void TruncatedActualIsADifference() =>
        Assert.That(CborComparer.Compare(Map, Map.AsSpan(0, 5).ToArray()), Does.StartWith("expected a CBOR body, got bytes that do not decode"));
}
