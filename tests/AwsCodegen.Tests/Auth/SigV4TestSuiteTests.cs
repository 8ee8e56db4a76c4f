using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using AwsCodegen.Conformance.SigV4;
using AwsCodegen.Runtime.Http;
using NUnit.Framework;

namespace AwsCodegen.Tests.Auth;

/// <summary>The AWS SigV4 test suite from ../shared, one NUnit case per suite folder, through the conformance runner.</summary>
[TestFixture]
public sealed class SigV4TestSuiteTests
{
    private static string Suite => SharedPaths.SigV4TestSuite;

    // The suite as shipped in shared/: 16 get-*, 8 normalize-path/*, 3 post-header-*, 2 post-sts-token/*, 5 post-*.
    private const int SuiteCaseCount = 34;

    private static IEnumerable<TestCaseData> SuiteCases() =>
        SigV4SuiteRunner.FindCases(Suite).Select(id => new TestCaseData(id).SetName($"SigV4Suite({id})"));

    [TestCaseSource(nameof(SuiteCases))]
    public void SuiteCase_SignsAsExpected(string id)
    {
        var result = SigV4SuiteRunner.RunCase(Suite, id);
        Assert.That(result.Passed, Is.True, result.Describe());
    }

    [Test]
    public void Suite_IsFoundWhole()
    {
        var ids = SigV4SuiteRunner.FindCases(Suite);
        Assert.That(ids, Has.Count.EqualTo(SuiteCaseCount), $"cases found under {Suite}: {string.Join(", ", ids)}");
        Assert.That(ids, Does.Contain("normalize-path/get-space").And.Contain("post-sts-token/post-sts-header-before").And.Contain("get-vanilla-with-session-token"));
    }

    [Test]
    public void Run_PrintsOnlyTheCountsWhenAllPass()
    {
        var output = new StringWriter();
        int exit = SigV4SuiteRunner.Run(Suite, output);
        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.That(lines, Is.EqualTo(new[] { $"{SuiteCaseCount} passed, 0 failed" }), output.ToString());
        Assert.That(exit, Is.Zero);
    }

    [Test]
    public void Run_ReportsAMismatchWithTheCanonicalRequest()
    {
        string copy = Path.Combine(Path.GetTempPath(), "sigv4-suite-" + Guid.NewGuid().ToString("N"));
        try
        {
            CopyCase("get-vanilla", copy);
            CopyCase("normalize-path/get-space", copy);
            string creq = Path.Combine(copy, "normalize-path", "get-space", "get-space.creq");
            File.WriteAllText(creq, File.ReadAllText(creq).Replace("/example%20space/", "/example%2520space/", StringComparison.Ordinal));

            var output = new StringWriter();
            int exit = SigV4SuiteRunner.Run(copy, output);
            string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

            Assert.That(exit, Is.EqualTo(1));
            Assert.That(lines, Has.Length.EqualTo(2), output.ToString());
            Assert.That(lines[0], Is.EqualTo("FAIL normalize-path/get-space: canonical request differs at line 2: expected '/example%2520space/', actual '/example%20space/'"));
            Assert.That(lines[1], Is.EqualTo("1 passed, 1 failed"));

            var failed = SigV4SuiteRunner.RunCase(copy, "normalize-path/get-space");
            Assert.That(failed.Describe(), Does.Contain("--- actual canonical request\nGET\n/example%20space/\n\nhost:example.amazonaws.com\n"));
            Assert.That(failed.ActualStringToSign, Does.StartWith("AWS4-HMAC-SHA256\n20150830T123600Z\n"));
        }
        finally
        {
            if (Directory.Exists(copy)) Directory.Delete(copy, recursive: true);
        }
    }

    [Test]
    public void Run_FailsWhenThereIsNothingToRun()
    {
        var output = new StringWriter();
        int exit = SigV4SuiteRunner.Run(Path.Combine(Path.GetTempPath(), "no-such-sigv4-suite-" + Guid.NewGuid().ToString("N")), output);
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(output.ToString().TrimEnd(), Does.EndWith("0 passed, 1 failed"));
    }

    // ---- the .req parser ----

    [Test]
    public void Parser_KeepsTargetsWithSpacesAndRawUtf8()
    {
        var request = Parse("GET /example space/ሴ?Param1=a%20b&flag&%E1%88%B4=x HTTP/1.1\nHost:example.amazonaws.com\n");
        Assert.That(request.Method, Is.EqualTo("GET"));
        Assert.That(request.Path, Is.EqualTo("/example space/ሴ"));
        Assert.That(request.Query, Is.EqualTo(new[]
        {
            new KeyValuePair<string, string?>("Param1", "a b"),
            new KeyValuePair<string, string?>("flag", null),
            new KeyValuePair<string, string?>("ሴ", "x"),
        }));
        Assert.That(request.Authority, Is.EqualTo("example.amazonaws.com"));
        Assert.That(request.Content, Is.Null);
    }

    [Test]
    public void Parser_KeepsFoldedLinesDuplicatesAndBody()
    {
        var request = Parse("POST / HTTP/1.1\r\nHost:example.amazonaws.com\r\nMy-Header1:value1\r\n  value2\r\nMy-Header1:  other\r\n\r\nParam1=value1");
        Assert.That(request.Headers.GetAll("my-header1"), Is.EqualTo(new[] { "value1\n  value2", "  other" }));
        var body = (BytesRequestContent)request.Content!;
        Assert.That(Encoding.UTF8.GetString(body.Bytes.Span), Is.EqualTo("Param1=value1"));
    }

    [Test]
    public void Parser_RejectsAMalformedRequestLine() =>
        Assert.Throws<FormatException>(() => Parse("GET\nHost:x\n"));

    private static AwsHttpRequest Parse(string text) => RawHttpRequestParser.Parse(Encoding.UTF8.GetBytes(text));

    private static void CopyCase(string id, string destinationRoot)
    {
        string source = Path.Combine(Suite, id);
        string destination = Path.Combine(destinationRoot, id);
        Directory.CreateDirectory(destination);
        foreach (string file in Directory.GetFiles(source))
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
    }
}
