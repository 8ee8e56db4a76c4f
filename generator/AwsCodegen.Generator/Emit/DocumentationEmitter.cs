using System;
using System.IO;
using System.IO.Compression;
using System.Text;
using AwsCodegen.Generator.Model;

namespace AwsCodegen.Generator.Emit;

/// <summary>
/// Emits {Service}.Documentation.g.cs: the model's full documentation as plain text, deflated and base64-encoded in a
/// UTF-8 literal (EC2's 1.9 MB of HTML becomes about 0.3 MB), which the client's descriptor decompresses when help
/// first asks. Its own pipeline branch: a documentation edit re-emits this file only.
/// </summary>
internal static class DocumentationEmitter
{
    /// <summary>The generated method the descriptor points at.</summary>
    public const string LoaderName = "LoadDocumentation";

    public static string Emit(ServiceNames names, DocumentationSpec docs)
    {
        var w = Header.Begin(names.Namespace, System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(names.FilePath)) + "/service-2.json (documentation)");
        using (w.Block($"partial class {names.ClientName}"))
        {
            w.Line($"private static {TypeNames.Runtime}.Documents.ServiceDocumentation {LoaderName}() =>");
            using (w.Indent())
                w.Line($"{TypeNames.Runtime}.Documents.ServiceDocumentation.FromCompressedBase64(DocumentationData);");
            w.Line();
            w.Line($"/// <summary>{docs.Entries.Count} documentation texts: base64 of deflated \"key\\0text\\0...\".</summary>");
            w.Line($"private static global::System.ReadOnlySpan<byte> DocumentationData => \"{Compress(docs)}\"u8;");
        }
        return w.ToString();
    }

    private static string Compress(DocumentationSpec docs)
    {
        if (docs.Entries.IsEmpty) return "";
        var text = new StringBuilder();
        foreach (var entry in docs.Entries)
        {
            // NUL separates keys and texts; a NUL inside a text (never seen in a model) would break the split.
            text.Append(entry.Key).Append('\0').Append(entry.Text.Replace('\0', ' ')).Append('\0');
        }
        byte[] bytes = Encoding.UTF8.GetBytes(text.ToString());
        using var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
            deflate.Write(bytes, 0, bytes.Length);
        return Convert.ToBase64String(output.ToArray());
    }
}
