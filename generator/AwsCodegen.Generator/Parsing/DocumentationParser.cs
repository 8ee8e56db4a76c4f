using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using AwsCodegen.Generator.Model;

namespace AwsCodegen.Generator.Parsing;

/// <summary>
/// Reads every documentation string of a model (service, operations, shapes, members) into plain text. Runs in its
/// own pipeline branch; a model that does not parse has no documentation (its code branch reports why).
/// </summary>
public static class DocumentationParser
{
    public static DocumentationSpec Parse(ModelInput input, CancellationToken cancellationToken = default)
    {
        var entries = new List<DocumentationEntry>();
        try
        {
            using var document = JsonDocument.Parse(input.Text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                Add(entries, "", root);
                if (root.Obj("operations") is { } operations)
                    foreach (var op in operations.EnumerateObject())
                        Add(entries, "o:" + op.Name, op.Value);
                if (root.Obj("shapes") is { } shapes)
                {
                    foreach (var shape in shapes.EnumerateObject())
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        Add(entries, "s:" + shape.Name, shape.Value);
                        if (shape.Value.ValueKind == JsonValueKind.Object && shape.Value.Obj("members") is { } members)
                            foreach (var member in members.EnumerateObject())
                                Add(entries, "m:" + shape.Name + "." + member.Name, member.Value);
                    }
                }
            }
        }
        catch (JsonException)
        {
            entries.Clear();
        }
        entries.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return new DocumentationSpec(input.FilePath, entries.ToEquatableArray());
    }

    private static void Add(List<DocumentationEntry> entries, string key, JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object || element.Str("documentation") is not { Length: > 0 } html) return;
        string text = DocText.FromHtml(html);
        if (text.Length > 0) entries.Add(new DocumentationEntry(key, text));
    }
}
