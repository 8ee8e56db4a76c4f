using System.IO;
using System.Text;
using System.Text.Json;
using AwsCodegen.Generator.Model;

namespace AwsCodegen.Generator.Parsing;

/// <summary>
/// Reads an endpoint-rule-set-1.json. The generator does not interpret the rules (the runtime's engine does, and is
/// tested against the whole endpoint test suite); it checks the outline so a broken file is a build error naming it,
/// and minifies the text, which the client embeds as UTF-8 (S3's 900 KB file becomes 120 KB).
/// </summary>
internal static class EndpointRuleSetCompanion
{
    public static CompanionFile Parse(string path, string text)
    {
        string directory = CompanionParser.DirectoryOf(path);
        CompanionFile Problem(string message, int line = 0, int column = 0) =>
            new(directory, path, EquatableArray<PaginatorSpec>.Empty, EquatableArray<WaiterSpec>.Empty,
                new[] { DiagnosticInfo.Create(Diagnostics.InvalidCompanionFile, path, line, column, path, message) }.ToEquatableArray());
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return Problem("an endpoint rule set must be a JSON object");
            if (!root.TryGetProperty("parameters", out var parameters) || parameters.ValueKind != JsonValueKind.Object)
                return Problem("the endpoint rule set has no 'parameters' object");
            if (!root.TryGetProperty("rules", out var rules) || rules.ValueKind != JsonValueKind.Array)
                return Problem("the endpoint rule set has no 'rules' list");
            return new CompanionFile(directory, path, EquatableArray<PaginatorSpec>.Empty, EquatableArray<WaiterSpec>.Empty,
                EquatableArray<DiagnosticInfo>.Empty, Minify(root));
        }
        catch (JsonException e)
        {
            return Problem("not valid JSON: " + e.Message, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0));
        }
    }

    private static string Minify(JsonElement root)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            root.WriteTo(writer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
