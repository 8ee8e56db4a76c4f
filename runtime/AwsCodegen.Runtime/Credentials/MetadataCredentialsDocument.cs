using System;
using System.Globalization;
using System.Text.Json;
using AwsCodegen.Runtime.Auth;

namespace AwsCodegen.Runtime.Credentials;

/// <summary>
/// The JSON credentials document that the ECS container endpoint and EC2 instance metadata both serve:
/// AccessKeyId, SecretAccessKey, Token and Expiration (ISO 8601), plus Code ("Success") from instance metadata.
/// </summary>
internal static class MetadataCredentialsDocument
{
    /// <param name="body">The response body.</param>
    /// <param name="source">What served it, for the error message (never the body: it may hold a secret).</param>
    public static AwsCredentials Parse(string body, string source)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new CredentialsException($"{source} answered with JSON that is not an object.");
            if (String(root, "Code") is { } code && !string.Equals(code, "Success", StringComparison.Ordinal))
                throw new CredentialsException($"{source} answered with Code '{code}'{(String(root, "Message") is { } m ? ": " + m : "")}.");
            string accessKeyId = String(root, "AccessKeyId") ?? throw Missing(source, "AccessKeyId");
            string secretAccessKey = String(root, "SecretAccessKey") ?? throw Missing(source, "SecretAccessKey");
            return new AwsCredentials(accessKeyId, secretAccessKey, String(root, "Token"), Expiration(root, source));
        }
        catch (JsonException e)
        {
            throw new CredentialsException($"{source} did not answer with a JSON credentials document ({e.Message}).", e);
        }
    }

    private static DateTimeOffset? Expiration(JsonElement root, string source)
    {
        if (String(root, "Expiration") is not { } text) return null;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var expiration))
            return expiration;
        throw new CredentialsException($"{source} answered with an Expiration '{text}' that is not an ISO 8601 time.");
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s ? s : null;

    private static CredentialsException Missing(string source, string member) =>
        new($"{source} answered without {member}.");
}
