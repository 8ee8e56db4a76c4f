using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using AwsCodegen.Generator;
using AwsCodegen.Generator.Emit;
using AwsCodegen.Generator.Model;
using AwsCodegen.Generator.Parsing;
using AwsCodegen.ModelImporter;
using AwsCodegen.Runtime.JmesPath;
using NUnit.Framework;

namespace AwsCodegen.Tests.Generator;

/// <summary>
/// Every paginators-1.json and waiters-2.json botocore ships parses, and every JMESPath expression in them compiles
/// (generated clients compile them in static initializers, so one that did not would break the whole client).
/// </summary>
public class AllCompanionsTests
{
    private static string ReadGz(string file)
    {
        using var gz = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        return reader.ReadToEnd();
    }

    [Test]
    public void EveryBotocorePaginatorAndWaiter_ParsesAndItsExpressionsCompile()
    {
        var location = BotocoreLocator.Locate(new ImportOptions { OutputDirectory = Path.GetTempPath() }, null);
        var problems = new List<string>();
        int paginators = 0, waiters = 0;
        foreach (var serviceDir in Directory.GetDirectories(location.DataDirectory).OrderBy(d => d, StringComparer.Ordinal))
        {
            var versionDir = Directory.GetDirectories(serviceDir).OrderBy(d => d, StringComparer.Ordinal).LastOrDefault();
            if (versionDir is null) continue;
            foreach (var name in new[] { CompanionParser.PaginatorsFileName, CompanionParser.WaitersFileName })
            {
                string file = Path.Combine(versionDir, name);
                string? text = File.Exists(file) ? File.ReadAllText(file) : File.Exists(file + ".gz") ? ReadGz(file + ".gz") : null;
                if (text is null) continue;
                var parsed = CompanionParser.Parse(file, text);
                problems.AddRange(parsed.Diagnostics.Select(d => $"{Path.GetFileName(serviceDir)}: {d.Id} {string.Join(", ", d.Arguments)}"));
                var expressions = parsed.Paginators.SelectMany(p => p.OutputTokens.Concat(p.MoreResults is null ? Array.Empty<string>() : new[] { p.MoreResults }))
                    .Concat(parsed.Waiters.SelectMany(w => w.Acceptors).Where(a => a.Argument is not null).Select(a => a.Argument!));
                foreach (var expression in expressions)
                {
                    try { JmesPathExpression.Compile(expression); }
                    catch (JmesPathException e) { problems.Add($"{Path.GetFileName(serviceDir)}: '{expression}': {e.Message}"); }
                }
                paginators += parsed.Paginators.Count;
                waiters += parsed.Waiters.Count;
            }
        }
        TestContext.Out.WriteLine($"{paginators} paginators, {waiters} waiters");
        Assert.That(paginators, Is.GreaterThan(1000));
        Assert.That(waiters, Is.GreaterThan(100));
        Assert.That(problems, Is.Empty, string.Join(Environment.NewLine, problems.Take(30)));
    }

    /// <summary>The default services: which paginators and waiters are left out (AWSCG010), and that nothing else goes wrong.</summary>
    [Test]
    public void DefaultServices_GeneratePaginatorsAndWaiters()
    {
        string models = Path.Combine(SharedPaths.RepoRoot, "models");
        var skipped = new List<string>();
        int files = 0;
        foreach (var dir in Directory.GetDirectories(models).OrderBy(d => d, StringComparer.Ordinal))
        {
            string service = Path.Combine(dir, "service-2.json");
            if (!File.Exists(service)) continue;
            var result = ServiceModelParser.Parse(new ModelInput(service, File.ReadAllText(service), null, null));
            var companions = System.Collections.Immutable.ImmutableArray.CreateRange(
                new[] { CompanionParser.PaginatorsFileName, CompanionParser.WaitersFileName }
                    .Select(n => Path.Combine(dir, n)).Where(File.Exists).Select(f => CompanionParser.Parse(f, File.ReadAllText(f))));
            var generated = ServiceEmitter.Generate(result, CompanionParser.ForService(result, companions), default);
            Assert.That(generated.Diagnostics.Where(d => d.Id != Diagnostics.CompanionNotGenerated.Id && d.Id != Diagnostics.PartialSupport.Id),
                Is.Empty, Path.GetFileName(dir));
            skipped.AddRange(generated.Diagnostics.Where(d => d.Id == Diagnostics.CompanionNotGenerated.Id).Select(d => Path.GetFileName(dir) + ": " + d.Arguments[1]));
            files += generated.Files.Count(f => f.HintName.EndsWith("Paginators.g.cs", StringComparison.Ordinal) || f.HintName.EndsWith("Waiters.g.cs", StringComparison.Ordinal));
        }
        TestContext.Out.WriteLine($"{files} paginator/waiter files; not generated ({skipped.Count}):");
        foreach (var s in skipped) TestContext.Out.WriteLine("  " + s);
        Assert.That(files, Is.GreaterThan(20));
        Assert.That(skipped, Has.Count.LessThan(10), string.Join(Environment.NewLine, skipped));
    }
}
