using System;
using System.Text.Json;
using AwsCodegen.Runtime.JmesPath;

namespace AwsCodegen.Runtime.Waiters;

/// <summary>The state an acceptor moves the waiter to.</summary>
public enum WaiterState
{
    Success,
    Failure,
    Retry,
}

/// <summary>How an acceptor matches (waiters-2.json's <c>matcher</c>).</summary>
public enum WaiterMatcher
{
    /// <summary>The argument's result equals the expected value.</summary>
    Path,
    /// <summary>The argument's result is a non-empty list whose every element equals the expected value.</summary>
    PathAll,
    /// <summary>The argument's result is a list with at least one element equal to the expected value.</summary>
    PathAny,
    /// <summary>The HTTP status code equals the expected number.</summary>
    Status,
    /// <summary>The call failed with the expected error code; or expected true: any error; expected false: no error.</summary>
    Error,
}

/// <summary>One acceptor of a waiter.</summary>
public sealed class WaiterAcceptor
{
    /// <param name="state">The state a match moves the waiter to.</param>
    /// <param name="matcher">How to match.</param>
    /// <param name="argument">The JMESPath expression of the path matchers, else null.</param>
    /// <param name="expectedJson">The expected value as JSON text (a string literal, number or boolean).</param>
    public WaiterAcceptor(WaiterState state, WaiterMatcher matcher, string? argument, string expectedJson)
    {
        State = state;
        Matcher = matcher;
        Argument = argument;
        if (IsPathMatcher && argument is null) throw new ArgumentException("A path acceptor needs an argument.", nameof(argument));
        _expectedJson = expectedJson ?? throw new ArgumentNullException(nameof(expectedJson));
    }

    public WaiterState State { get; }
    public WaiterMatcher Matcher { get; }
    public string? Argument { get; }

    /// <summary>
    /// The compiled argument of a path matcher, else null. Compiled on first use, as <see cref="Expected"/> is
    /// parsed: a client's waiters are built with its type, and a command that never waits should not pay for
    /// compiling them (S3's were half a millisecond of every one-command process).
    /// </summary>
    public JmesPathExpression? Expression => IsPathMatcher ? _expression ??= JmesPathExpression.Compile(Argument!) : null;

    public JsonElement Expected
    {
        get
        {
            // Boxed, so that a thread that races this one sees a whole value or none (a struct write can tear).
            if (_expected is { } parsed) return parsed.Value;
            using var document = JsonDocument.Parse(_expectedJson);
            var value = document.RootElement.Clone();
            _expected = new System.Runtime.CompilerServices.StrongBox<JsonElement>(value);
            return value;
        }
    }

    private readonly string _expectedJson;
    private JmesPathExpression? _expression;
    private System.Runtime.CompilerServices.StrongBox<JsonElement>? _expected;

    private bool IsPathMatcher => Matcher is WaiterMatcher.Path or WaiterMatcher.PathAll or WaiterMatcher.PathAny;

    /// <summary>Whether the acceptor needs the response's JSON document.</summary>
    internal bool NeedsDocument => IsPathMatcher;

    /// <summary>Whether this acceptor matches a response (its status and document) or an error.</summary>
    public bool Matches(int statusCode, JsonElement? document, Errors.AwsServiceException? error)
    {
        switch (Matcher)
        {
            case WaiterMatcher.Status:
                return Expected.ValueKind == JsonValueKind.Number && Expected.TryGetInt32(out int status) && status == statusCode;
            case WaiterMatcher.Error:
                return Expected.ValueKind switch
                {
                    JsonValueKind.True => error is not null,
                    JsonValueKind.False => error is null,
                    JsonValueKind.String => error is not null && string.Equals(error.ErrorCode, Expected.GetString(), StringComparison.Ordinal),
                    _ => false,
                };
        }
        if (error is not null || document is not { } root) return false;
        var result = Expression!.Evaluate(root);
        switch (Matcher)
        {
            case WaiterMatcher.Path:
                return JmesPathExpression.ValueEquals(result, Expected);
            case WaiterMatcher.PathAll:
                if (result.ValueKind != JsonValueKind.Array || result.GetArrayLength() == 0) return false;
                foreach (var item in result.EnumerateArray())
                    if (!JmesPathExpression.ValueEquals(item, Expected)) return false;
                return true;
            case WaiterMatcher.PathAny:
                if (result.ValueKind != JsonValueKind.Array) return false;
                foreach (var item in result.EnumerateArray())
                    if (JmesPathExpression.ValueEquals(item, Expected)) return true;
                return false;
            default:
                return false;
        }
    }

    public override string ToString() =>
        $"{State.ToString().ToLowerInvariant()} when {Matcher} {(Argument is null ? "" : Argument + " ")}== {Expected.GetRawText()}";
}
