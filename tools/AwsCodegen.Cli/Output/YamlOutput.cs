using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace AwsCodegen.Cli.Output;

/// <summary>
/// aws-cli v2's yaml and yaml-stream output (aws-cli v1 has neither). v2's YAMLFormatter prints nothing for an empty
/// response ({}) and dumps anything else as one YAML document; StreamedYAMLFormatter dumps each page as a list of one
/// item, <c>dump([page])</c>, so the pages concatenate into one YAML sequence, with no "---" between them.
/// The emitter's rules are in <see cref="YamlEmitter"/>.
/// </summary>
internal static class YamlOutput
{
    public static void Write(JsonElement response, TextWriter output)
    {
        if (response.ValueKind == JsonValueKind.Object && !response.EnumerateObject().MoveNext()) return;
        output.Write(YamlEmitter.Dump(response));
    }

    public static void WriteStream(IEnumerable<JsonElement> pages, TextWriter output)
    {
        foreach (var page in pages) output.Write(YamlEmitter.DumpAsListItem(page));
    }
}
