using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AwsCodegen.Cli.Engine;
using AwsCodegen.Runtime.Descriptors;
using AwsCodegen.Runtime.JmesPath;

namespace AwsCodegen.Cli.Commands;

/// <summary>
/// aws-cli's auto-pagination over documents, with botocore's page iterator semantics: tokens carried from each page's
/// output tokens to the next request's input tokens, --page-size as the limit key, --max-items truncating the primary
/// result key and leaving a resume token (base64 of the JSON of the next tokens, with boto_truncate_amount when a page
/// was cut), --starting-token resuming from one, and the full result built by merging the result keys across pages.
/// </summary>
internal sealed class DocumentPaginator
{
    private const string TruncateKey = "boto_truncate_amount";
    private readonly PaginatorDescriptor _paginator;
    private readonly JmesPathExpression[] _outputTokens;
    private readonly JmesPathExpression[] _resultKeys;
    private readonly JmesPathExpression? _moreResults;

    public DocumentPaginator(PaginatorDescriptor paginator)
    {
        _paginator = paginator;
        _outputTokens = Compile(paginator.OutputTokens);
        _resultKeys = Compile(paginator.ResultKeys);
        _moreResults = paginator.MoreResults is { } more ? JmesPathExpression.Compile(more) : null;
    }

    public IReadOnlyList<string> ResultKeys => _paginator.ResultKeys;

    /// <summary>The first page's values of the non-aggregate keys (present even when null, as botocore records them).</summary>
    public JsonObject NonAggregatePart { get; } = new();

    /// <summary>The token to resume from (--starting-token), when --max-items stopped before the end; else null.</summary>
    public string? ResumeToken { get; private set; }

    /// <summary>Calls <paramref name="send"/> once per page and hands each page (already truncated) to <paramref name="onPage"/>.</summary>
    public async Task RunAsync(JsonObject request, int? maxItems, int? pageSize, string? startingToken,
        Func<JsonObject, Task<JsonDocument>> send, Action<JsonElement> onPage)
    {
        var nextToken = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var input in _paginator.InputTokens) nextToken[input] = null;
        int startingTruncation = 0;
        if (startingToken is not null)
        {
            (nextToken, startingTruncation) = ParseStartingToken(startingToken);
            Inject(request, nextToken);
        }
        if (pageSize is { } size && _paginator.LimitKey is { } limitKey) request[limitKey] = size;

