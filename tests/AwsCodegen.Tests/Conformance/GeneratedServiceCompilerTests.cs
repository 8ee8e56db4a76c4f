using System;
using AwsCodegen.Conformance.Protocol;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace AwsCodegen.Tests.Conformance;

/// <summary>One broken model must fail alone: the others of the same file still compile and load.</summary>
[TestFixture]
public sealed class GeneratedServiceCompilerTests
{
    /// <summary>Emits a class per model into the model's namespace; the model's text says how to misbehave.</summary>
    private sealed class StandInGenerator : IIncrementalGenerator
    {
        // A stand-in, not a shipped analyzer: release tracking does not apply.
#pragma warning disable RS2008
        private static readonly DiagnosticDescriptor Failure = new("FAKE001", "Fake", "fake failure", "Test", DiagnosticSeverity.Error, true);
#pragma warning restore RS2008

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var files = context.AdditionalTextsProvider.Combine(context.AnalyzerConfigOptionsProvider).Select((pair, ct) =>
            (
                Text: pair.Left.GetText(ct)!.ToString(),
                Namespace: pair.Right.GetOptions(pair.Left).TryGetValue("build_metadata.AdditionalFiles.AwsNamespace", out var ns) ? ns : "Missing"
            ));
            context.RegisterSourceOutput(files, (output, file) =>
            {
                if (file.Text.Contains("THROW", StringComparison.Ordinal)) throw new InvalidOperationException("boom");
                if (file.Text.Contains("DIAG", StringComparison.Ordinal)) output.ReportDiagnostic(Diagnostic.Create(Failure, Location.None));
                string body = file.Text.Contains("BROKEN", StringComparison.Ordinal) ? "int x = \"s\";" : "";
                output.AddSource(file.Namespace + ".g.cs", $"namespace {file.Namespace} {{ public class C {{ {body} }} }}");
            });
        }
    }

    private static ServiceModel Model(int suite, string text) =>
        new(suite, 0, $"Conformance.S{suite}_0", $"/test/s{suite}/service-2.json", text, Array.Empty<ProtocolCase>());

    [TestCase("BROKEN", "compile: CS0029")]
    [TestCase("THROW", "generator threw InvalidOperationException: boom")]
    [TestCase("DIAG", "generator: FAKE001: fake failure")]
    public void OnlyTheFaultyModelFails(string fault, string expected)
    {
        var good = Model(1, "{}");
        var bad = Model(10, fault);
        var other = Model(2, "{}");
        using var compiled = GeneratedServiceCompiler.Compile("test", new[] { good, bad, other }, new StandInGenerator().AsSourceGenerator());
        Assert.That(compiled.FailureOf(bad), Does.StartWith(expected));
        Assert.That(compiled.FailureOf(good), Is.Null);
        Assert.That(compiled.FailureOf(other), Is.Null);
        // The healthy models were compiled and loaded; they just have no client class, which is its own error.
        compiled.FindClient(good, out string? error);
        Assert.That(error, Does.Contain("no AwsServiceClient subclass in namespace Conformance.S1_0"));
    }
}
