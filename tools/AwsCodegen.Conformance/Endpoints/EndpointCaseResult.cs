namespace AwsCodegen.Conformance.Endpoints;

/// <summary>The outcome of one endpoint test case: which service and case, and what differed (null when it passed).</summary>
public sealed record EndpointCaseResult(string Service, int Number, string Documentation, string? Difference)
{
    public bool Passed => Difference is null;

    /// <summary>The report line: "&lt;service&gt;: case N (documentation): what differed".</summary>
    public override string ToString() => $"{Service}: case {Number} ({Documentation}): {Difference ?? "passed"}";
}
