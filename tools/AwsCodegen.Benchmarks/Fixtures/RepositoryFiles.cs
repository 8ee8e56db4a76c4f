using System;
using System.IO;

namespace AwsCodegen.Benchmarks.Fixtures;

/// <summary>
/// Files of this repository (the imported models). Found by walking up from the running assembly, which works both in
/// the host process and in BenchmarkDotNet's child processes, whose binaries live in a folder below this project's bin.
/// </summary>
public static class RepositoryFiles
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string Model(string service, string fileName) => Path.Combine(Root.Value, "models", service, fileName);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AwsCodegen.sln"))) return dir.FullName;
        throw new InvalidOperationException("AwsCodegen.sln not found above " + AppContext.BaseDirectory + "; run the benchmarks from the repository's build output.");
    }
}
