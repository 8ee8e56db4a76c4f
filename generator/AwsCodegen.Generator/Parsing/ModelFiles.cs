using System;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AwsCodegen.Generator.Parsing;

/// <summary>Which AdditionalFiles are service models, and what options their project set on them.</summary>
internal static class ModelFiles
{
    public const string FileName = "service-2.json";
    public const string NamespaceMetadata = "build_metadata.AdditionalFiles.AwsNamespace";
    public const string ServiceNameMetadata = "build_metadata.AdditionalFiles.AwsServiceName";
    public const string AccessibilityMetadata = "build_metadata.AdditionalFiles.AwsAccessibility";

    /// <summary>Exactly service-2.json: service-2.sdk-extras.json and other neighbours must not match.</summary>
    public static bool IsServiceModel(string path) => string.Equals(Path.GetFileName(path), FileName, StringComparison.Ordinal);

    /// <summary>
    /// botocore's name of the service: the directory holding the model (models/dynamodb/service-2.json), or the one
    /// above it in botocore's own layout (data/dynamodb/2012-08-10/service-2.json).
    /// </summary>
    public static string BotocoreName(string path)
    {
        string? directory = Path.GetDirectoryName(path);
        string name = Path.GetFileName(directory) ?? "";
        if (IsApiVersion(name)) name = Path.GetFileName(Path.GetDirectoryName(directory)) ?? name;
        return name.Length == 0 ? "service" : name.ToLowerInvariant();
    }

    private static bool IsApiVersion(string name) =>
        name.Length == 10 && name[4] == '-' && name[7] == '-' && char.IsDigit(name[0]) && char.IsDigit(name[9]);

    public static ModelInput ReadInput(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        string text = file.GetText(cancellationToken)?.ToString() ?? "";
        var fileOptions = options.GetOptions(file);
        fileOptions.TryGetValue(NamespaceMetadata, out var ns);
        fileOptions.TryGetValue(ServiceNameMetadata, out var serviceName);
        fileOptions.TryGetValue(AccessibilityMetadata, out var accessibility);
        return new ModelInput(file.Path, text, NullIfBlank(ns), NullIfBlank(serviceName), NullIfBlank(accessibility));
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
}
