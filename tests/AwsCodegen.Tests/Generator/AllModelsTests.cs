using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using AwsCodegen.Generator.Model;
using AwsCodegen.Generator.Parsing;
using AwsCodegen.ModelImporter;
using Microsoft.CodeAnalysis.CSharp;
using NUnit.Framework;

namespace AwsCodegen.Tests.Generator;

/// <summary>Every model botocore ships parses and generates, and naming gives valid, unique C# identifiers everywhere.</summary>
public class AllModelsTests
{
    [Test]
    public void EveryBotocoreModel_ParsesAndGeneratesWithValidUniqueNames()
    {
        var location = BotocoreLocator.Locate(new ImportOptions { OutputDirectory = Path.GetTempPath() }, null);
        var problems = new List<string>();
        int parsed = 0, unsupported = 0;
        foreach (var serviceDir in Directory.GetDirectories(location.DataDirectory).OrderBy(d => d, StringComparer.Ordinal))
        {
            var versionDir = Directory.GetDirectories(serviceDir).OrderBy(d => d, StringComparer.Ordinal).LastOrDefault();
            string? file = versionDir is null ? null : Path.Combine(versionDir, "service-2.json.gz");
            if (file is null || !File.Exists(file)) continue;
            string json = Unzip(file);
            var result = ServiceModelParser.Parse(new ModelInput(file, json, null, null));
            if (result.Spec is null)
            {
                // Only "no supported protocol" is acceptable (services that speak nothing but smithy-rpc-v2-cbor).
                if (result.Diagnostics.All(d => d.Id == "AWSCG003")) unsupported++;
                else problems.Add($"{Path.GetFileName(serviceDir)}: {string.Join("; ", result.Diagnostics.Select(d => d.Id + " " + string.Join(", ", d.Arguments)))}");
                continue;
            }
            parsed++;
            CheckNames(Path.GetFileName(serviceDir), result.Spec, problems);
            CheckGeneration(Path.GetFileName(serviceDir), result, Path.Combine(versionDir!, "endpoint-rule-set-1.json.gz"), problems);
        }
        TestContext.Out.WriteLine($"{parsed} models parsed, {unsupported} speak no supported protocol");
        Assert.That(parsed, Is.GreaterThan(415));
        Assert.That(problems, Is.Empty, string.Join(Environment.NewLine, problems.Take(30)));
    }

    /// <summary>
    /// Every emitter runs over the model and its endpoint rule set without an error (the compile tests cover the
    /// default services; generating all 400-odd is cheap, compiling them is not).
    /// </summary>
    private static void CheckGeneration(string service, ParseResult result, string ruleSetFile, List<string> problems)
    {
        var companions = ServiceCompanions.None;
        if (File.Exists(ruleSetFile))
        {
            var ruleSet = CompanionParser.Parse(ruleSetFile.Replace(".gz", ""), Unzip(ruleSetFile));
            companions = new ServiceCompanions(EquatableArray<PaginatorSpec>.Empty, EquatableArray<WaiterSpec>.Empty, ruleSet.Diagnostics, ruleSet.EndpointRuleSet);
        }
        var generated = AwsCodegen.Generator.Emit.ServiceEmitter.Generate(result, companions, new GeneratorOptions(CliMetadata: true, "AwsCodegen.Generated"), default);
        foreach (var error in generated.Diagnostics.Where(d => d.Id is not ("AWSCG010")))
            problems.Add($"{service}: generation: {error.Id} {string.Join(", ", error.Arguments)}");
        if (File.Exists(ruleSetFile) && !generated.Files.Any(f => f.HintName.EndsWith(".EndpointRules.g.cs", StringComparison.Ordinal)))
            problems.Add($"{service}: no endpoint rules emitted");
    }

    private static string Unzip(string file)
    {
        using var gz = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        return reader.ReadToEnd();
    }

    private static void CheckNames(string service, ServiceSpec spec, List<string> problems)
    {
        var typeNames = new HashSet<string>(StringComparer.Ordinal) { spec.ClientName };
        foreach (var shape in spec.Shapes.Where(s => s.TypeName.Length > 0))
        {
            if (!IsIdentifier(shape.TypeName)) problems.Add($"{service}: type name '{shape.TypeName}' of shape {shape.Name}");
            if (!typeNames.Add(shape.TypeName)) problems.Add($"{service}: type name '{shape.TypeName}' used twice");
            var members = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in shape.Members)
            {
                if (!IsIdentifier(member.PropertyName)) problems.Add($"{service}: property '{member.PropertyName}' of {shape.Name}");
                if (member.PropertyName == shape.TypeName) problems.Add($"{service}: property {member.PropertyName} named like its type");
                if (!members.Add(member.PropertyName)) problems.Add($"{service}: property '{member.PropertyName}' twice in {shape.Name}");
            }
            var values = new HashSet<string>(StringComparer.Ordinal);
            foreach (var value in shape.EnumValues)
                if (!IsIdentifier(value.PropertyName) || !values.Add(value.PropertyName)) problems.Add($"{service}: enum member '{value.PropertyName}' of {shape.Name}");
        }
        var methods = new HashSet<string>(StringComparer.Ordinal);
        foreach (var op in spec.Operations)
            if (!IsIdentifier(op.MethodName) || !methods.Add(op.MethodName)) problems.Add($"{service}: method '{op.MethodName}'");
    }

    private static bool IsIdentifier(string name) =>
        SyntaxFacts.IsValidIdentifier(name.TrimStart('@')) && (name[0] != '@' || SyntaxFacts.GetKeywordKind(name.Substring(1)) != SyntaxKind.None);
}
