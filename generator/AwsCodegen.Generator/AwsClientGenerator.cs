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

        var generated = specs
            .Select(static (result, cancellationToken) => ServiceEmitter.Generate(result, cancellationToken))
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
    public const string Generated = nameof(Generated);
}
