using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using AwsCodegen.Generator;
using AwsCodegen.Generator.Model;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace AwsCodegen.Tests.Generator;

/// <summary>Editing one model regenerates only that service; a whitespace-only edit regenerates nothing.</summary>
public class IncrementalTests
{
    private const string PathA = "/repo/models/a/service-2.json";
    private const string PathB = "/repo/models/b/service-2.json";

    private static string Model(string serviceId, string memberName) =>
        "{\"version\":\"2.0\",\"metadata\":{\"protocol\":\"json\",\"jsonVersion\":\"1.1\",\"serviceId\":\"" + serviceId +
        "\",\"endpointPrefix\":\"x\",\"targetPrefix\":\"X\"},\"operations\":{\"Go\":{\"name\":\"Go\",\"http\":{\"method\":\"POST\",\"requestUri\":\"/\"}," +
        "\"input\":{\"shape\":\"GoInput\"}}},\"shapes\":{\"GoInput\":{\"type\":\"structure\",\"members\":{\"" + memberName +
        "\":{\"shape\":\"S\"}}},\"S\":{\"type\":\"string\"}}}";

    private static (GeneratorDriver Driver, GeneratorHarness.TextFile A, GeneratorHarness.TextFile B) FirstRun()
    {
        var a = new GeneratorHarness.TextFile(PathA, Model("Alpha", "Name"));
        var b = new GeneratorHarness.TextFile(PathB, Model("Beta", "Name"));
        var driver = GeneratorHarness.CreateDriver().AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(a, b));
        driver = driver.RunGenerators(GeneratorHarness.EmptyCompilation());
        return (driver, a, b);
    }

    /// <summary>The reasons of one tracked step's outputs, per model path (the step's input chain carries the file).</summary>
    private static List<IncrementalStepRunReason> Reasons(GeneratorDriver driver, string step) =>
        driver.GetRunResult().Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    [Test]
    public void EditingOneModel_LeavesTheOtherServiceCached()
    {
        var (driver, a, _) = FirstRun();
        var editedA = new GeneratorHarness.TextFile(PathA, Model("Alpha", "Title"));
        driver = driver.ReplaceAdditionalText(a, editedA).RunGenerators(GeneratorHarness.EmptyCompilation());
        var generated = Reasons(driver, TrackingNames.Generated);
        Assert.That(generated, Has.Count.EqualTo(2));
        Assert.That(generated.Count(r => r == IncrementalStepRunReason.Modified), Is.EqualTo(1), string.Join(",", generated));
        Assert.That(generated.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged), Is.EqualTo(1), string.Join(",", generated));
    }

    [Test]
    public void DocumentationOnlyEdit_RegeneratesTheHelpTextButNotTheCode()
    {
        // With the CLI metadata on, the full documentation is its own branch: an edit past the first sentence (which
        // the code's XML docs keep) changes the help text of that service and nothing else.
        var options = new AwsCodegen.Conformance.Protocol.ModelOptionsProvider();
        options.SetGlobal(AwsCodegen.Generator.Parsing.GeneratorOptions.CliMetadataProperty, "true");
        string Documented(string more) => Model("Alpha", "Name").Replace("\"input\":{\"shape\":\"GoInput\"}",
            "\"input\":{\"shape\":\"GoInput\"},\"documentation\":\"<p>Goes somewhere. " + more + "</p>\"");
        var a = new GeneratorHarness.TextFile(PathA, Documented("Slowly."));
        var b = new GeneratorHarness.TextFile(PathB, Model("Beta", "Name"));
        var driver = GeneratorHarness.CreateDriver(options: options).AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(a, b));
        driver = driver.RunGenerators(GeneratorHarness.EmptyCompilation());
        var first = driver.GetRunResult().Results.Single();
        Assert.That(first.GeneratedSources.Select(s => s.HintName), Has.Some.EndsWith(".Documentation.g.cs"));

        driver = driver.ReplaceAdditionalText(a, new GeneratorHarness.TextFile(PathA, Documented("Quickly, with <b>care</b>.")))
            .RunGenerators(GeneratorHarness.EmptyCompilation());
        Assert.That(Reasons(driver, TrackingNames.Generated), Is.All.AnyOf(IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged));
        var docs = Reasons(driver, TrackingNames.DocumentedServices);
        Assert.That(docs.Count(r => r == IncrementalStepRunReason.Modified), Is.EqualTo(1), string.Join(",", docs));
        Assert.That(docs.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged), Is.EqualTo(1), string.Join(",", docs));
    }

    [Test]
    public void WhitespaceOnlyEdit_GivesUnchangedOutput()
    {
        var (driver, a, _) = FirstRun();
        var reformatted = new GeneratorHarness.TextFile(PathA, Model("Alpha", "Name").Replace(",", ",\n   "));
        driver = driver.ReplaceAdditionalText(a, reformatted).RunGenerators(GeneratorHarness.EmptyCompilation());
        // The text changed, so the file is re-read and re-parsed...
        Assert.That(Reasons(driver, TrackingNames.Inputs), Does.Contain(IncrementalStepRunReason.Modified));
        // ...but the spec is equal by value, so nothing downstream runs again.
        Assert.That(Reasons(driver, TrackingNames.Specs), Is.All.AnyOf(IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Cached));
        Assert.That(Reasons(driver, TrackingNames.Generated), Is.All.AnyOf(IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged));
    }

    [Test]
    public void UnrelatedSourceEdit_LeavesEverythingCached()
    {
        var (driver, _, _) = FirstRun();
        var compilation = GeneratorHarness.EmptyCompilation().AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class Unrelated {}"));
        driver = driver.RunGenerators(compilation);
        Assert.That(Reasons(driver, TrackingNames.Generated), Is.All.EqualTo(IncrementalStepRunReason.Cached));
    }

    [Test]
    public void Specs_HoldNoRoslynObjectsOrJsonNodes()
    {
        var spec = GeneratedCodeTests.Parse(GeneratorHarness.ReadModel("features.json"));
        AssertNoRoslynObjectsOrJsonNodes(spec);
    }

    internal static void AssertNoRoslynObjectsOrJsonNodes(object value)
    {
        var offenders = new List<string>();
        Walk(value, "value", new HashSet<object>(ReferenceEqualityComparer.Instance), offenders);
        Assert.That(offenders, Is.Empty);
    }

    private const string WaitersA = "/repo/models/a/waiters-2.json";
    private const string WaitersB = "/repo/models/b/waiters-2.json";

    private static string Waiters(string status) =>
        "{\"version\":2,\"waiters\":{\"Done\":{\"operation\":\"Go\",\"delay\":1,\"maxAttempts\":2,\"acceptors\":[" +
        "{\"state\":\"success\",\"matcher\":\"status\",\"expected\":" + status + "}]}}}";

    [Test]
    public void EditingOneServicesWaiters_LeavesTheOtherServiceCached()
    {
        var a = new GeneratorHarness.TextFile(PathA, Model("Alpha", "Name"));
        var b = new GeneratorHarness.TextFile(PathB, Model("Beta", "Name"));
        var waitersA = new GeneratorHarness.TextFile(WaitersA, Waiters("200"));
        var waitersB = new GeneratorHarness.TextFile(WaitersB, Waiters("200"));
        var driver = GeneratorHarness.CreateDriver().AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(a, b, waitersA, waitersB));
        driver = driver.RunGenerators(GeneratorHarness.EmptyCompilation());
        Assert.That(driver.GetRunResult().GeneratedTrees.Count(t => t.FilePath.EndsWith("Waiters.g.cs")), Is.EqualTo(2));

        driver = driver.ReplaceAdditionalText(waitersA, new GeneratorHarness.TextFile(WaitersA, Waiters("204"))).RunGenerators(GeneratorHarness.EmptyCompilation());
        // Only A's waiters file is parsed again...
        var files = Reasons(driver, TrackingNames.CompanionFiles);
        Assert.That(files.Count(r => r == IncrementalStepRunReason.Modified), Is.EqualTo(1), string.Join(",", files));
        Assert.That(files.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged), Is.EqualTo(1), string.Join(",", files));
        // ...the specs are untouched, and only A is generated again.
        Assert.That(Reasons(driver, TrackingNames.Specs), Is.All.AnyOf(IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged));
        var generated = Reasons(driver, TrackingNames.Generated);
        Assert.That(generated, Has.Count.EqualTo(2));
        Assert.That(generated.Count(r => r == IncrementalStepRunReason.Modified), Is.EqualTo(1), string.Join(",", generated));
        Assert.That(generated.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged), Is.EqualTo(1), string.Join(",", generated));
        string waitersSource = driver.GetRunResult().GeneratedTrees.Single(t => t.FilePath.Contains("Alpha") && t.FilePath.EndsWith("Waiters.g.cs")).ToString();
        Assert.That(waitersSource, Does.Contain("\"204\""));
    }

    private static void Walk(object? value, string path, HashSet<object> seen, List<string> offenders)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum) return;
        var type = value.GetType();
        string ns = type.Namespace ?? "";
        if (ns.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || ns.StartsWith("System.Text.Json", StringComparison.Ordinal))
        {
            offenders.Add($"{path}: {type.FullName}");
            return;
        }
        if (!type.IsValueType && !seen.Add(value)) return;
        if (value is IEnumerable items)
        {
            if (!(type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>)) && !type.IsArray)
                offenders.Add($"{path}: collection {type.Name} is not an EquatableArray");
            int i = 0;
            foreach (var item in items) Walk(item, $"{path}[{i++}]", seen, offenders);
            return;
        }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract") continue;
            Walk(property.GetValue(value), path + "." + property.Name, seen, offenders);
        }
    }
}
