namespace AwsCodegen.Cli.Output;

/// <summary>
/// The values of <c>--output</c> and of the config file's <c>output</c>. aws-cli 1.45.11 knows json, text and table;
/// yaml and yaml-stream are aws-cli v2's, which awscg offers as well.
/// </summary>
public enum OutputFormat
{
    Json,
    Text,
    Table,
    Yaml,
    YamlStream,
}
