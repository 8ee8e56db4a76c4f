using System.Text;
using AwsCodegen.Runtime.Endpoints.Expressions;

namespace AwsCodegen.Runtime.Endpoints.Functions;

/// <summary>uriEncode(value): percent-encodes the UTF-8 bytes of everything but the RFC 3986 unreserved characters.</summary>
internal sealed class UriEncodeFunction(Expression value) : Expression
{
    public override EndpointValue Evaluate(EvaluationScope scope) =>
        value.EvaluateString(scope) is { } text ? EndpointValue.FromString(Encode(text)) : EndpointValue.None;

    public static string Encode(string text)
    {
        int i = 0;
        while (i < text.Length && IsUnreserved(text[i])) i++;
        if (i == text.Length) return text; // the common case (bucket and account names): no copy

        var builder = new StringBuilder(text.Length * 3);
        builder.Append(text, 0, i);
        byte[] bytes = Encoding.UTF8.GetBytes(text[i..]);
        foreach (byte b in bytes)
        {
            if (b < 0x80 && IsUnreserved((char)b))
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(Hex[b >> 4]).Append(Hex[b & 0xF]);
            }
        }
        return builder.ToString();
    }

    private const string Hex = "0123456789ABCDEF";

    private static bool IsUnreserved(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~';
}
