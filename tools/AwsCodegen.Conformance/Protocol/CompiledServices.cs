using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using AwsCodegen.Runtime;

namespace AwsCodegen.Conformance.Protocol;

/// <summary>
/// The loaded output of one compilation, and the models that did not make it into it. Disposing unloads the
/// generated assembly, so that a run over many files does not keep every file's code alive.
/// </summary>
public sealed class CompiledServices : IDisposable
{
    private readonly GeneratedCodeLoadContext? _context;
    private readonly Assembly? _assembly;
    private readonly IReadOnlyDictionary<ServiceModel, string> _failures;
    private Type[]? _types;

    internal CompiledServices(GeneratedCodeLoadContext? context, Assembly? assembly, IReadOnlyDictionary<ServiceModel, string> failures)
    {
        _context = context;
        _assembly = assembly;
        _failures = failures;
    }

    /// <summary>Why a model has no client: its generator or compiler diagnostics. Null if it compiled.</summary>
    public string? FailureOf(ServiceModel model) => _failures.TryGetValue(model, out var text) ? text : null;

    /// <summary>The generated client class of a model: the one AwsServiceClient subclass in its namespace.</summary>
    public Type? FindClient(ServiceModel model, out string? error)
    {
        error = FailureOf(model);
        if (error is not null) return null;
        if (_assembly is null)
        {
            error = "nothing was compiled";
            return null;
        }
        var clients = AllTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(AwsServiceClient).IsAssignableFrom(t) && InNamespace(t, model.Namespace))
            .ToList();
        // Prefer the class in the model's namespace itself over any in nested namespaces.
        var exact = clients.Where(t => t.Namespace == model.Namespace).ToList();
        if (exact.Count > 0) clients = exact;
        if (clients.Count == 1) return clients[0];
        error = clients.Count == 0
            ? $"the generator emitted no AwsServiceClient subclass in namespace {model.Namespace}"
            : $"the generator emitted several clients in namespace {model.Namespace}: {string.Join(", ", clients.Select(t => t.Name))}";
        return null;
    }

    private static bool InNamespace(Type type, string ns) =>
        type.Namespace == ns || (type.Namespace?.StartsWith(ns + ".", StringComparison.Ordinal) ?? false);

    private Type[] AllTypes()
    {
        if (_types is not null) return _types;
        try
        {
            _types = _assembly!.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            _types = e.Types.Where(t => t is not null).ToArray()!;
        }
        return _types;
    }

    public void Dispose()
    {
        _types = null;
        _context?.Unload();
    }
}

/// <summary>
/// A collectible context for one generated assembly. The runtime (and everything else) resolves to what the
/// default context already loaded, so generated clients derive from the very AwsServiceClient the runner uses.
/// </summary>
internal sealed class GeneratedCodeLoadContext : AssemblyLoadContext
{
    public GeneratedCodeLoadContext(string name) : base("Conformance:" + name, isCollectible: true) { }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var runtime = CompilationReferences.RuntimeAssembly;
        if (AssemblyName.ReferenceMatchesDefinition(assemblyName, runtime.GetName())) return runtime;
        return null; // Fall back to the default context.
    }
}
