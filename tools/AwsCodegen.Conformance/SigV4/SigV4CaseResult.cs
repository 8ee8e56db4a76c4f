using System.Text;

namespace AwsCodegen.Conformance.SigV4;

/// <summary>
/// The outcome of one SigV4 suite case. On a mismatch it carries the expected and actual canonical request and
/// string to sign, which is where a wrong signature is explained; <see cref="Summary"/> is the one-line form.
/// </summary>
public sealed record SigV4CaseResult(string Id, bool Passed, string Summary)
{
    public string? ExpectedCanonicalRequest { get; init; }
    public string? ActualCanonicalRequest { get; init; }
    public string? ExpectedStringToSign { get; init; }
    public string? ActualStringToSign { get; init; }
    public string? ExpectedAuthorization { get; init; }
    public string? ActualAuthorization { get; init; }

    /// <summary>A multi-line report: the summary, then each expected/actual pair that differs.</summary>
    public string Describe()
    {
        var sb = new StringBuilder();
        sb.Append(Passed ? "PASS " : "FAIL ").Append(Id).Append(": ").Append(Summary).Append('\n');
        if (Passed) return sb.ToString();
        Pair(sb, "canonical request", ExpectedCanonicalRequest, ActualCanonicalRequest);
        Pair(sb, "string to sign", ExpectedStringToSign, ActualStringToSign);
        Pair(sb, "authorization", ExpectedAuthorization, ActualAuthorization);
        return sb.ToString();
    }

    private static void Pair(StringBuilder sb, string what, string? expected, string? actual)
    {
        if (expected is null && actual is null) return;
        string mark = expected == actual ? "(same)" : "(differs)";
        sb.Append("--- expected ").Append(what).Append(' ').Append(mark).Append('\n').Append(expected ?? "(none)").Append('\n');
        if (expected != actual) sb.Append("--- actual ").Append(what).Append('\n').Append(actual ?? "(none)").Append('\n');
    }
}
