using System;
using System.Collections.Generic;
using System.Text.Json;
using AwsCodegen.Runtime.JmesPath;

namespace AwsCodegen.Runtime.Paginators;

/// <summary>
/// One paginator of paginators-1.json, as generated code describes it: the output token expressions (JMESPath over the
/// response's JSON document form), the optional more_results expression, how to write a response as JSON, and how to put
/// the next tokens into a copy of the request.
/// </summary>
public sealed class PaginatorDefinition<TRequest, TResponse>
    where TRequest : AwsRequest
{
    /// <param name="operationName">The operation's name in the model, for messages.</param>
    /// <param name="outputTokens">The output_token expressions, in the order of the input tokens.</param>
    /// <param name="moreResults">The more_results expression, or null.</param>
    /// <param name="writeDocument">Writes a response in its JSON document form.</param>
    /// <param name="setTokens">
    /// Puts the next page's tokens into the request copy: from the typed response where the output token is a plain
    /// member, else from the evaluated token (index i belongs to input token i).
    /// </param>
    public PaginatorDefinition(
        string operationName,
        IReadOnlyList<string> outputTokens,
        string? moreResults,
        Action<Utf8JsonWriter, TResponse> writeDocument,
        Action<TRequest, TResponse, JsonElement[]> setTokens)
    {
        OperationName = operationName;
        var compiled = new JmesPathExpression[outputTokens.Count];
        for (int i = 0; i < compiled.Length; i++) compiled[i] = JmesPathExpression.Compile(outputTokens[i]);
        OutputTokens = compiled;
        MoreResults = moreResults is null ? null : JmesPathExpression.Compile(moreResults);
        WriteDocument = writeDocument;
        SetTokens = setTokens;
    }

    public string OperationName { get; }
    public IReadOnlyList<JmesPathExpression> OutputTokens { get; }
    public JmesPathExpression? MoreResults { get; }
    public Action<Utf8JsonWriter, TResponse> WriteDocument { get; }
    public Action<TRequest, TResponse, JsonElement[]> SetTokens { get; }
}
