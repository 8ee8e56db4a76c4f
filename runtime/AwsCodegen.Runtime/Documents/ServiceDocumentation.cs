using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace AwsCodegen.Runtime.Documents;

/// <summary>
/// A service's full documentation as plain text (the generator turns the model's HTML into paragraphs and lists), for
/// help. Generated in a file of its own, compressed; decompressed once, when help first needs it.
/// Keys: <c>""</c> the service, <c>o:Operation</c>, <c>s:Shape</c>, <c>m:Shape.Member</c>.
/// </summary>
public sealed class ServiceDocumentation
{
    private readonly Dictionary<string, string> _entries;

    private ServiceDocumentation(Dictionary<string, string> entries) => _entries = entries;

    public static ServiceDocumentation Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    public int Count => _entries.Count;

    public string? Service => Find("");
    public string? Operation(string operationName) => Find("o:" + operationName);
    public string? Shape(string shapeName) => Find("s:" + shapeName);
    public string? Member(string shapeName, string memberName) => Find("m:" + shapeName + "." + memberName);

    public string? Find(string key) => _entries.TryGetValue(key, out var text) ? text : null;

    /// <summary>Decodes the generated form: base64 of deflated UTF-8 "key\0text\0key\0text...".</summary>
    public static ServiceDocumentation FromCompressedBase64(ReadOnlySpan<byte> base64)
    {
        if (base64.IsEmpty) return Empty;
        byte[] compressed = new byte[base64.Length * 3 / 4 + 3];
        var status = System.Buffers.Text.Base64.DecodeFromUtf8(base64, compressed, out _, out int written);
        if (status != System.Buffers.OperationStatus.Done)
            throw new InvalidDataException("Generated documentation data is not valid base64. Regenerate the clients.");
        using var input = new DeflateStream(new MemoryStream(compressed, 0, written), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        string text = Encoding.UTF8.GetString(output.GetBuffer(), 0, (int)output.Length);
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        int position = 0;
        while (position < text.Length)
        {
            int keyEnd = text.IndexOf('\0', position);
            if (keyEnd < 0) break;
            int valueEnd = text.IndexOf('\0', keyEnd + 1);
            if (valueEnd < 0) valueEnd = text.Length;
            entries[text.Substring(position, keyEnd - position)] = text.Substring(keyEnd + 1, valueEnd - keyEnd - 1);
            position = valueEnd + 1;
        }
        return new ServiceDocumentation(entries);
    }
}
