using AwsCodegen.Generator.Emit;
using AwsCodegen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace AwsCodegen.Generator;

/// <summary>
/// Generates an AWS client per botocore service-2.json given as an AdditionalFile:
/// model file + its options -> ModelInput -> ServiceSpec (value-equatable) -> generated files -> AddSource.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class AwsClientGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
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
            .Select(static (input, cancellationToken) => ServiceEmitter.Generate(input.Result, input.Companions, cancellationToken))
            .WithTrackingName(TrackingNames.Generated);

        context.RegisterSourceOutput(generated, static (output, service) => service.AddTo(output));
    }
}

/// <summary>Names of the pipeline steps, so tests can assert which ones re-ran.</summary>
public static class TrackingNames
{
    public const string ModelFiles = nameof(ModelFiles);
    public const string Inputs = nameof(Inputs);
    public const string Specs = nameof(Specs);
    public const string CompanionFiles = nameof(CompanionFiles);
    public const string Companions = nameof(Companions);
    public const string Generated = nameof(Generated);
}
