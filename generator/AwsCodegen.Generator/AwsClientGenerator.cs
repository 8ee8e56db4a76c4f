using System.Collections.Immutable;
using System.Linq;
using AwsCodegen.Generator.Emit;
using AwsCodegen.Generator.Model;
using AwsCodegen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace AwsCodegen.Generator;

/// <summary>
/// Generates an AWS client per botocore service-2.json given as an AdditionalFile:
/// model file + its options -> ModelInput -> ServiceSpec (value-equatable) -> generated files -> AddSource.
/// With AwsCodegenCliMetadata, two more branches: the full documentation (parsed apart from the code spec, so that a
/// documentation edit re-emits only the documentation file) and the service index (a Collect() of every service).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class AwsClientGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptions.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var modelFiles = context.AdditionalTextsProvider
            .Where(static file => ModelFiles.IsServiceModel(file.Path))
            .WithTrackingName(TrackingNames.ModelFiles);

        var inputs = modelFiles
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => ModelFiles.ReadInput(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Inputs);

        var specs = inputs
            .Select(static (input, cancellationToken) => ServiceModelParser.Parse(input, cancellationToken))
            .WithTrackingName(TrackingNames.Specs);

        // paginators-1.json and waiters-2.json (exact names), each parsed on its own into small value specs, then
        // paired with the service-2.json of the same directory. Editing one service's waiters re-pairs every service,
        // but the pairing's output is equal by value for the others, so their generation stays cached.
        var companions = context.AdditionalTextsProvider
            .Where(static file => CompanionParser.IsCompanion(file.Path))
            .Select(static (file, cancellationToken) => CompanionParser.Read(file, cancellationToken))
            .WithTrackingName(TrackingNames.CompanionFiles)
            .Collect();

        var withCompanions = specs
            .Combine(companions)
            .Select(static (pair, _) => new ServiceInput(pair.Left, CompanionParser.ForService(pair.Left, pair.Right)))
            .WithTrackingName(TrackingNames.Companions);

        var generated = withCompanions
            .Combine(options)
            .Select(static (pair, cancellationToken) => ServiceEmitter.Generate(pair.Left.Result, pair.Left.Companions, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Generated);

        context.RegisterSourceOutput(generated, static (output, service) => service.AddTo(output));

        // The full documentation: its own parse of each model, paired with where the client class is.
        var serviceNames = specs
            .Select(static (result, _) => ServiceNames.Of(result.Spec))
            .WithTrackingName(TrackingNames.ServiceNames)
            .Collect();

        var documentation = inputs
            .Combine(options)
            .Select(static (pair, cancellationToken) => pair.Right.CliMetadata ? DocumentationParser.Parse(pair.Left, cancellationToken) : null)
            .WithTrackingName(TrackingNames.Documentation)
            .Combine(serviceNames)
            .Select(static (pair, _) => pair.Left is { } docs && pair.Right.FirstOrDefault(n => n?.FilePath == docs.FilePath) is { } names
                ? new DocumentedService(names, docs) : null)
            .WithTrackingName(TrackingNames.DocumentedServices);

        context.RegisterSourceOutput(documentation, static (output, service) => service?.AddTo(output));

        // The service index: every service's command name, one file for the project.
        var index = withCompanions
            .Select(static (input, _) => input.Result.Spec is { } spec ? new ServiceIndexEntrySpec(spec.Namespace, spec.ClientName, spec.CliName, spec.BotocoreName) : null)
            .WithTrackingName(TrackingNames.ServiceIndexEntries)
            .Collect()
            .Combine(options)
            .WithTrackingName(TrackingNames.ServiceIndex);

        context.RegisterSourceOutput(index, static (output, pair) =>
        {
            if (!pair.Right.CliMetadata) return;
            var entries = pair.Left.Where(e => e is not null).Select(e => e!).ToImmutableArray();
            if (entries.Length > 0) output.AddSource(ServiceIndexEmitter.HintName, ServiceIndexEmitter.Emit(entries, pair.Right.ServiceIndexNamespace));
        });
    }
}

/// <summary>Names of the pipeline steps, so tests can assert which ones re-ran.</summary>
public static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string ModelFiles = nameof(ModelFiles);
    public const string Inputs = nameof(Inputs);
    public const string Specs = nameof(Specs);
    public const string CompanionFiles = nameof(CompanionFiles);
    public const string Companions = nameof(Companions);
    public const string Generated = nameof(Generated);
    public const string ServiceNames = nameof(ServiceNames);
    public const string Documentation = nameof(Documentation);
    public const string DocumentedServices = nameof(DocumentedServices);
    public const string ServiceIndexEntries = nameof(ServiceIndexEntries);
    public const string ServiceIndex = nameof(ServiceIndex);
}
