using System;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace AwsCodegen.Conformance.Protocol;

/// <summary>
/// Finds the project's source generator by its [Generator] attribute rather than by name, so that the runner
/// keeps building and reporting (every case failed, with the reason) while the generator is still taking shape.
/// </summary>
internal static class GeneratorLocator
{
    private const string AssemblyName = "AwsCodegen.Generator";

    private static readonly Lazy<(Type? Type, string? Error)> Located = new(Locate);

    /// <summary>A fresh generator instance, or null with the reason.</summary>
    public static ISourceGenerator? Create(out string? error)
    {
        var (type, locateError) = Located.Value;
        error = locateError;
        if (type is null) return null;
        try
        {
            object instance = Activator.CreateInstance(type)!;
            return instance switch
            {
                IIncrementalGenerator incremental => incremental.AsSourceGenerator(),
                ISourceGenerator source => source,
                _ => throw new InvalidOperationException($"{type.FullName} is neither an IIncrementalGenerator nor an ISourceGenerator"),
            };
        }
        catch (Exception e)
        {
            error = $"cannot create the generator {type.FullName}: {(e is TargetInvocationException { InnerException: { } inner } ? inner.Message : e.Message)}";
            return null;
        }
    }

    private static (Type?, string?) Locate()
    {
        Assembly assembly;
        try
        {
            assembly = Assembly.Load(new AssemblyName(AssemblyName));
        }
        catch (Exception e)
        {
            return (null, $"cannot load {AssemblyName}: {e.Message}");
        }
        Type?[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            types = e.Types;
        }
        var candidates = types
            .Where(t => t is { IsAbstract: false, IsClass: true } && t.GetCustomAttributes(typeof(GeneratorAttribute), inherit: false).Length > 0)
            .OrderBy(t => t!.FullName, StringComparer.Ordinal)
            .ToList();
        return candidates.Count switch
        {
            0 => (null, $"{AssemblyName} has no class marked [Generator] yet"),
            1 => (candidates[0], null),
            _ => (null, $"{AssemblyName} has several [Generator] classes: {string.Join(", ", candidates.Select(t => t!.FullName))}"),
        };
    }
}
