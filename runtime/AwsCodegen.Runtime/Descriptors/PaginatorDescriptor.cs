using System.Collections.Generic;

namespace AwsCodegen.Runtime.Descriptors;

/// <summary>One paginator of paginators-1.json, as written there; expressions are JMESPath over the output document.</summary>
public sealed class PaginatorDescriptor
{
    public PaginatorDescriptor(IReadOnlyList<string> inputTokens, IReadOnlyList<string> outputTokens, string? limitKey,
        string? moreResults, IReadOnlyList<string> resultKeys, IReadOnlyList<string> nonAggregateKeys)
    {
        InputTokens = inputTokens;
        OutputTokens = outputTokens;
        LimitKey = limitKey;
        MoreResults = moreResults;
        ResultKeys = resultKeys;
        NonAggregateKeys = nonAggregateKeys;
    }

    /// <summary>Input members that carry the next page's tokens, in the order of <see cref="OutputTokens"/>.</summary>
    public IReadOnlyList<string> InputTokens { get; }
    public IReadOnlyList<string> OutputTokens { get; }

    /// <summary>The input member that sets the page size, if any.</summary>
    public string? LimitKey { get; }
    public string? MoreResults { get; }

    /// <summary>Expressions for the parts of a page that are merged across pages; the first is the primary one.</summary>
    public IReadOnlyList<string> ResultKeys { get; }

    /// <summary>Expressions for parts of the first page kept as they are when pages are merged.</summary>
    public IReadOnlyList<string> NonAggregateKeys { get; }
}
