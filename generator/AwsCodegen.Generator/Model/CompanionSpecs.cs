namespace AwsCodegen.Generator.Model;

/// <summary>One paginator of a paginators-1.json, as plain values (tokens and keys are JMESPath text).</summary>
public sealed record PaginatorSpec(
    string Operation,
    EquatableArray<string> InputTokens,
    EquatableArray<string> OutputTokens,
    string? LimitKey,
    string? MoreResults,
    EquatableArray<string> ResultKeys)
{
    /// <summary>non_aggregate_keys: parts of the first page that merged results keep as they are.</summary>
    public EquatableArray<string> NonAggregateKeys { get; init; } = EquatableArray<string>.Empty;
}

/// <summary>One acceptor of a waiter: state, matcher, argument (path matchers) and the expected value as JSON text.</summary>
public sealed record AcceptorSpec(string State, string Matcher, string? Argument, string ExpectedJson);

/// <summary>One waiter of a waiters-2.json.</summary>
public sealed record WaiterSpec(string Name, string Operation, int Delay, int MaxAttempts, EquatableArray<AcceptorSpec> Acceptors);

/// <summary>
/// A parsed paginators-1.json, waiters-2.json or endpoint-rule-set-1.json: its directory (to pair it with that
/// directory's service-2.json), its specs and problems. A rule set is kept as minified JSON text: the runtime's rules
/// engine compiles it on first use, so the generator only checks its outline.
/// </summary>
public sealed record CompanionFile(
    string Directory,
    string FilePath,
    EquatableArray<PaginatorSpec> Paginators,
    EquatableArray<WaiterSpec> Waiters,
    EquatableArray<DiagnosticInfo> Diagnostics,
    string? EndpointRuleSet = null);

/// <summary>The paginators, waiters and endpoint rule set that belong to one service (those in its model's directory).</summary>
public sealed record ServiceCompanions(
    EquatableArray<PaginatorSpec> Paginators,
    EquatableArray<WaiterSpec> Waiters,
    EquatableArray<DiagnosticInfo> Diagnostics,
    string? EndpointRuleSet = null)
{
    public static ServiceCompanions None { get; } = new(EquatableArray<PaginatorSpec>.Empty, EquatableArray<WaiterSpec>.Empty, EquatableArray<DiagnosticInfo>.Empty);
}
