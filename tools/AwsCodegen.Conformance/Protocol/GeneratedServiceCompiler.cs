using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AwsCodegen.Conformance.Protocol;

/// <summary>
/// Runs the real generator over a file's models in one compilation, compiles the output against the runtime
/// and loads it. A model whose generation or compilation fails is set aside with its first diagnostics, and the
/// rest are compiled without it, so that one broken suite never hides the results of the others.
/// </summary>
public static class GeneratedServiceCompiler
{
    private const int DiagnosticsShown = 3;

    // Rounds of "drop the failing models, compile again": each round drops at least one model, and a handful
    // of rounds covers real runs; past that, whatever still fails is reported as is.
    private const int MaxRounds = 8;

    // Preview: this Roslyn (4.14, pinned to match the tests) is older than the SDK's compiler, whose "latest"
    // the real builds use; Preview is the closest this one gets to accepting what that one accepts.
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    private static int s_counter;

    /// <summary>
    /// Generates, compiles and loads the models with the project's generator. With <paramref name="cliMetadata"/>
    /// the clients also get their descriptors (AwsCodegenCliMetadata), which document calls by descriptor need.
    /// </summary>
    public static CompiledServices Compile(string name, IReadOnlyList<ServiceModel> models, bool cliMetadata = false)
    {
        var generator = GeneratorLocator.Create(out string? locateError);
        if (generator is not null) return Compile(name, models, generator, cliMetadata);
        return new CompiledServices(null, null, models.ToDictionary(m => m, _ => "generator: " + locateError));
    }

    /// <summary>The same with a given generator (the tests use stand-ins that fail on purpose).</summary>
    internal static CompiledServices Compile(string name, IReadOnlyList<ServiceModel> models, ISourceGenerator generator, bool cliMetadata = false)
    {
        var failures = new Dictionary<ServiceModel, string>();
        var trees = Generate(generator, models, failures, cliMetadata);
        var remaining = models.Where(m => !failures.ContainsKey(m)).ToList();
        trees = trees.Where(t => !TouchesAny(t, failures.Keys)).ToList();
        if (remaining.Count == 0) return new CompiledServices(null, null, failures);

        CSharpCompilation compilation = CreateCompilation(name);
        for (int round = 0; ; round++)
        {
            var candidate = compilation.AddSyntaxTrees(trees);
            var errors = candidate.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count == 0)
            {
                compilation = candidate;
                break;
            }
            var (attributed, unattributed) = Attribute(errors, remaining);
            if (unattributed.Count > 0 || round >= MaxRounds)
            {
                // Nothing says which model is at fault: every remaining model shares the blame.
                string text = Describe("compile", unattributed.Count > 0 ? unattributed : errors);
                foreach (var model in remaining) failures[model] = text;
                return new CompiledServices(null, null, failures);
            }
            foreach (var pair in attributed) failures[pair.Key] = Describe("compile", pair.Value);
            remaining = remaining.Where(m => !failures.ContainsKey(m)).ToList();
            trees = trees.Where(t => !TouchesAny(t, failures.Keys)).ToList();
            if (remaining.Count == 0) return new CompiledServices(null, null, failures);
        }

