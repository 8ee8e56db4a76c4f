using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace AwsCodegen.Conformance.Protocol;

/// <summary>
/// Checks a captured request against an input case's "serialized" block: method, path (exact), query (as a
/// multiset), host, expected/forbidden/required headers, and the body by meaning. Every aspect that differs
/// is reported, each with its first difference.
/// </summary>
public static class RequestComparer
{
    public static string? Compare(JsonElement serialized, CapturedRequest actual, string protocol)
    {
        var differences = new List<string>();

        if (serialized.TryGetProperty("method", out var method) && method.GetString() is { } expectedMethod && expectedMethod != actual.Method)
            differences.Add($"method: expected {expectedMethod}, got {actual.Method}");

        if (serialized.TryGetProperty("uri", out var uri) && uri.GetString() is { } expectedUri)
            CompareUri(expectedUri, actual, differences);

        if (serialized.TryGetProperty("host", out var host) && host.GetString() is { } expectedHost)
            CompareHost(expectedHost, actual, differences);

        if (serialized.TryGetProperty("headers", out var headers) && headers.ValueKind == JsonValueKind.Object)
        {
            foreach (var header in headers.EnumerateObject())
            {
                string expectedValue = ScalarText(header.Value).Trim();
                string? actualValue = actual.Header(header.Name);
                if (actualValue is null)
                    differences.Add($"header {header.Name}: expected {JsonTreeComparer.Quote(expectedValue)}, got no such header");
                else if (!string.Equals(actualValue.Trim(), expectedValue, StringComparison.Ordinal))
                    differences.Add($"header {header.Name}: expected {JsonTreeComparer.Quote(expectedValue)}, got {JsonTreeComparer.Quote(actualValue.Trim())}");
            }
        }
        foreach (string name in Names(serialized, "forbidHeaders"))
        {
            if (actual.Header(name) is { } value)
                differences.Add($"header {name}: must be absent, got {JsonTreeComparer.Quote(value)}");
        }
        foreach (string name in Names(serialized, "requireHeaders"))
        {
            if (actual.Header(name) is null)
                differences.Add($"header {name}: must be present, got no such header");
        }

        // A case without "body" does not constrain it (gzip-encoded bodies, say); an empty "body" means no body.
        if (serialized.TryGetProperty("body", out var body) && body.ValueKind == JsonValueKind.String)
        {
            string? contentType = actual.Header("Content-Type")
                ?? (headers.ValueKind == JsonValueKind.Object && headers.TryGetProperty("Content-Type", out var ct) ? ct.GetString() : null);
            if (CompareBody(body.GetString()!, actual.Body, protocol, contentType) is { } difference)
                differences.Add(difference.StartsWith('$') || difference.StartsWith('/') ? "body " + difference : "body: " + difference);
        }
        return differences.Count == 0 ? null : string.Join("; ", differences);
    }

    private static void CompareUri(string expectedUri, CapturedRequest actual, List<string> differences)
    {
        int question = expectedUri.IndexOf('?', StringComparison.Ordinal);
        string expectedPath = question < 0 ? expectedUri : expectedUri[..question];
        string expectedQuery = question < 0 ? "" : expectedUri[(question + 1)..];
        // The wire form: what the transport writes on the request line.
        string actualPath = actual.Uri.AbsolutePath;
        string actualQuery = actual.Uri.Query.StartsWith('?') ? actual.Uri.Query[1..] : actual.Uri.Query;
        if (!string.Equals(expectedPath, actualPath, StringComparison.Ordinal))
        {
            string original = actual.Uri.OriginalString;
            string note = original.Contains(actualPath, StringComparison.Ordinal) ? "" : $" (the client built {JsonTreeComparer.Quote(original)})";
            differences.Add($"path: expected {JsonTreeComparer.Quote(expectedPath)}, got {JsonTreeComparer.Quote(actualPath)}{note}");
        }
        if (FormComparer.Compare(expectedQuery, actualQuery, plusIsSpace: false) is { } queryDifference)
            differences.Add($"query: {queryDifference} (expected {JsonTreeComparer.Quote(expectedQuery)}, got {JsonTreeComparer.Quote(actualQuery)})");
    }

    /// <summary>"foo.example.com" is the host; "example.com/custom" is the host plus the endpoint's base path.</summary>
    private static void CompareHost(string expectedHost, CapturedRequest actual, List<string> differences)
    {
        int slash = expectedHost.IndexOf('/', StringComparison.Ordinal);
        string hostPart = slash < 0 ? expectedHost : expectedHost[..slash];
        if (!string.Equals(hostPart, actual.Host, StringComparison.OrdinalIgnoreCase))
            differences.Add($"host: expected {JsonTreeComparer.Quote(hostPart)}, got {JsonTreeComparer.Quote(actual.Host)}");
        if (slash >= 0)
        {
            string prefix = expectedHost[slash..].TrimEnd('/');
            string path = actual.Uri.AbsolutePath;
            if (!(path == prefix || path.StartsWith(prefix + "/", StringComparison.Ordinal)))
                differences.Add($"host: expected the path under {JsonTreeComparer.Quote(prefix)}, got {JsonTreeComparer.Quote(path)}");
        }
    }

    /// <summary>Chooses how to compare a body: by the protocol, the content type, and what the expected text looks like.</summary>
    internal static string? CompareBody(string expected, byte[] actual, string protocol, string? contentType)
    {
        if (protocol.StartsWith("smithy-rpc-v2-cbor", StringComparison.Ordinal))
        {
            // CBOR cases spell the body in base64.
            byte[] expectedBytes;
            try
            {
                expectedBytes = Convert.FromBase64String(expected);
            }
            catch (FormatException)
            {
                expectedBytes = Encoding.UTF8.GetBytes(expected);
            }
            if (expectedBytes.Length == 0 || actual.Length == 0)
                return expectedBytes.Length == actual.Length ? null : $"expected {expectedBytes.Length} bytes, got {actual.Length} bytes";
            return CborComparer.Compare(expectedBytes, actual);
        }

        string actualText = Encoding.UTF8.GetString(actual);
        if (expected.Length == 0)
            return actual.Length == 0 ? null : $"expected empty, got {JsonTreeComparer.Shorten(JsonTreeComparer.Quote(actualText))}";
        string trimmed = expected.TrimStart();
        bool isForm = contentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true
            || protocol is "query" or "ec2";
        if (isForm)
            return Prefix("form", FormComparer.Compare(expected, actualText, plusIsSpace: true));
        if (protocol is "json" or "rest-json" && (trimmed.StartsWith('{') || trimmed.StartsWith('[')))
            return JsonTreeComparer.Compare(expected, actualText);
        if (trimmed.StartsWith('<'))
            return XmlComparer.Compare(expected, actualText);
        return string.Equals(expected, actualText, StringComparison.Ordinal)
            ? null
            : $"expected {JsonTreeComparer.Shorten(JsonTreeComparer.Quote(expected))}, got {JsonTreeComparer.Shorten(JsonTreeComparer.Quote(actualText))}";
    }

    private static string? Prefix(string kind, string? difference) => difference is null ? null : kind + ": " + difference;

    private static IEnumerable<string> Names(JsonElement serialized, string property) =>
        serialized.TryGetProperty(property, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(e => e.GetString() ?? "").Where(n => n.Length > 0)
            : Enumerable.Empty<string>();

    private static string ScalarText(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
}
