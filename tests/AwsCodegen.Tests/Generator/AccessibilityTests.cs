using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AwsCodegen.Conformance.Protocol;
using AwsCodegen.Generator;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace AwsCodegen.Tests.Generator;

/// <summary>
/// AdditionalFiles metadata AwsAccessibility="internal" declares every top-level generated type internal (the
/// runtime compiles its own STS client that way); unset or "public" keeps them public.
/// </summary>
public class AccessibilityTests
{
    private const string Key = "build_metadata.AdditionalFiles.AwsAccessibility";
    private const string FeaturesPath = "/repo/models/features/service-2.json";
    private const string PagingDir = "/repo/models/paging/";

    private static readonly (string Path, string Json)[] Models =
    {
        (FeaturesPath, GeneratorHarness.ReadModel("features.json")),
        (PagingDir + "service-2.json", GeneratorHarness.ReadModel("paging/service-2.json")),
        (PagingDir + "paginators-1.json", GeneratorHarness.ReadModel("paging/paginators-1.json")),
        (PagingDir + "waiters-2.json", GeneratorHarness.ReadModel("paging/waiters-2.json")),
    };

    private static ModelOptionsProvider Accessibility(string value)
    {
        var options = new ModelOptionsProvider();
        options.Set(FeaturesPath, Key, value);
        options.Set(PagingDir + "service-2.json", Key, value);
        return options;
    }

    /// <summary>Every top-level type the generator declared (the generated trees are the compilation's only source).</summary>
    private static List<INamedTypeSymbol> GeneratedTypes(Compilation output) =>
        output.SyntaxTrees
            .Select(tree => output.GetSemanticModel(tree))
            .SelectMany(model => model.SyntaxTree.GetRoot().DescendantNodes()
                .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax>()
                .Select(declaration => model.GetDeclaredSymbol(declaration)))
            .OfType<INamedTypeSymbol>()
            .Where(type => type.ContainingType is null)
            .Distinct<INamedTypeSymbol>(SymbolEqualityComparer.Default)
            .ToList();

    [TestCase("internal")]
    [TestCase("Internal")]
    public void Internal_CompilesWithoutWarnings_AndEveryTopLevelTypeIsInternal(string value)
    {
        var (run, output) = GeneratorHarness.Generate(Accessibility(value), Models);

        Assert.That(run.Results.Single().Exception, Is.Null);
        var problems = GeneratorHarness.CompileProblems(output);
        Assert.That(problems, Is.Empty, GeneratorHarness.Describe(problems));
        var types = GeneratedTypes(output);
        // Clients (with their paginator and waiter parts), request/response and data classes, enum structs, errors.
        Assert.That(types.Select(t => t.Name), Does.Contain("PagingClient").And.Contain("FeatureTestClient"));
        Assert.That(types.Where(t => t.TypeKind == TypeKind.Struct), Is.Not.Empty, "the models have enums");
        Assert.That(types.Where(t => t.BaseType?.Name == "AwsServiceException"), Is.Not.Empty, "the models have errors");
        var notInternal = types.Where(t => t.DeclaredAccessibility != Microsoft.CodeAnalysis.Accessibility.Internal).Select(t => t.ToDisplayString()).ToList();
        Assert.That(notInternal, Is.Empty);
        var client = output.GetTypeByMetadataName("AwsCodegen.Paging.PagingClient")!;
        Assert.That(client.GetMembers().Select(m => m.Name), Does.Contain("ListThingsPagesAsync").And.Contain("WaitUntilThingReadyAsync"));
    }

    [TestCase(null)]
    [TestCase("public")]
    public void PublicOrUnset_GivesPublicTypes(string? value)
    {
        var (_, output) = GeneratorHarness.Generate(value is null ? null : Accessibility(value), Models);

        var types = GeneratedTypes(output);
        var serializers = types.Where(t => t.IsStatic).ToList();
        var publicTypes = types.Except(serializers, SymbolEqualityComparer.Default).Cast<INamedTypeSymbol>().ToList();
        Assert.That(publicTypes, Is.Not.Empty);
        Assert.That(publicTypes.Where(t => t.DeclaredAccessibility != Microsoft.CodeAnalysis.Accessibility.Public).Select(t => t.ToDisplayString()), Is.Empty);
        // The serializers and document codecs are internal whatever the option says.
        Assert.That(serializers.Select(t => t.DeclaredAccessibility), Is.All.EqualTo(Microsoft.CodeAnalysis.Accessibility.Internal));
    }

    [Test]
    public void AnUnknownValue_IsAnError_NamingTheModelAndTheValue()
    {
        var (run, _) = GeneratorHarness.Generate(Accessibility("protected"), Models[0]);

        var error = run.Diagnostics.Single();
        Assert.That(error.Id, Is.EqualTo("AWSCG011"));
        Assert.That(error.Severity, Is.EqualTo(DiagnosticSeverity.Error));
        Assert.That(error.GetMessage(), Does.Contain(FeaturesPath).And.Contain("'protected'"));
        Assert.That(run.GeneratedTrees, Is.Empty);
    }

    [Test]
    public void ChangingOnlyTheOption_RegeneratesThatService()
    {
        var driver = GeneratorHarness.CreateDriver(options: Accessibility("public"))
            .AddAdditionalTexts(Models.Select(m => (AdditionalText)new GeneratorHarness.TextFile(m.Path, m.Json)).ToImmutableArray());
        driver = driver.RunGenerators(GeneratorHarness.EmptyCompilation());

        driver = driver.WithUpdatedAnalyzerConfigOptions(Accessibility("internal")).RunGenerators(GeneratorHarness.EmptyCompilation());

        var specs = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Specs].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.That(specs, Is.All.EqualTo(IncrementalStepRunReason.Modified), string.Join(",", specs));
        var client = driver.GetRunResult().GeneratedTrees.Single(t => t.FilePath.EndsWith("Paging.Client.g.cs", System.StringComparison.Ordinal));
        Assert.That(client.ToString(), Does.Contain("internal sealed partial class PagingClient"));
    }
}
