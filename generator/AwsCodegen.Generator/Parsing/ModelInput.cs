using AwsCodegen.Generator.Model;

namespace AwsCodegen.Generator.Parsing;

/// <summary>One service-2.json with the options its project gave it (AdditionalFiles metadata).</summary>
/// <param name="Accessibility">The AwsAccessibility metadata as given (null when unset); the parser checks it.</param>
public sealed record ModelInput(string FilePath, string Text, string? Namespace, string? ServiceName, string? Accessibility = null);

/// <summary>The outcome of parsing one model: a spec when it is usable, and what to tell the user either way.</summary>
public sealed record ParseResult(ServiceSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>A parsed model with the paginators and waiters of its directory: the input of code generation.</summary>
public sealed record ServiceInput(ParseResult Result, ServiceCompanions Companions);
