using System;
using System.IO;
using NUnit.Framework;

namespace AwsCodegen.Tests;

/// <summary>
/// Where the project's shared data lives: the <c>shared</c> folder beside the repository root (../shared from the
/// root), which every checkout and CI has. Tests read it in place and never copy it into the project.
/// </summary>
public static class SharedPaths
{
    private static readonly Lazy<string> s_root = new(() =>
        FindUpwards(dir => Directory.Exists(Path.Combine(dir, "shared", "sigv4-test-suite")))
        is { } parent
            ? Path.Combine(parent, "shared")
            : throw new DirectoryNotFoundException(
                $"No 'shared' folder (with sigv4-test-suite/ inside) beside the repository or any folder above {StartDirectory}. " +
                "The project expects its shared data at ../shared from the repository root."));

    private static readonly Lazy<string> s_repoRoot = new(() =>
        FindUpwards(dir => File.Exists(Path.Combine(dir, "AwsCodegen.sln")))
        ?? throw new DirectoryNotFoundException($"No folder holding AwsCodegen.sln above {StartDirectory}."));

    /// <summary>The absolute path of the shared folder.</summary>
    public static string Root => s_root.Value;

    /// <summary>The absolute path of the repository root (the folder holding AwsCodegen.sln).</summary>
    public static string RepoRoot => s_repoRoot.Value;

    /// <summary>The AWS Signature Version 4 test suite.</summary>
    public static string SigV4TestSuite => Path.Combine(Root, "sigv4-test-suite");

    private static string StartDirectory => TestContext.CurrentContext?.TestDirectory ?? AppContext.BaseDirectory;

    private static string? FindUpwards(Func<string, bool> isMatch)
    {
        for (var dir = new DirectoryInfo(StartDirectory); dir is not null; dir = dir.Parent)
        {
            if (isMatch(dir.FullName)) return dir.FullName;
        }
        return null;
    }
}
