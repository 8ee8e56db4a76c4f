using System;
using System.Diagnostics;
using System.Text;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Diagnostics;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime.Pipeline;

/// <summary>
/// Traces each attempt to the client's <see cref="IRequestLog"/>: the signed request (method, URL, headers, body size
/// and, when it is text and small, the body) and the response (status, headers, elapsed time, and the buffered body when
/// it is text and small). It runs after signing, so it shows what went on the wire; credentials and signatures are
/// redacted, and so are the values of sensitive headers (tokens, keys, copy-source customer keys).
/// </summary>
public sealed class LoggingPolicy : PipelinePolicy
{
    private const int MaxLoggedBody = 4096;
    private readonly IRequestLog _log;

    public LoggingPolicy(IRequestLog log) => _log = log;

    public override async ValueTask<AwsHttpResponse> SendAsync(PipelineContext context, PipelineNext next)
    {
        var request = context.Request;
        var text = new StringBuilder();
        text.Append("request ").Append(context.Configuration.Service.ServiceId).Append(' ').Append(context.OperationName)
            .Append(" attempt ").Append(context.Attempt).Append(": ").Append(request.Method).Append(' ').Append(request.BuildUri());
        foreach (var header in request.Headers) AppendHeader(text, header.Key, header.Value);
        AppendBody(text, request.Content);
        _log.Write(text.ToString());

        var started = Stopwatch.GetTimestamp();
        AwsHttpResponse response;
        try
        {
            response = await next.SendAsync(context).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            _log.Write($"response {context.OperationName} attempt {context.Attempt}: failed after {Elapsed(started)}: {e.GetType().Name}: {e.Message}");
            throw;
        }
        text.Clear();
        text.Append("response ").Append(context.OperationName).Append(" attempt ").Append(context.Attempt).Append(": HTTP ")
            .Append(response.StatusCode).Append(" after ").Append(Elapsed(started));
        foreach (var header in response.Headers) AppendHeader(text, header.Key, header.Value);
        if (response.IsBuffered) AppendText(text, response.Body.Span);
        else text.Append("\n  (body streamed)");
        _log.Write(text.ToString());
        return response;
    }

    private static string Elapsed(long started) =>
        Stopwatch.GetElapsedTime(started).TotalMilliseconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " ms";

    private static void AppendHeader(StringBuilder text, string name, string value) =>
        text.Append("\n  ").Append(name).Append(": ").Append(Redact(name, value));

    /// <summary>The value as it may be logged: the signature and secrets are replaced, the rest is kept.</summary>
    internal static string Redact(string name, string value)
    {
        if (name.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
        {
            // Keep the algorithm, the access key id's scope and the signed headers; they help; the signature does not.
            int signature = value.IndexOf("Signature=", StringComparison.Ordinal);
            return signature < 0 ? "<redacted>" : value[..(signature + "Signature=".Length)] + "<redacted>";
        }
        if (name.Equals("X-Amz-Security-Token", StringComparison.OrdinalIgnoreCase) ||
            name.Contains("customer-key", StringComparison.OrdinalIgnoreCase) ||
            name.Equals("Cookie", StringComparison.OrdinalIgnoreCase) || name.Equals("Set-Cookie", StringComparison.OrdinalIgnoreCase))
            return "<redacted>";
        return value;
    }

    private static void AppendBody(StringBuilder text, RequestContent? content)
    {
        switch (content)
        {
            case null:
                return;
            case BytesRequestContent bytes:
                AppendText(text, bytes.Bytes.Span);
                return;
            default:
                text.Append("\n  (body streamed, ").Append(content.Length is { } length ? length + " bytes" : "length unknown").Append(')');
                return;
        }
    }

    private static void AppendText(StringBuilder text, ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty) return;
        if (body.Length > MaxLoggedBody || !LooksLikeText(body))
        {
            text.Append("\n  (body ").Append(body.Length).Append(" bytes)");
            return;
        }
        // Query-protocol bodies carry no secrets of their own, but STS and SSO responses do: their credential fields are cut.
        text.Append("\n  body: ").Append(RedactSecrets(Encoding.UTF8.GetString(body)));
    }

    private static bool LooksLikeText(ReadOnlySpan<byte> body)
    {
        foreach (byte b in body)
            if (b < 0x09 || (b > 0x0d && b < 0x20)) return false;
        return true;
    }

    private static readonly string[] s_secretFields = { "SecretAccessKey", "SessionToken", "secretAccessKey", "sessionToken", "accessToken" };

    /// <summary>Replaces the value after each secret field name, in JSON ("Name": "v") and in XML (&lt;Name&gt;v&lt;/Name&gt;).</summary>
    internal static string RedactSecrets(string body)
    {
        foreach (var field in s_secretFields)
        {
            int at = 0;
            while ((at = body.IndexOf(field, at, StringComparison.Ordinal)) >= 0)
            {
                at += field.Length;
                int start, end;
                if (at < body.Length && body[at] == '>')
                {
                    start = at + 1;
                    end = body.IndexOf('<', start);
                }
                else if (at + 1 < body.Length && body[at] == '"' && body.IndexOf(':', at) is int colon and > 0 && body.IndexOf('"', colon) is int open and > 0)
                {
                    start = open + 1;
                    end = body.IndexOf('"', start);
                }
                else continue;
                if (end < 0) break;
                body = body[..start] + "<redacted>" + body[end..];
                at = start + "<redacted>".Length;
            }
        }
        return body;
    }
}
