using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Conformance.SigV4;

/// <summary>
/// Runs the AWS Signature Version 4 test suite: each case folder &lt;name&gt;/ holds &lt;name&gt;.req (the request),
/// .creq (canonical request), .sts (string to sign), .authz (Authorization value) and .sreq (signed request).
/// Folders may nest (normalize-path/get-space); a case id is the folder's path under the suite root.
/// </summary>
/// <remarks>
/// Facts of the suite that a runner has to know:
/// <list type="bullet">
/// <item>every case signs with AKIDEXAMPLE / wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY, region us-east-1, service
/// "service", at 20150830T123600Z (also the .req's X-Amz-Date), normalizing and double-encoding the path;</item>
/// <item>the session token is not in the .req: a case signs with temporary credentials when its expected canonical
/// request signs x-amz-security-token, and the token is the X-Amz-Security-Token of its .sreq.
/// post-sts-header-after adds the token only after signing, so it signs without one;</item>
/// <item>the .sreq files are not compared: get-vanilla-with-session-token's .sreq carries get-vanilla's signature
/// (made without the token), not the one in its own .authz, so .authz is the reference.</item>
/// </list>
/// </remarks>
public static class SigV4SuiteRunner
{
    public static AwsCredentials SuiteCredentials { get; } = new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    public static SigningScope SuiteScope { get; } = new("us-east-1", "service");
    public static DateTimeOffset SuiteTime { get; } = new(2015, 8, 30, 12, 36, 0, TimeSpan.Zero);

    /// <summary>
    /// Runs every case under <paramref name="dir"/>, prints one line per failing case and then "N passed, N failed".
    /// Returns 0 when all passed, 1 otherwise (also when no case was found).
    /// </summary>
    public static int Run(string dir, TextWriter output) => Run(dir, output, verbose: false);

