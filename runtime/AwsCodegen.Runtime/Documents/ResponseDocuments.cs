using System;
using System.Buffers;
using System.Text.Json;

namespace AwsCodegen.Runtime.Documents;

/// <summary>
/// The JSON document form of a typed response (model member names, as the JSON document bindings write it), which is
/// what the JMESPath expressions of paginators and waiters are written against.
/// </summary>
public static class ResponseDocuments
{
    /// <summary>Writes <paramref name="response"/> with <paramref name="write"/> and parses the result. Dispose the document.</summary>
    public static JsonDocument ToDocument<TResponse>(TResponse response, Action<Utf8JsonWriter, TResponse> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
            write(writer, response);
        return JsonDocument.Parse(buffer.WrittenMemory);
    }
}
