using AwsCodegen.Runtime.Endpoints;
using AwsCodegen.Runtime.Endpoints.Expressions;
using AwsCodegen.Runtime.Endpoints.Functions;
using NUnit.Framework;

namespace AwsCodegen.Tests.Endpoints;

/// <summary>The rules language's functions whose edges the shared cases only touch: URLs, bucket names, substrings, encoding, ARNs.</summary>
[TestFixture]
public class EndpointFunctionTests
{
    private static string Member(EndpointValue record, string name) => record.AsRecord()[name].ToString();

    [Test]
    public void ParseUrl_splits_an_url_and_keeps_the_text_as_written()
    {
        var url = ParseUrlFunction.Parse("https://Example.com:443/a//b");
        Assert.Multiple(() =>
        {
            Assert.That(Member(url, "scheme"), Is.EqualTo("https"));
            Assert.That(Member(url, "authority"), Is.EqualTo("Example.com:443"));
            Assert.That(Member(url, "path"), Is.EqualTo("/a//b"));
            Assert.That(Member(url, "normalizedPath"), Is.EqualTo("/a//b/"));
            Assert.That(url.AsRecord()["isIp"].AsBoolean(), Is.False);
        });
    }

    [TestCase("http://example.com", "", "/")]
    [TestCase("http://example.com/", "/", "/")]
    [TestCase("http://example.com/path/", "/path/", "/path/")]
    public void ParseUrl_normalized_path_always_ends_with_a_slash(string input, string path, string normalized)
    {
        var url = ParseUrlFunction.Parse(input);
        Assert.That((Member(url, "path"), Member(url, "normalizedPath")), Is.EqualTo((path, normalized)));
    }

    [TestCase("http://192.168.1.1:80/x", true)]
    [TestCase("https://[2001:db8::1]:443", true)]
    [TestCase("https://[fe80::1%25en0]", true)]
    [TestCase("https://999.999.abc.blah", false)]
    [TestCase("https://1.2.3", false)]
    public void ParseUrl_tells_ip_hosts(string input, bool isIp) =>
        Assert.That(ParseUrlFunction.Parse(input).AsRecord()["isIp"].AsBoolean(), Is.EqualTo(isIp));

    [TestCase("ftp://example.com")]
    [TestCase("example.com")]
    [TestCase("https://example.com/path?query=1")]
    [TestCase("https://example.com#fragment")]
    [TestCase("http://abc.com:a/foo")]
    [TestCase("http://abc.com:70000")]
    [TestCase("https://")]
    [TestCase("https://[::1")]
    public void ParseUrl_rejects_what_is_no_endpoint(string input) =>
        Assert.That(ParseUrlFunction.Parse(input).IsSet, Is.False);

    [TestCase("bucket-name", false, true)]
    [TestCase("bucket.name", false, false)]
    [TestCase("bucket.name", true, true)]
    [TestCase("ab", false, false)]
    [TestCase("Bucket", false, false)]
    [TestCase("bucket_name", false, false)]
    [TestCase("-bucket", false, false)]
    [TestCase("bucket-", false, false)]
    [TestCase("192.168.5.4", true, false)]
    [TestCase("bucket..name", true, false)]
    [TestCase("bucket-.name", true, false)]
    [TestCase("a.b.c", true, true)]
    public void IsVirtualHostableS3Bucket(string bucket, bool allowSubDomains, bool expected) =>
        Assert.That(AwsIsVirtualHostableS3BucketFunction.IsVirtualHostable(bucket, allowSubDomains), Is.EqualTo(expected));

    [Test]
    public void IsVirtualHostableS3Bucket_caps_the_length_at_63() =>
        Assert.Multiple(() =>
        {
            Assert.That(AwsIsVirtualHostableS3BucketFunction.IsVirtualHostable(new string('a', 63), false), Is.True);
            Assert.That(AwsIsVirtualHostableS3BucketFunction.IsVirtualHostable(new string('a', 64), false), Is.False);
        });