    /// <summary>As <see cref="Run(string, TextWriter)"/>; <paramref name="verbose"/> adds the expected and actual texts after each failing line.</summary>
    public static int Run(string dir, TextWriter output, bool verbose)
    {
        ArgumentNullException.ThrowIfNull(dir);
        ArgumentNullException.ThrowIfNull(output);
        if (!Directory.Exists(dir))
        {
            output.WriteLine($"FAIL {dir}: no such directory");
            output.WriteLine("0 passed, 1 failed");
            return 1;
        }
        var results = RunDirectory(dir);
        int passed = 0, failed = 0;
        foreach (var result in results)
        {
            if (result.Passed)
            {
                passed++;
                continue;
            }
            failed++;
            output.WriteLine($"FAIL {result.Id}: {result.Summary}");
            if (verbose) output.Write(Indent(result.Describe(), skipFirstLine: true));
        }
        if (results.Count == 0)
        {
            output.WriteLine($"FAIL {dir}: no SigV4 cases found (a case is a folder <name>/ holding <name>.req)");
            failed = 1;
        }
        output.WriteLine($"{passed} passed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }

    /// <summary>Runs every case under <paramref name="dir"/>, in id order.</summary>
    public static IReadOnlyList<SigV4CaseResult> RunDirectory(string dir) =>
        FindCases(dir).Select(id => RunCase(dir, id)).ToList();

    /// <summary>The ids of the cases under <paramref name="dir"/>: folder paths relative to it, with '/', sorted.</summary>
    public static IReadOnlyList<string> FindCases(string dir)
    {
        ArgumentNullException.ThrowIfNull(dir);
        if (!Directory.Exists(dir)) return Array.Empty<string>();
        string root = Path.GetFullPath(dir);
        return Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories)
            .Where(d => File.Exists(Path.Combine(d, Path.GetFileName(d) + ".req")))
            .Select(d => Path.GetRelativePath(root, d).Replace(Path.DirectorySeparatorChar, '/'))
            .OrderBy(id => id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Signs one case's request and compares the canonical request, string to sign and Authorization.</summary>
    public static SigV4CaseResult RunCase(string dir, string id)
    {
        ArgumentNullException.ThrowIfNull(dir);
        ArgumentNullException.ThrowIfNull(id);
        string caseDir = Path.Combine(dir, id.Replace('/', Path.DirectorySeparatorChar));
        string name = Path.GetFileName(caseDir);
        string FilePath(string extension) => Path.Combine(caseDir, name + "." + extension);

        string? expectedCreq = null, expectedSts = null, expectedAuthz = null;
        try
        {
            expectedCreq = ReadText(FilePath("creq"));
            expectedSts = ReadText(FilePath("sts"));
            expectedAuthz = ReadText(FilePath("authz"));
            var request = RawHttpRequestParser.Parse(File.ReadAllBytes(FilePath("req")));

            var credentials = SuiteCredentials;
            if (SignsSecurityToken(expectedCreq))
            {
                string? token = File.Exists(FilePath("sreq"))
                    ? RawHttpRequestParser.Parse(File.ReadAllBytes(FilePath("sreq"))).Headers.Get(SigV4Signer.SecurityTokenHeader)
                    : null;
                if (token is null)
                    return new SigV4CaseResult(id, false, "the expected canonical request signs x-amz-security-token, but the .sreq has no X-Amz-Security-Token to take it from");
                credentials = credentials with { SessionToken = token.Trim() };
            }

            var details = SigV4Signer.SignWithDetails(request, credentials, SuiteScope, RequestTime(request), new SigV4Options());
            string? summary =
                FirstDifference("canonical request", expectedCreq, details.CanonicalRequest)
                ?? FirstDifference("string to sign", expectedSts, details.StringToSign)
                ?? FirstDifference("authorization", expectedAuthz, details.Authorization ?? "");
            return new SigV4CaseResult(id, summary is null, summary ?? "ok")
            {
                ExpectedCanonicalRequest = expectedCreq,
                ActualCanonicalRequest = details.CanonicalRequest,
                ExpectedStringToSign = expectedSts,
                ActualStringToSign = details.StringToSign,
                ExpectedAuthorization = expectedAuthz,
                ActualAuthorization = details.Authorization,
            };
        }
        catch (Exception e) when (e is IOException or FormatException or InvalidOperationException or ArgumentException or UnauthorizedAccessException)
        {
            return new SigV4CaseResult(id, false, $"{e.GetType().Name}: {e.Message}")
            {
                ExpectedCanonicalRequest = expectedCreq,
                ExpectedStringToSign = expectedSts,
                ExpectedAuthorization = expectedAuthz,
            };
        }
    }

    /// <summary>The suite's files end lines with LF (some copies use CRLF) and may or may not end with one.</summary>
    private static string ReadText(string path) => File.ReadAllText(path).Replace("\r\n", "\n").TrimEnd('\n');

    /// <summary>The signed-headers line is the canonical request's second-to-last line.</summary>
    private static bool SignsSecurityToken(string canonicalRequest)
    {
        string[] lines = canonicalRequest.Split('\n');
        return lines.Length >= 2 && lines[^2].Split(';').Contains("x-amz-security-token", StringComparer.Ordinal);
    }

    /// <summary>The .req's own X-Amz-Date, so that the signer reproduces it; the suite's instant otherwise.</summary>
    private static DateTimeOffset RequestTime(AwsHttpRequest request) =>
        request.Headers.Get(SigV4Signer.DateHeader) is { } text
        && DateTimeOffset.TryParseExact(text.Trim(), "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : SuiteTime;

    /// <summary>Null when equal; otherwise the first differing line, quoted, with its number.</summary>
    internal static string? FirstDifference(string what, string expected, string actual)
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal)) return null;
        string[] e = expected.Split('\n');
        string[] a = actual.Split('\n');
        for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            string? el = i < e.Length ? e[i] : null;
            string? al = i < a.Length ? a[i] : null;
            if (!string.Equals(el, al, StringComparison.Ordinal))
                return $"{what} differs at line {i + 1}: expected {Quote(el)}, actual {Quote(al)}";
        }
        return $"{what} differs";
    }

    private static string Quote(string? line) => line is null ? "(no line)" : "'" + line + "'";

    /// <summary>Indents every line (blank ones too: a canonical request's blank lines matter) for the verbose report.</summary>
    private static string Indent(string text, bool skipFirstLine)
    {
        var lines = text.TrimEnd('\n').Split('\n').Skip(skipFirstLine ? 1 : 0);
        return string.Concat(lines.Select(l => "    " + l + Environment.NewLine));
    }
}
