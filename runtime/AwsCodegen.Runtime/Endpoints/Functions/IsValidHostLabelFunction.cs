using AwsCodegen.Runtime.Endpoints.Expressions;

namespace AwsCodegen.Runtime.Endpoints.Functions;

/// <summary>
/// isValidHostLabel(value, allowSubDomains): an RFC 1123 label (1 to 63 ASCII letters, digits and hyphens, not
/// starting or ending with a hyphen), or with allowSubDomains a dot-separated run of them. Hand-written rather than a
/// regex: it runs on every resolution and the rule is short.
/// </summary>
internal sealed class IsValidHostLabelFunction(Expression value, Expression allowSubDomains) : Expression
{
    public override EndpointValue Evaluate(EvaluationScope scope)
    {
        if (value.EvaluateString(scope) is not { } text) return EndpointValue.False;
        allowSubDomains.Evaluate(scope).TryGetBoolean(out bool subDomains);
        return EndpointValue.FromBoolean(IsValid(text, subDomains));
    }

    public static bool IsValid(string text, bool allowSubDomains)
    {
        if (!allowSubDomains) return IsLabel(text, 0, text.Length);
        int start = 0;
        while (true)
        {
            int dot = text.IndexOf('.', start);
            int end = dot < 0 ? text.Length : dot;
            if (!IsLabel(text, start, end)) return false;
            if (dot < 0) return true;
            start = dot + 1;
        }
    }

    private static bool IsLabel(string text, int start, int end)
    {
        int length = end - start;
        if (length < 1 || length > 63 || text[start] == '-' || text[end - 1] == '-') return false;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (!char.IsAsciiLetterOrDigit(c) && c != '-') return false;
        }
        return true;
    }
}
