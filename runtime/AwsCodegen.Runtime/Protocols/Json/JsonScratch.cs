using System;
using System.Text.Json;

namespace AwsCodegen.Runtime.Protocols.Json;

/// <summary>
/// A Utf8JsonWriter over a pooled buffer, kept one per thread: serializing a request body then allocates nothing but
/// the body itself. Taken and given back around one synchronous serialization; a nested one (none today) would simply
/// get a fresh instance.
/// </summary>
internal sealed class JsonScratch
{
    private static readonly JsonWriterOptions Options = new() { SkipValidation = true, Indented = false };

    [ThreadStatic]
    private static JsonScratch? t_cached;

    private JsonScratch() => Writer = new Utf8JsonWriter(Buffer, Options);

    public PooledByteWriter Buffer { get; } = new();

    public Utf8JsonWriter Writer { get; }

    public static JsonScratch Take()
    {
        var scratch = t_cached;
        t_cached = null;
        return scratch ?? new JsonScratch();
    }

    /// <summary>Clears the writer (even after a failed serialization) and the buffer, whose array goes back to the pool.</summary>
    public static void Give(JsonScratch scratch)
    {
        scratch.Writer.Reset();
        scratch.Buffer.Reset();
        t_cached = scratch;
    }
}
