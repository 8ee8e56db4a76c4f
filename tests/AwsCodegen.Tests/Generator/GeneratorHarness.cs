using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Threading;
using AwsCodegen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AwsCodegen.Tests.Generator;

/// <summary>Runs the generator in memory over model texts, and compiles its output against the runtime.</summary>
internal static class GeneratorHarness
{
    public static GeneratorDriver CreateDriver(bool trackSteps = true, AnalyzerConfigOptionsProvider? options = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new AwsClientGenerator().AsSourceGenerator() },
            parseOptions: new CSharpParseOptions(LanguageVersion.Preview),
            optionsProvider: options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    public static CSharpCompilation EmptyCompilation() =>
        CSharpCompilation.Create("Generated_" + Guid.NewGuid().ToString("N"), Array.Empty<SyntaxTree>(),
            AwsCodegen.Conformance.Protocol.CompilationReferences.Get(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>Generates for the given models (path → JSON) and returns the run result and the compiled output.</summary>
    public static (GeneratorDriverRunResult Run, Compilation Output) Generate(params (string Path, string Json)[] models) =>
        Generate(null, models);

    /// <summary>The same, with per-file metadata (AwsNamespace, AwsAccessibility...) as MSBuild would pass it.</summary>
    public static (GeneratorDriverRunResult Run, Compilation Output) Generate(AnalyzerConfigOptionsProvider? options, params (string Path, string Json)[] models)
    {
        var driver = CreateDriver(options: options).AddAdditionalTexts(models.Select(m => (AdditionalText)new TextFile(m.Path, m.Json)).ToImmutableArray());
        driver = driver.RunGeneratorsAndUpdateCompilation(EmptyCompilation(), out var output, out _);
        return (driver.GetRunResult(), output);
    }

    /// <summary>Compiler diagnostics of warning severity or worse in the generated code.</summary>
    public static IReadOnlyList<Diagnostic> CompileProblems(Compilation output) =>
        // CS1701/CS1702: the net8.0 runtime assembly binds to this process's newer framework; harmless here.
        output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id is not ("CS1701" or "CS1702")).ToList();

    public static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join(Environment.NewLine, diagnostics.Take(15).Select(d => d.ToString()));

    public static string ReadModel(string name) =>
        File.ReadAllText(Path.Combine(TestContextDirectory(), "Generator", "models", name));

    private static string TestContextDirectory() => Path.Combine(SharedPaths.RepoRoot, "tests", "AwsCodegen.Tests");

    internal sealed class TextFile : AdditionalText
    {
        private readonly SourceText _text;
        public TextFile(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }
        public override string Path { get; }
        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