        Dictionary<string, JsonNode?>? previousToken = null;
        bool first = true;
        int totalItems = 0;
        while (true)
        {
            using var response = await send(request).ConfigureAwait(false);
            var page = JsonObject.Create(response.RootElement.Clone())!;
            if (first)
            {
                if (startingToken is not null) DropAlreadySeen(page, startingTruncation);
                RecordNonAggregate(page);
            }
            int pageTruncation = first ? startingTruncation : 0;
            first = false;

            int count = JsonPaths.Get(page, _paginator.ResultKeys[0]) is JsonArray primary ? primary.Count : 0;
            if (maxItems is { } max && totalItems + count - max > 0)
            {
                int keep = count - (totalItems + count - max);
                Truncate(page, keep);
                nextToken[TruncateKey] = keep + pageTruncation;
                ResumeToken = EncodeToken(nextToken);
                Emit(page, onPage);
                return;
            }
            Emit(page, onPage);
            totalItems += count;
            nextToken = NextToken(page);
            if (nextToken.Count == 0 || AllNull(nextToken)) return;
            if (maxItems is { } limit && totalItems == limit)
            {
                ResumeToken = EncodeToken(nextToken);
                return;
            }
            if (previousToken is not null && SameToken(previousToken, nextToken))
                throw CliException.Other("Error during pagination: The same next token was received twice: " + Describe(nextToken));
            Inject(request, nextToken);
            previousToken = nextToken;
        }
    }

    /// <summary>botocore's build_full_result: the result keys merged across pages, then the non-aggregate part, then NextToken.</summary>
    public sealed class FullResult
    {
        private readonly DocumentPaginator _owner;
        private readonly JsonObject _result = new();

        public FullResult(DocumentPaginator owner) => _owner = owner;

        public void Add(JsonElement page)
        {
            for (int i = 0; i < _owner._resultKeys.Length; i++)
            {
                var value = _owner._resultKeys[i].Evaluate(page);
                if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined) continue;
                string path = _owner._paginator.ResultKeys[i];
                var existing = JsonPaths.Get(_result, path);
                if (existing is null)
                {
                    JsonPaths.Set(_result, path, JsonPaths.Copy(value));
                }
                else if (existing is JsonArray list && value.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in value.EnumerateArray()) list.Add(JsonPaths.Copy(item));
                }
                else if (JsonPaths.IsNumber(existing, out var sum) && value.ValueKind == JsonValueKind.Number)
                {
                    JsonPaths.Set(_result, path, JsonNode.Parse((sum + value.GetDecimal()).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }
                else if (existing.GetValueKind() == JsonValueKind.String && value.ValueKind == JsonValueKind.String)
                {
                    JsonPaths.Set(_result, path, existing.GetValue<string>() + value.GetString());
                }
            }
        }

        public JsonObject Build()
        {
            Merge(_result, _owner.NonAggregatePart);
            if (_owner.ResumeToken is { } token) _result["NextToken"] = token;
            return _result;
        }

        private static void Merge(JsonObject target, JsonObject source)
        {
            foreach (var pair in source)
            {
                if (pair.Value is JsonObject nested && target[pair.Key] is JsonObject existing) Merge(existing, nested);
                else target[pair.Key] = pair.Value?.DeepClone();
            }
        }
    }

    /// <summary>What aws-cli's text output prints for one page: the first page's non-aggregate part and each page's result keys.</summary>
    public JsonObject TextPage(JsonElement page, bool first)
    {
        var current = first ? (JsonObject)NonAggregatePart.DeepClone() : new JsonObject();
        for (int i = 0; i < _resultKeys.Length; i++)
            JsonPaths.Set(current, _paginator.ResultKeys[i], JsonPaths.Copy(_resultKeys[i].Evaluate(page)));
        return current;
    }

    private static void Emit(JsonObject page, Action<JsonElement> onPage)
    {
        using var document = JsonPaths.ToDocument(page);
        onPage(document.RootElement);
    }

    private void RecordNonAggregate(JsonObject page)
    {
        using var document = JsonPaths.ToDocument(page);
        foreach (var key in _paginator.NonAggregateKeys)
            JsonPaths.Set(NonAggregatePart, key, JsonPaths.Copy(JmesPathExpression.Compile(key).Evaluate(document.RootElement)));
    }

    /// <summary>Resuming inside a page: the primary key loses what was already shown, the other result keys are emptied.</summary>
    private void DropAlreadySeen(JsonObject page, int startingTruncation)
    {
        var primaryPath = _paginator.ResultKeys[0];
        var primary = JsonPaths.Get(page, primaryPath);
        if (primary is JsonArray list)
        {
            var kept = new JsonArray();
            for (int i = startingTruncation; i < list.Count; i++) kept.Add(list[i]?.DeepClone());
            JsonPaths.Set(page, primaryPath, kept);
        }
        else if (primary is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            var text = value.GetValue<string>();
            JsonPaths.Set(page, primaryPath, startingTruncation < text.Length ? text[startingTruncation..] : "");
        }
        else JsonPaths.Set(page, primaryPath, null);
        for (int i = 1; i < _paginator.ResultKeys.Count; i++)
        {
            var path = _paginator.ResultKeys[i];
            JsonNode? empty = JsonPaths.Get(page, path) switch
            {
                JsonArray => new JsonArray(),
                JsonValue v when v.GetValueKind() == JsonValueKind.String => "",
                JsonValue v when v.GetValueKind() == JsonValueKind.Number => 0,
                _ => null,
            };
            JsonPaths.Set(page, path, empty);
        }
    }

    private void Truncate(JsonObject page, int keep)
    {
        var path = _paginator.ResultKeys[0];
        var list = JsonPaths.Get(page, path) as JsonArray;
        var kept = new JsonArray();
        for (int i = 0; list is not null && i < keep; i++) kept.Add(list[i]?.DeepClone());
        JsonPaths.Set(page, path, kept);
    }

    private Dictionary<string, JsonNode?> NextToken(JsonObject page)
    {
        var tokens = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        using var document = JsonPaths.ToDocument(page);
        var root = document.RootElement;
        if (_moreResults is not null && !JmesPathExpression.IsTruthy(_moreResults.Evaluate(root))) return tokens;
        for (int i = 0; i < _outputTokens.Length && i < _paginator.InputTokens.Count; i++)
        {
            var value = _outputTokens[i].Evaluate(root);
            // botocore treats empty strings (and any falsy token) as no token.
            tokens[_paginator.InputTokens[i]] = JmesPathExpression.IsTruthy(value) ? JsonPaths.Copy(value) : null;
        }
        return tokens;
    }

    private static bool AllNull(Dictionary<string, JsonNode?> tokens)
    {
        foreach (var value in tokens.Values)
            if (value is not null) return false;
        return true;
    }

    private static bool SameToken(Dictionary<string, JsonNode?> a, Dictionary<string, JsonNode?> b)
    {
        if (a.Count != b.Count) return false;
        foreach (var pair in a)
            if (!b.TryGetValue(pair.Key, out var other) || !JsonNode.DeepEquals(pair.Value, other)) return false;
        return true;
    }

    private static void Inject(JsonObject request, Dictionary<string, JsonNode?> tokens)
    {
        foreach (var pair in tokens)
        {
            if (pair.Key == TruncateKey) continue;
            if (pair.Value is not null && JsonPaths.Text(pair.Value) != "None") request[pair.Key] = pair.Value.DeepClone();
            else request.Remove(pair.Key);
        }
    }

    /// <summary>botocore's token encoding: base64 of json.dumps of the token dictionary (input tokens in order, then the truncation).</summary>
    private static string EncodeToken(Dictionary<string, JsonNode?> tokens)
    {
        var text = new StringBuilder("{");
        bool firstKey = true;
        foreach (var pair in tokens)
        {
            if (!firstKey) text.Append(", ");
            firstKey = false;
            text.Append(AsciiJson.Quote(pair.Key)).Append(": ").Append(AsciiJson.Dumps(pair.Value));
        }
        text.Append('}');
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(text.ToString()));
    }

    private (Dictionary<string, JsonNode?> Token, int Truncation) ParseStartingToken(string startingToken)
    {
        var tokens = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        try
        {
            var bytes = Convert.FromBase64String(startingToken);
            if (JsonNode.Parse(bytes) is JsonObject parsed)
            {
                int truncation = 0;
                foreach (var pair in parsed)
                {
                    if (pair.Key == TruncateKey) truncation = pair.Value?.GetValue<int>() ?? 0;
                    else tokens[pair.Key] = pair.Value?.DeepClone();
                }
                return (tokens, truncation);
            }
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
        }
        // botocore's older format: the tokens joined by "___", with the truncation amount last when there was one.
        var parts = startingToken.Split("___");
        int index = 0;
        if (parts.Length == _paginator.InputTokens.Count + 1 && int.TryParse(parts[^1], out int amount))
        {
            index = amount;
            Array.Resize(ref parts, parts.Length - 1);
        }
        if (parts.Length != _paginator.InputTokens.Count)
            throw CliException.Other($"Error during pagination: Bad starting token: {startingToken}");
        for (int i = 0; i < parts.Length; i++) tokens[_paginator.InputTokens[i]] = parts[i] == "None" ? null : parts[i];
        return (tokens, index);
    }

    private static string Describe(Dictionary<string, JsonNode?> tokens)
    {
        var text = new StringBuilder("{");
        bool firstKey = true;
        foreach (var pair in tokens)
        {
            if (!firstKey) text.Append(", ");
            firstKey = false;
            text.Append('\'').Append(pair.Key).Append("': ").Append(pair.Value is null ? "None" : "'" + JsonPaths.Text(pair.Value) + "'");
        }
        return text.Append('}').ToString();
    }

    private static JmesPathExpression[] Compile(IReadOnlyList<string> expressions)
    {
        var compiled = new JmesPathExpression[expressions.Count];
        for (int i = 0; i < compiled.Length; i++) compiled[i] = JmesPathExpression.Compile(expressions[i]);
        return compiled;
    }
}
