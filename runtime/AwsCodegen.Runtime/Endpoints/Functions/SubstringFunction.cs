using AwsCodegen.Runtime.Endpoints.Expressions;

namespace AwsCodegen.Runtime.Endpoints.Functions;

/// <summary>
/// substring(input, start, stop, reverse): the characters [start, stop) of an ASCII string, counted from the end when
/// reverse is true; none when the range does not fit or the input has a non-ASCII character (indexes would otherwise
/// depend on the encoding: UTF-16 units here, code points or bytes elsewhere).
/// </summary>
internal sealed class SubstringFunction(Expression input, Expression start, Expression stop, Expression reverse) : Expression
{
    public override EndpointValue Evaluate(EvaluationScope scope)
    {
        if (input.EvaluateString(scope) is not { } text) return EndpointValue.None;
        var startValue = start.Evaluate(scope);
        var stopValue = stop.Evaluate(scope);
        if (startValue.Kind != EndpointValueKind.Number || stopValue.Kind != EndpointValueKind.Number) return EndpointValue.None;
        reverse.Evaluate(scope).TryGetBoolean(out bool fromEnd);
        return Apply(text, (int)startValue.AsNumber(), (int)stopValue.AsNumber(), fromEnd) is { } result
            ? EndpointValue.FromString(result)
            : EndpointValue.None;
    }

    public static string? Apply(string input, int start, int stop, bool reverse)
    {
        if (start < 0 || start >= stop || input.Length < stop) return null;
        foreach (char c in input)
        {
            if (c > '\x7f') return null;
        }
        return reverse ? input.Substring(input.Length - stop, stop - start) : input.Substring(start, stop - start);
    }
}