    [TestCase("abcdefg", 0, 4, false, "abcd")]
    [TestCase("abcdefg", 0, 4, true, "defg")]
    [TestCase("abcdefg", 1, 3, true, "ef")]
    [TestCase("abcd", 0, 4, true, "abcd")]
    [TestCase("abc", 0, 4, false, null)]
    [TestCase("abcd", 2, 2, false, null)]
    [TestCase("abcdef\u0080", 0, 4, false, null)]
    [TestCase("\u007fabcdef", 0, 4, false, "\u007fabc")]
    public void Substring_counts_from_either_end_of_ascii_text(string input, int start, int stop, bool reverse, string? expected) =>
        Assert.That(SubstringFunction.Apply(input, start, stop, reverse), Is.EqualTo(expected));

    [TestCase("abc-._~XYZ019", "abc-._~XYZ019")]
    [TestCase("a b/c:d", "a%20b%2Fc%3Ad")]
    [TestCase("é", "%C3%A9")]
    [TestCase("\U0001F639", "%F0%9F%98%B9")]
    [TestCase("", "")]
    public void UriEncode_escapes_all_but_unreserved_utf8(string input, string expected) =>
        Assert.That(UriEncodeFunction.Encode(input), Is.EqualTo(expected));

    [TestCase("us-east-1", false, true)]
    [TestCase("part1.part2", false, false)]
    [TestCase("part1.part2", true, true)]
    [TestCase("", false, false)]
    [TestCase("a.", true, false)]
    public void IsValidHostLabel(string value, bool allowSubDomains, bool expected) =>
        Assert.That(IsValidHostLabelFunction.IsValid(value, allowSubDomains), Is.EqualTo(expected));

    [Test]
    public void ParseArn_splits_the_resource_on_colons_and_slashes()
    {
        var arn = AwsParseArnFunction.Parse("arn:aws:s3:us-east-2:012345678:outpost/op-1234:accesspoint");
        Assert.Multiple(() =>
        {
            Assert.That(Member(arn, "partition"), Is.EqualTo("aws"));
            Assert.That(Member(arn, "service"), Is.EqualTo("s3"));
            Assert.That(Member(arn, "region"), Is.EqualTo("us-east-2"));
            Assert.That(Member(arn, "accountId"), Is.EqualTo("012345678"));
            Assert.That(AttributePath.Parse("resourceId[1]").Apply(arn).ToString(), Is.EqualTo("op-1234"));
            Assert.That(AttributePath.Parse("resourceId[3]").Apply(arn).IsSet, Is.False);
        });
    }

    [TestCase("arn:aws:s3:::")]
    [TestCase("arn::s3:us-west-2:123456789012:id")]
    [TestCase("arn:aws::us-west-2:123456789012:id")]
    [TestCase("arn:aws:s3:us-west-2")]
    [TestCase("notarn:aws:s3:us-west-2:1:id")]
    public void ParseArn_rejects_what_is_no_arn(string text) =>
        Assert.That(AwsParseArnFunction.Parse(text).IsSet, Is.False);

    [Test]
    public void AttributePath_reads_members_and_indexes()
    {
        var value = RecordOf("a", EndpointValue.FromArray(new[] { RecordOf("b", EndpointValue.FromString("x")) }));
        Assert.Multiple(() =>
        {
            Assert.That(AttributePath.Parse("a[0].b").Apply(value).ToString(), Is.EqualTo("x"));
            Assert.That(AttributePath.Parse("a[1].b").Apply(value).IsSet, Is.False);
            Assert.That(AttributePath.Parse("missing").Apply(value).IsSet, Is.False);
            Assert.That(AttributePath.Parse("[0]").Apply(EndpointValue.FromStrings(new[] { "first" })).ToString(), Is.EqualTo("first"));
            Assert.Throws<System.FormatException>(() => AttributePath.Parse("a[x]"));
        });
    }

    private static EndpointValue RecordOf(string name, EndpointValue value) =>
        EndpointValue.FromRecord(new System.Collections.Generic.Dictionary<string, EndpointValue> { [name] = value });
}
