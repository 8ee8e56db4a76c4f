using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AwsCodegen.Conformance.Protocol;

/// <summary>A service model handed to the generator as an AdditionalFiles item, without touching the disk.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text, Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>
/// What MSBuild would give the generator for each AdditionalFiles item with metadata: the namespace, which is how
/// one compilation holds many services without their generated names colliding, and any other option a test sets.
/// </summary>
internal sealed class ModelOptionsProvider : AnalyzerConfigOptionsProvider
{
    public const string NamespaceKey = "build_metadata.AdditionalFiles.AwsNamespace";

    private readonly Dictionary<string, AnalyzerConfigOptions> _byPath = new(StringComparer.Ordinal);

    public void SetNamespace(string path, string ns) => Set(path, NamespaceKey, ns);

    /// <summary>Sets one metadata value of a file, such as "build_metadata.AdditionalFiles.AwsAccessibility".</summary>
    public void Set(string path, string key, string value)
    {
        var values = _byPath.TryGetValue(path, out var existing) ? ((DictionaryOptions)existing).Values : new Dictionary<string, string>();
        values[key] = value;
        _byPath[path] = new DictionaryOptions(values);
    }

    public override AnalyzerConfigOptions GlobalOptions => _global;

    private AnalyzerConfigOptions _global = DictionaryOptions.Empty;

    /// <summary>Sets one project-wide property, such as "build_property.AwsCodegenCliMetadata".</summary>
    public void SetGlobal(string key, string value)
    {
        var values = ((DictionaryOptions)_global).Values;
        values[key] = value;
        _global = new DictionaryOptions(values);
    }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _byPath.TryGetValue(textFile.Path, out var options) ? options : DictionaryOptions.Empty;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        private readonly Dictionary<string, string> _values;

        public DictionaryOptions(Dictionary<string, string> values) =>
            _values = new Dictionary<string, string>(values, KeyComparer);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) =>
            _values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => _values.Keys;

        public Dictionary<string, string> Values => new(_values, KeyComparer);
    }
}
