using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Reflection;
using AwsCodegen.Runtime;
using Microsoft.CodeAnalysis;

namespace AwsCodegen.Conformance.Protocol;

/// <summary>
/// What generated code is compiled against: the running framework and the runtime assembly with its own
/// dependencies. Only the framework's directory is taken from the trusted platform assemblies, because the
/// host process (a test run, say) also lists its own libraries there, and some of those polyfill public
/// framework types, which would make the generated code's type names ambiguous.
/// </summary>
internal static class CompilationReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> All = new(Collect);

    public static ImmutableArray<MetadataReference> Get() => All.Value;

    public static Assembly RuntimeAssembly => typeof(AwsServiceClient).Assembly;

    private static ImmutableArray<MetadataReference> Collect()
    {
        string frameworkDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        string tpa = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "";
        foreach (string path in tpa.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (string.Equals(Path.GetDirectoryName(path), frameworkDir, StringComparison.Ordinal) && IsManaged(path))
                paths.Add(path);
        }
        AddWithDependencies(RuntimeAssembly, frameworkDir, paths, new HashSet<string>(StringComparer.Ordinal));
        var references = ImmutableArray.CreateBuilder<MetadataReference>(paths.Count);
        foreach (string path in paths) references.Add(MetadataReference.CreateFromFile(path));
        return references.ToImmutable();
    }

    /// <summary>The runtime and, transitively, the non-framework assemblies it references (AWSSDK.Core, say).</summary>
    private static void AddWithDependencies(Assembly assembly, string frameworkDir, SortedSet<string> paths, HashSet<string> seen)
    {
        if (!seen.Add(assembly.FullName ?? assembly.GetName().Name ?? "")) return;
        if (string.IsNullOrEmpty(assembly.Location)) return;
        if (string.Equals(Path.GetDirectoryName(assembly.Location), frameworkDir, StringComparison.Ordinal)) return;
        paths.Add(assembly.Location);
        foreach (var name in assembly.GetReferencedAssemblies())
        {
            Assembly dependency;
            try
            {
                dependency = Assembly.Load(name);
            }
            catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
            {
                continue; // A dependency the runtime never loads in this process is not needed to compile against it.
            }
            AddWithDependencies(dependency, frameworkDir, paths, seen);
        }
    }

    private static bool IsManaged(string path)
    {
        try
        {
            AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or FileNotFoundException)
        {
            return false;
        }
    }
}
