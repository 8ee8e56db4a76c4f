using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Documents;

namespace AwsCodegen.Runtime.Paginators;

/// <summary>The paging loop every generated <c>XxxPagesAsync</c> method runs.</summary>
public static class Paginator
{
    /// <summary>
    /// Sends <paramref name="request"/>, yields the response, and keeps going while the response names a next page.
    /// The first page is sent with the caller's request as is; every later page with a shallow copy of it that carries
    /// the next tokens, so the caller's object is never changed. The limit key (page size) is left as the caller set it.
    /// Paging stops when more_results evaluates false, when every next token is null or empty, or when the tokens
    /// repeat the previous page's (a service that never moves on would otherwise loop forever).
    /// </summary>
    public static async IAsyncEnumerable<TResponse> PagesAsync<TRequest, TResponse>(
        TRequest request,
        Func<TRequest, CancellationToken, Task<TResponse>> invoke,
        PaginatorDefinition<TRequest, TResponse> paginator,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where TRequest : AwsRequest
    {
        if (request is null) throw new ArgumentNullException(nameof(request));
        var current = request;
        string? previousTokens = null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var response = await invoke(current, cancellationToken).ConfigureAwait(false);
            JsonElement[]? tokens = null;
            string? key = null;
            using (var document = ResponseDocuments.ToDocument(response, paginator.WriteDocument))
            {
                var root = document.RootElement;
                bool more = paginator.MoreResults is not { } moreResults || moreResults.EvaluateTruthy(root);
                if (more)
                {
                    tokens = new JsonElement[paginator.OutputTokens.Count];
                    for (int i = 0; i < tokens.Length; i++) tokens[i] = paginator.OutputTokens[i].Evaluate(root).Clone();
                    key = TokenKey(tokens);
                }
            }
            yield return response;
            if (tokens is null || key is null || key == previousTokens) yield break;
            previousTokens = key;
            var next = (TRequest)current.ShallowCopy();
            paginator.SetTokens(next, response, tokens);
            current = next;
        }
    }

    /// <summary>The tokens as one comparable string, or null when none is present (null or empty).</summary>
    private static string? TokenKey(JsonElement[] tokens)
    {
        bool any = false;
        var key = new StringBuilder();
        foreach (var token in tokens)
        {
            if (IsPresent(token)) any = true;
            key.Append(token.GetRawText()).Append('\u0001');
        }
        return any ? key.ToString() : null;
    }

    private static bool IsPresent(JsonElement token) => token.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null => false,
        JsonValueKind.String => token.GetString()!.Length > 0,
        JsonValueKind.Object => token.EnumerateObject().MoveNext(),
        JsonValueKind.Array => token.GetArrayLength() > 0,
        _ => true,
    };

    /// <summary>An evaluated token as a string parameter: strings as they are, numbers and booleans as their JSON text, else null.</summary>
    public static string? TokenString(JsonElement token) => token.ValueKind switch
    {
        JsonValueKind.String => token.GetString() is { Length: > 0 } s ? s : null,
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => token.GetRawText(),
        _ => null,
    };

    /// <summary>An evaluated token as an integer parameter (a number or a numeric string), else null.</summary>
    public static int? TokenInt32(JsonElement token) => TokenInt64(token) is { } l && l >= int.MinValue && l <= int.MaxValue ? (int)l : null;

    /// <summary>An evaluated token as a long parameter (a number or a numeric string), else null.</summary>
    public static long? TokenInt64(JsonElement token) => token.ValueKind switch
    {
        JsonValueKind.Number when token.TryGetInt64(out long l) => l,
        JsonValueKind.String when long.TryParse(token.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out long l) => l,
        _ => null,
    };
}
