using System.Text.Encodings.Web;
using System.Text.Json;
using AwsCodegen.Cli.Engine;

namespace AwsCodegen.Cli.Commands;

/// <summary>Writes a command's result in the output format the command's settings chose.</summary>
internal static class OutputWriter
{
    private static readonly JsonWriterOptions s_json = new()
    {
        Indented = true,
        IndentSize = 4,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes one result; <paramref name="queried"/> tells whether --query shaped it.</summary>
    public static void Write(CommandContext context, string operationName, JsonElement result, bool queried)
    {
        // aws-cli prints nothing for an operation whose output is empty, unless a query asked for something.
        if (!queried && result.ValueKind == JsonValueKind.Object && !result.EnumerateObject().MoveNext()) return;
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, s_json)) result.WriteTo(writer);
        context.Out.Write(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
        context.Out.Write('\n');
    }
}