        using var image = new MemoryStream();
        var emit = compilation.Emit(image);
        if (!emit.Success)
        {
            string text = Describe("emit", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList());
            foreach (var model in remaining) failures[model] = text;
            return new CompiledServices(null, null, failures);
        }
        image.Position = 0;
        var context = new GeneratedCodeLoadContext(name);
        var assembly = context.LoadFromStream(image);
        return new CompiledServices(context, assembly, failures);
    }

    /// <summary>
    /// Runs the generator once over all models. Errors it reports against a model file (or a crash) fail that
    /// model; errors it reports without saying where are traced by running it again on each model alone.
    /// </summary>
    private static List<SyntaxTree> Generate(ISourceGenerator generator, IReadOnlyList<ServiceModel> models, Dictionary<ServiceModel, string> failures, bool cliMetadata)
    {
        var (result, errors) = RunGenerator(generator, models, cliMetadata);
        var unattributed = new List<Diagnostic>();
        var byModel = new Dictionary<ServiceModel, List<Diagnostic>>();
        foreach (var error in errors)
        {
            string? path = error.Location.IsInSource ? error.Location.SourceTree?.FilePath : error.Location.GetLineSpan().Path;
            var model = models.FirstOrDefault(m => string.Equals(m.Path, path, StringComparison.Ordinal))
                ?? models.FirstOrDefault(m => error.GetMessage(CultureInfo.InvariantCulture).Contains(m.Path, StringComparison.Ordinal));
            if (model is null) unattributed.Add(error);
            else (byModel.TryGetValue(model, out var list) ? list : byModel[model] = new List<Diagnostic>()).Add(error);
        }
        string? crash = result.Exception is { } exception ? $"generator threw {exception.GetType().Name}: {exception.Message}" : null;

        if ((unattributed.Count > 0 || crash is not null) && models.Count > 1)
        {
            // Isolate: whatever fails on its own is at fault; the combined output is still used for the rest.
            foreach (var model in models)
            {
                var (alone, aloneErrors) = RunGenerator(generator, new[] { model }, cliMetadata);
                if (alone.Exception is { } e) failures[model] = $"generator threw {e.GetType().Name}: {e.Message}";
                else if (aloneErrors.Count > 0) failures[model] = Describe("generator", aloneErrors);
            }
            if (crash is not null)
            {
                // A crashed run's output is incomplete: use each healthy model's own output instead.
                var trees = new List<SyntaxTree>();
                foreach (var model in models.Where(m => !failures.ContainsKey(m)))
                    trees.AddRange(RunGenerator(generator, new[] { model }, cliMetadata).Result.GeneratedSources.Select(s => s.SyntaxTree));
                return trees;
            }
        }
        else if (crash is not null)
        {
            foreach (var model in models) failures[model] = crash;
        }
        else if (unattributed.Count > 0)
        {
            foreach (var model in models) failures[model] = Describe("generator", unattributed);
        }
        foreach (var pair in byModel) failures[pair.Key] = Describe("generator", pair.Value);
        return result.GeneratedSources.Select(s => s.SyntaxTree).ToList();
    }

    private static (GeneratorRunResult Result, List<Diagnostic> Errors) RunGenerator(ISourceGenerator generator, IReadOnlyList<ServiceModel> models, bool cliMetadata)
    {
        var options = new ModelOptionsProvider();
        if (cliMetadata) options.SetGlobal(AwsCodegen.Generator.Parsing.GeneratorOptions.CliMetadataProperty, "true");
        var texts = new List<AdditionalText>();
        foreach (var model in models)
        {
            texts.Add(new InMemoryAdditionalText(model.Path, model.Json));
            options.SetNamespace(model.Path, model.Namespace);
        }
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { generator }, texts, ParseOptions, options);
        driver = driver.RunGenerators(CreateCompilation("GeneratorInput"), CancellationToken.None);
        var run = driver.GetRunResult();
        var result = run.Results.Single();
        // A generator that throws is reported by Roslyn as a warning (CS8784/CS8785); here it is a failure.
        var errors = run.Diagnostics.Concat(result.Diagnostics)
            .Where(d => d.Severity == DiagnosticSeverity.Error || d.Id is "CS8784" or "CS8785")
            .Distinct()
            .ToList();
        return (result, errors);
    }

    private static CSharpCompilation CreateCompilation(string name) =>
        CSharpCompilation.Create(
            SanitizeAssemblyName(name) + "_" + Interlocked.Increment(ref s_counter).ToString(CultureInfo.InvariantCulture),
            Array.Empty<SyntaxTree>(),
            CompilationReferences.Get(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: true));

    private static string SanitizeAssemblyName(string name) =>
        "Conformance." + new string(name.Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());

    /// <summary>Maps each compile error to the model whose namespace encloses it.</summary>
    private static (Dictionary<ServiceModel, List<Diagnostic>>, List<Diagnostic>) Attribute(List<Diagnostic> errors, List<ServiceModel> models)
    {
        var attributed = new Dictionary<ServiceModel, List<Diagnostic>>();
        var unattributed = new List<Diagnostic>();
        foreach (var error in errors)
        {
            ServiceModel? model = null;
            if (error.Location.SourceTree is { } tree)
            {
                model = ModelOf(NamespaceAt(tree, error.Location.SourceSpan), models);
                if (model is null)
                {
                    var touched = models.Where(m => NamespacesIn(tree).Any(ns => Encloses(m, ns))).ToList();
                    if (touched.Count == 1) model = touched[0];
                }
            }
            if (model is null) unattributed.Add(error);
            else (attributed.TryGetValue(model, out var list) ? list : attributed[model] = new List<Diagnostic>()).Add(error);
        }
        return (attributed, unattributed);
    }

    private static ServiceModel? ModelOf(string? ns, IEnumerable<ServiceModel> models) =>
        ns is null ? null : models.Where(m => Encloses(m, ns)).OrderByDescending(m => m.Namespace.Length).FirstOrDefault();

    private static bool Encloses(ServiceModel model, string ns) =>
        ns == model.Namespace || ns.StartsWith(model.Namespace + ".", StringComparison.Ordinal);

    private static bool TouchesAny(SyntaxTree tree, IEnumerable<ServiceModel> models)
    {
        var namespaces = NamespacesIn(tree);
        return models.Any(m => namespaces.Any(ns => Encloses(m, ns)));
    }

    private static List<string> NamespacesIn(SyntaxTree tree) =>
        tree.GetRoot().DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
            .OfType<BaseNamespaceDeclarationSyntax>()
            .Select(FullName)
            .ToList();

    private static string? NamespaceAt(SyntaxTree tree, Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        var root = tree.GetRoot();
        if (span.End > root.FullSpan.End) return null;
        var node = root.FindToken(span.Start).Parent;
        var ns = node?.AncestorsAndSelf().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault();
        return ns is null ? null : FullName(ns);
    }

    private static string FullName(BaseNamespaceDeclarationSyntax ns) =>
        string.Join(".", ns.AncestorsAndSelf().OfType<BaseNamespaceDeclarationSyntax>().Reverse().Select(n => n.Name.ToString()));

    /// <summary>The first few diagnostics on one line, with the generated file and position.</summary>
    internal static string Describe(string stage, IReadOnlyList<Diagnostic> diagnostics)
    {
        var shown = diagnostics.Take(DiagnosticsShown).Select(d =>
        {
            string where = "";
            if (d.Location.IsInSource || d.Location.Kind == LocationKind.ExternalFile)
            {
                var span = d.Location.GetLineSpan();
                where = $" at {Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
            }
            return $"{d.Id}{where}: {d.GetMessage(CultureInfo.InvariantCulture)}";
        });
        string more = diagnostics.Count > DiagnosticsShown ? $" (+{diagnostics.Count - DiagnosticsShown} more)" : "";
        return $"{stage}: {string.Join("; ", shown)}{more}";
    }
}
