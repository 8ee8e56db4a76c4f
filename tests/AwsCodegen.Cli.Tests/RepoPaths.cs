using System;
using System.IO;
using NUnit.Framework;

namespace AwsCodegen.Cli.Tests;

/// <summary>The repository root (the folder holding AwsCodegen.sln), found from the test's directory.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> s_root = new(() =>
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext?.TestDirectory ?? AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AwsCodegen.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("No folder holding AwsCodegen.sln above the test directory.");
    });

    public static string Root => s_root.Value;
}
