using Microsoft.CodeAnalysis.Diagnostics;

namespace AwsCodegen.Generator.Parsing;

/// <summary>
/// The project-wide options (MSBuild properties made visible to the compiler by the package's props):
/// AwsCodegenCliMetadata=true adds each client's descriptor, full documentation and the service index, which the
/// CLI and document calls need and an application does not; AwsCodegenServiceIndexNamespace names the index's namespace.
/// </summary>
public sealed record GeneratorOptions(bool CliMetadata, string ServiceIndexNamespace)
{
    public const string CliMetadataProperty = "build_property.AwsCodegenCliMetadata";
    public const string ServiceIndexNamespaceProperty = "build_property.AwsCodegenServiceIndexNamespace";

    public static GeneratorOptions Default { get; } = new(false, Emit.ServiceIndexEmitter.DefaultNamespace);

    public static GeneratorOptions Read(AnalyzerConfigOptions global)
    {
        global.TryGetValue(CliMetadataProperty, out var cli);
        global.TryGetValue(ServiceIndexNamespaceProperty, out var ns);
        return new GeneratorOptions(
            string.Equals(cli?.Trim(), "true", System.StringComparison.OrdinalIgnoreCase),
            string.IsNullOrWhiteSpace(ns) ? Emit.ServiceIndexEmitter.DefaultNamespace : ns!.Trim());
    }
}
