using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using AwsCodegen.Generator.Model;
using AwsCodegen.Generator.Parsing;
using AwsCodegen.Generator.Protocols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AwsCodegen.Generator.Emit;

/// <summary>One generated file: its hint name and text.</summary>
public sealed record GeneratedFile(string HintName, string Source);

/// <summary>Everything generated for one service, as values, so the pipeline can tell when nothing changed.</summary>
public sealed record GeneratedService(EquatableArray<GeneratedFile> Files, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public void AddTo(SourceProductionContext context)
    {
        foreach (var diagnostic in Diagnostics) context.ReportDiagnostic(diagnostic.ToDiagnostic());
        foreach (var file in Files)
        {
            try
            {
                context.AddSource(file.HintName, SourceText.From(file.Source, Encoding.UTF8));
            }
            catch (ArgumentException)
            {
                // Two models produced the same service in the same namespace.
                context.ReportDiagnostic(Diagnostic.Create(AwsCodegen.Generator.Diagnostics.InvalidShape, Location.None, file.HintName,
                    "another service-2.json generates the same service in the same namespace; give one of them a different AwsNamespace or AwsServiceName"));
            }
        }
    }
}

/// <summary>The full documentation of one service, ready to emit.</summary>
public sealed record DocumentedService(ServiceNames Names, DocumentationSpec Documentation)
{
    public void AddTo(SourceProductionContext context) =>
        context.AddSource(Names.Namespace + "." + Names.ServiceName + ".Documentation.g.cs",
            SourceText.From(DocumentationEmitter.Emit(Names, Documentation), Encoding.UTF8));
}

/// <summary>Emits all files of one service.</summary>
public static class ServiceEmitter
{
    public static GeneratedService Generate(ParseResult result, CancellationToken cancellationToken) =>
        Generate(result, ServiceCompanions.None, GeneratorOptions.Default, cancellationToken);

    public static GeneratedService Generate(ParseResult result, ServiceCompanions companions, CancellationToken cancellationToken) =>
        Generate(result, companions, GeneratorOptions.Default, cancellationToken);

    public static GeneratedService Generate(ParseResult result, ServiceCompanions companions, GeneratorOptions options, CancellationToken cancellationToken)
    {
        if (result.Spec is not { } parsed)
            return new GeneratedService(EquatableArray<GeneratedFile>.Empty, result.Diagnostics);
        var spec = companions.EndpointRuleSet is { } ruleSet ? parsed with { EndpointRuleSet = ruleSet } : parsed;
        var files = new List<GeneratedFile>();
        var diagnostics = new List<DiagnosticInfo>(result.Diagnostics);
        diagnostics.AddRange(companions.Diagnostics);
        try
        {
            var protocol = ProtocolEmitters.For(spec.Protocol);
            string prefix = spec.Namespace + "." + spec.ServiceName + ".";
            files.Add(new(prefix + "Client.g.cs", ClientEmitter.Emit(spec, protocol)));
            cancellationToken.ThrowIfCancellationRequested();
            files.Add(new(prefix + "Shapes.g.cs", ShapeEmitter.Emit(spec)));
            files.Add(new(prefix + "Errors.g.cs", ErrorEmitter.Emit(spec)));
            cancellationToken.ThrowIfCancellationRequested();
            var checkedShapes = ValidationEmitter.ShapesToCheck(spec);
            files.Add(new(prefix + "Serializers.g.cs", SerializersEmitter.Emit(spec, protocol, checkedShapes)));
            if (checkedShapes.Count > 0)
                files.Add(new(prefix + "Validation.g.cs", ValidationEmitter.Emit(spec, checkedShapes)));
            foreach (var (suffix, source) in protocol.EmitSupportFiles(spec))
                files.Add(new(prefix + suffix + ".g.cs", source));
            cancellationToken.ThrowIfCancellationRequested();
            files.Add(new(prefix + "Documents.g.cs", DocumentEmitter.Emit(spec)));
            if (spec.EndpointRuleSet is { } rules)
                files.Add(new(prefix + "EndpointRules.g.cs", EndpointRulesEmitter.Emit(spec, rules)));
            if (!companions.Paginators.IsEmpty)
                files.Add(new(prefix + "Paginators.g.cs", PaginatorEmitter.Emit(spec, companions.Paginators, diagnostics)));
            if (!companions.Waiters.IsEmpty)
                files.Add(new(prefix + "Waiters.g.cs", WaiterEmitter.Emit(spec, companions.Waiters, diagnostics)));
            if (options.CliMetadata)
                files.Add(new(prefix + "Descriptor.g.cs", DescriptorEmitter.Emit(spec, companions)));
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e)
        {
            diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InternalError, spec.FilePath, spec.FilePath, e.GetType().Name + ": " + e.Message));
            files.Clear();
        }
        return new GeneratedService(files.ToEquatableArray(), diagnostics.ToEquatableArray());
    }
}
