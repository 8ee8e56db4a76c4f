using AwsCodegen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AwsCodegen.Generator;

/// <summary>Every diagnostic the generator reports. Ids are stable: tests, docs and users' NoWarn lists depend on them.</summary>
public static class Diagnostics
{
    private const string Category = "AwsCodegen";

    public static readonly DiagnosticDescriptor InvalidJson = new(
        "AWSCG001", "Model file is not valid JSON", "{0} is not valid JSON: {1}", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor MissingElement = new(
        "AWSCG002", "Model is missing a required element", "{0}: {1}", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor UnsupportedProtocol = new(
        "AWSCG003", "No supported protocol", "{0}: the service's protocols ({1}) include none that AwsCodegen supports ({2})", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor UnknownShape = new(
        "AWSCG004", "Reference to an unknown shape", "{0}: {1} refers to shape '{2}', which the model does not define", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor UnsupportedShapeType = new(
        "AWSCG005", "Unsupported shape type", "{0}: shape '{1}' has type '{2}', which AwsCodegen does not support", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor InvalidShape = new(
        "AWSCG006", "Invalid shape or operation", "{0}: {1}", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor InternalError = new(
        "AWSCG007", "The generator failed", "{0}: the generator failed on this model ({1}). Please report it with the model file.", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor PartialSupport = new(
        "AWSCG008", "Feature generated in a reduced form", "{0}: {1}", Category, DiagnosticSeverity.Info, true);

    public static readonly DiagnosticDescriptor InvalidCompanionFile = new(
        "AWSCG009", "Invalid paginators, waiters or endpoint rule set file", "{0}: {1}", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor CompanionNotGenerated = new(
        "AWSCG010", "Paginator or waiter not generated", "{0}: {1}", Category, DiagnosticSeverity.Info, true);

    public static readonly DiagnosticDescriptor InvalidOption = new(
        "AWSCG011", "Invalid generator option", "{0}: {1}", Category, DiagnosticSeverity.Error, true);
}

/// <summary>A diagnostic as a value: descriptor id, arguments and a file position, so it can live in cached pipeline outputs.</summary>
public sealed record DiagnosticInfo(string Id, EquatableArray<string> Arguments, string FilePath, int Line, int Column)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, string filePath, int line, int column, params string[] arguments) =>
        new(descriptor.Id, new EquatableArray<string>(arguments), filePath, line, column);

    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, string filePath, params string[] arguments) =>
        Create(descriptor, filePath, 0, 0, arguments);

    public Diagnostic ToDiagnostic()
    {
        var descriptor = Descriptor(Id);
        var position = new LinePosition(System.Math.Max(0, Line - 1), System.Math.Max(0, Column));
        var location = Location.Create(FilePath, default, new LinePositionSpan(position, position));
        return Diagnostic.Create(descriptor, location, System.Linq.Enumerable.ToArray<object>(Arguments));
    }

    private static DiagnosticDescriptor Descriptor(string id) => id switch
    {
        "AWSCG001" => Diagnostics.InvalidJson,
        "AWSCG002" => Diagnostics.MissingElement,
        "AWSCG003" => Diagnostics.UnsupportedProtocol,
        "AWSCG004" => Diagnostics.UnknownShape,
        "AWSCG005" => Diagnostics.UnsupportedShapeType,
        "AWSCG006" => Diagnostics.InvalidShape,
        "AWSCG008" => Diagnostics.PartialSupport,
        "AWSCG009" => Diagnostics.InvalidCompanionFile,
        "AWSCG010" => Diagnostics.CompanionNotGenerated,
        "AWSCG011" => Diagnostics.InvalidOption,
        _ => Diagnostics.InternalError,
    };
}
