using System;

namespace AwsCodegen.Cli.Parameters;

public enum CliInputFormat : byte
{
    Json,
    Yaml,
}

/// <summary>The value of <c>--cli-input-json</c> or <c>--cli-input-yaml</c> as given: the text itself or a file:// reference.</summary>
public sealed record CliInput(CliInputFormat Format, string Value)
{
    public string ParameterName => Format == CliInputFormat.Json ? "cli-input-json" : "cli-input-yaml";

    /// <summary>
    /// The input's members, as aws-cli reads them: a file:// or fileb:// reference is loaded, the text parsed (JSON
    /// into plain dicts; YAML by <see cref="MiniYaml"/>).
    /// </summary>
    /// <exception cref="ParameterException">The file cannot be read, the text does not parse, or it is no mapping.</exception>
    public CliMap Read(ParameterContext context)
    {
        string text;
        try
        {
            text = ParameterFiles.TryLoad(Value, context) switch
            {
                CliString s => s.Value,
                CliBytes b => System.Text.Encoding.UTF8.GetString(b.Value),
                _ => Value,
            };
        }
        catch (ResourceLoadingException e)
        {
            throw ParameterException.Other(e.Message);
        }
        CliValue parsed;
        if (Format == CliInputFormat.Json)
        {
            try
            {
                parsed = PythonJson.Parse(text, ordered: false);
            }
            catch (PythonJsonException e)
            {
                // aws-cli names this parameter without its dashes.
                throw ParameterException.Parsing(ParameterName, "Invalid JSON: " + e.Message + "\nJSON received: " + text);
            }
        }
        else
        {
            try
            {
                parsed = MiniYaml.Parse(text);
            }
            catch (YamlException e)
            {
                throw ParameterException.Parsing(ParameterName, "Invalid YAML: " + e.Message + "\nYAML received: " + text);
            }
            if (parsed is CliNone) parsed = new CliMap();
        }
        return parsed as CliMap
            ?? throw ParameterException.Other($"'{PythonRepr.TypeName(parsed)}' object has no attribute 'keys'");
    }

    /// <summary>aws-cli's merge: the input's members that the command line did not set, after the command line's.</summary>
    public static void MergeInto(CliMap parameters, CliMap input)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(input);
        foreach (var (key, value) in input.Entries)
            if (!parameters.ContainsKey(key)) parameters.Set(key, value);
    }
}
