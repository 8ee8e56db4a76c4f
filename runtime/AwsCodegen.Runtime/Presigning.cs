using System;
using System.Collections.Generic;
using System.Text;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime;

/// <summary>
/// What presigning does to a written request beyond signing it: a form body (the query protocols) moves into the
/// query string, since a URL carries no body, and the request becomes a GET that a browser or curl can make.
/// </summary>
internal static class Presigning
{
    public static void MoveFormBodyToQuery(AwsHttpRequest request)
    {
        if (request.Content is not BytesRequestContent { ContentType: { } type } form ||
            !type.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)) return;
        string body = Encoding.UTF8.GetString(form.Bytes.Span);
        foreach (var pair in body.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = pair.IndexOf('=');
            string name = Decode(eq < 0 ? pair : pair.Substring(0, eq));
            request.Query.Add(new(name, eq < 0 ? "" : Decode(pair.Substring(eq + 1))));
        }
        request.Content = null;
        request.Method = "GET";
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    /// <summary>The headers the holder of the URL must send: every signed one but Host, and the body's Content-Type.</summary>
    public static List<KeyValuePair<string, string>> HeadersToSend(AwsHttpRequest request)
    {
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var header in request.Headers)
        {
            if (!string.Equals(header.Key, "Host", StringComparison.OrdinalIgnoreCase)) headers.Add(header);
        }
        if (request.Content?.ContentType is { } contentType) headers.Add(new("Content-Type", contentType));
        return headers;
    }

    /// <summary>The body the signature covers, which must be sent as is; null when the payload is unsigned or empty.</summary>
    public static ReadOnlyMemory<byte>? SignedBody(AwsHttpRequest request, SigV4SigningDetails details) =>
        details.PayloadHash != SigV4PayloadHash.UnsignedPayload && request.Content is BytesRequestContent { Bytes.Length: > 0 } bytes
            ? bytes.Bytes
            : (ReadOnlyMemory<byte>?)null;
}
