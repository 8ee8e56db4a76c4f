using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using AwsCodegen.Tests.Packaging;
using NUnit.Framework;

namespace AwsCodegen.Tests.Repository;

/// <summary>
/// build/ImportModels.targets on a model importer that has never been restored, as in a fresh clone: the importer
/// is a copy of tools/AwsCodegen.ModelImporter's sources with no obj/, and the project that imports the models
/// is outside the repository, so nothing else restores the importer. The build must restore it, run it and import.
/// </summary>
[TestFixture]
[Category("Slow")]
public sealed class ImporterRestoreTests
{
    [Test]
    public async Task The_import_step_restores_and_builds_an_importer_that_was_never_restored()
    {
        string repo = SharedPaths.RepoRoot;
        string root = Path.Combine(Path.GetTempPath(), "awscodegen-restore-" + Guid.NewGuid().ToString("N"));
        string importer = Path.Combine(root, "importer");
        string consumer = Path.Combine(root, "consumer");
        string models = Path.Combine(root, "models");
        try
        {
            CopySources(Path.Combine(repo, "tools", "AwsCodegen.ModelImporter"), importer);
            Directory.CreateDirectory(consumer);
            // Nothing from folders above the temp directory takes part; the importer keeps the repository's settings.
            File.WriteAllText(Path.Combine(root, "Directory.Build.props"),
                $"""<Project><Import Project="{Path.Combine(repo, "Directory.Build.props")}" /></Project>""" + "\n");
            File.WriteAllText(Path.Combine(root, "Directory.Build.targets"), "<Project />\n");
            File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net8.0</TargetFramework>
                    <AwsCodegenServices>sts</AwsCodegenServices>
                    <AwsCodegenModelsDir>{models}/</AwsCodegenModelsDir>
                    <AwsCodegenModelImporterProject>{Path.Combine(importer, "AwsCodegen.ModelImporter.csproj")}</AwsCodegenModelImporterProject>
                  </PropertyGroup>
                  <Import Project="{Path.Combine(repo, "build", "ImportModels.targets")}" />
                </Project>
                """);
            Assert.That(File.Exists(Path.Combine(importer, "obj", "project.assets.json")), Is.False, "the importer starts unrestored");

            ProcessResult build = await DotnetCli.DotnetAsync(consumer, ["build", "-c", "Release", "-nologo"], TimeSpan.FromMinutes(5),
                new Dictionary<string, string?> { ["AWS_EC2_METADATA_DISABLED"] = "true" });

            Assert.That(build.Succeeded, Is.True, build.ToString());
            Assert.That(build.Output, Does.Not.Contain("NETSDK1004"));
            Assert.That(File.Exists(Path.Combine(importer, "obj", "project.assets.json")), Is.True, "the import step restored the importer");
            Assert.That(File.Exists(Path.Combine(models, "sts", "service-2.json")), Is.True, "and ran it:\n" + build.Output);
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); }
            catch (IOException e) { TestContext.Progress.WriteLine($"could not delete {root}: {e.Message}"); }
        }
    }

    private static void CopySources(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.EnumerateFiles(from))
        {
            if (file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".csproj", StringComparison.Ordinal))
                File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
