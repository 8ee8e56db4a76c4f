using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AwsCodegen.Generator;
using AwsCodegen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace AwsCodegen.Tests.Generator;

/// <summary>paginators-1.json and waiters-2.json beside a service-2.json: paired by directory, generated, compiled with zero warnings.</summary>
public class PaginatorWaiterGeneratorTests
{
    private const string Dir = "/repo/models/paging/";
    private static readonly string Service = GeneratorHarness.ReadModel("paging/service-2.json");
    private static readonly string Paginators = GeneratorHarness.ReadModel("paging/paginators-1.json");
    private static readonly string Waiters = GeneratorHarness.ReadModel("paging/waiters-2.json");

    private static INamedTypeSymbol Client(Compilation output) => output.GetTypeByMetadataName("AwsCodegen.Paging.PagingClient")!;

    private static List<string> Methods(Compilation output) =>
        Client(output).GetMembers().OfType<IMethodSymbol>().Select(m => m.Name).ToList();

    [Test]
    public void PaginatorsAndWaiters_CompileWithoutWarnings()
    {
        var (run, output) = GeneratorHarness.Generate((Dir + "service-2.json", Service), (Dir + "paginators-1.json", Paginators), (Dir + "waiters-2.json", Waiters));
        Assert.That(run.Results.Single().Exception, Is.Null);
        var problems = GeneratorHarness.CompileProblems(output);
        Assert.That(problems, Is.Empty, GeneratorHarness.Describe(problems));
        var hints = run.Results.Single().GeneratedSources.Select(s => s.HintName).ToList();
        Assert.That(hints, Does.Contain("AwsCodegen.Paging.Paging.Paginators.g.cs").And.Contain("AwsCodegen.Paging.Paging.Waiters.g.cs"));

        var methods = Methods(output);
        Assert.That(methods, Does.Contain("ListThingsPagesAsync").And.Contain("ListThingsItemsAsync")
            .And.Contain("ScanThingsPagesAsync").And.Contain("WaitUntilThingReadyAsync").And.Contain("WaitUntilThingGoneAsync"));
        // A result key that is a JMESPath projection gets pages only.
        Assert.That(methods, Does.Not.Contain("ScanThingsItemsAsync"));

        var items = Client(output).GetMembers("ListThingsItemsAsync").OfType<IMethodSymbol>().Single();
        Assert.That(items.ReturnType.ToDisplayString(), Is.EqualTo("System.Collections.Generic.IAsyncEnumerable<AwsCodegen.Paging.Thing>"));
        var wait = Client(output).GetMembers("WaitUntilThingReadyAsync").OfType<IMethodSymbol>().Single();
        Assert.That(wait.ReturnType.ToDisplayString(), Is.EqualTo("System.Threading.Tasks.Task<AwsCodegen.Paging.DescribeThingResponse?>"));

        // The paginator of an operation the model lacks is skipped with an informational diagnostic.
        var info = run.Diagnostics.Single();
        Assert.That(info.Id, Is.EqualTo("AWSCG010"));
        Assert.That(info.Severity, Is.EqualTo(DiagnosticSeverity.Info));
        Assert.That(info.GetMessage(), Does.Contain("NoSuchOperation"));

        string paginatorSource = run.Results.Single().GeneratedSources.Single(s => s.HintName.EndsWith("Paginators.g.cs")).SourceText.ToString();
        // Plain member tokens are copied typed (a map token too); JMESPath tokens go through their evaluated value.
        Assert.That(paginatorSource, Does.Contain("request.NextToken = response.NextToken;"));
        Assert.That(paginatorSource, Does.Contain("request.Marker = global::AwsCodegen.Runtime.Paginators.Paginator.TokenString(tokens[1]);"));
        Assert.That(paginatorSource, Does.Contain("request.Page = response.NextPage;"));
        Assert.That(paginatorSource, Does.Contain("request.StartKey = response.LastKey;"));
    }

    [Test]
    public void CompanionsInAnotherDirectory_AreNotPaired()
    {
        var (run, output) = GeneratorHarness.Generate((Dir + "service-2.json", Service), ("/repo/models/other/waiters-2.json", Waiters),
            (Dir + "paginators-1.json.bak", Paginators), (Dir + "sub/paginators-1.json", Paginators));
        Assert.That(GeneratorHarness.CompileProblems(output), Is.Empty);
        Assert.That(run.Diagnostics, Is.Empty, GeneratorHarness.Describe(run.Diagnostics));
        Assert.That(Methods(output).Where(m => m.EndsWith("PagesAsync") || m.StartsWith("WaitUntil")), Is.Empty);
    }

    [TestCase("waiters-2.json", "{ \"waiters\": { ,, } }", "not valid JSON")]
    [TestCase("paginators-1.json", "{ \"pagination\": { \"ListThings\": { \"input_token\": \"NextToken\", \"output_token\": 3 } } }", "'output_token' must be a string or a list of strings")]
    [TestCase("waiters-2.json", "{ \"version\": 2, \"waiters\": { \"W\": { \"operation\": \"DescribeThing\", \"delay\": 1, \"maxAttempts\": 2, \"acceptors\": [ { \"state\": \"done\", \"matcher\": \"path\", \"argument\": \"a\", \"expected\": 1 } ] } } }", "'state' must be")]
    [TestCase("waiters-2.json", "[]", "no 'waiters' object")]
    [TestCase("paginators-1.json", "{ \"pagination\": { \"ListThings\": { \"input_token\": [\"NextToken\", \"Marker\"], \"output_token\": \"NextToken\" } } }", "2 input token(s) but 1 output token(s)")]
    public void BrokenCompanion_IsADiagnosticNamingTheFile_AndTheServiceStillGenerates(string name, string text, string message)
    {
        var (run, output) = GeneratorHarness.Generate((Dir + "service-2.json", Service), (Dir + name, text));
        Assert.That(run.Results.Single().Exception, Is.Null);
        var errors = run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.That(errors, Has.Count.EqualTo(1), GeneratorHarness.Describe(run.Diagnostics));
        Assert.That(errors[0].Id, Is.EqualTo("AWSCG009"));
        Assert.That(errors[0].Location.GetLineSpan().Path, Is.EqualTo(Dir + name));
        Assert.That(errors[0].GetMessage(), Does.Contain(Dir + name).And.Contain(message));
        Assert.That(Client(output), Is.Not.Null, "the client is still generated");
        Assert.That(GeneratorHarness.CompileProblems(output).Where(d => d.Id != "AWSCG009"), Is.Empty);
    }

    [Test]
    public void CompanionSpecs_HoldNoJsonNodes()
    {
        var file = CompanionParser.Parse(Dir + "waiters-2.json", Waiters);
        Assert.That(file.Waiters, Has.Count.EqualTo(2));
        Assert.That(file.Waiters[0].Acceptors[0].ExpectedJson, Is.EqualTo("\"READY\""));
        Assert.That(file.Waiters[0].Acceptors[4].ExpectedJson, Is.EqualTo("503"));
        Assert.That(file.Waiters[1].Acceptors[0].ExpectedJson, Is.EqualTo("true"));
        Assert.That(CompanionParser.Parse(Dir + "waiters-2.json", Waiters), Is.EqualTo(file), "equal by value");
        var paginators = CompanionParser.Parse(Dir + "paginators-1.json", Paginators);
        Assert.That(paginators.Paginators.Select(p => p.Operation), Is.EqualTo(new[] { "ListThings", "ScanThings", "NoSuchOperation" }));
        Assert.That(paginators.Paginators[0].OutputTokens[1], Is.EqualTo("NextToken || Things[-1].Name"));
        Assert.That(paginators.Paginators[0].LimitKey, Is.EqualTo("MaxResults"));
        Assert.That(paginators.Paginators[0].MoreResults, Is.EqualTo("IsTruncated"));
        IncrementalTests.AssertNoRoslynObjectsOrJsonNodes(file);
        IncrementalTests.AssertNoRoslynObjectsOrJsonNodes(paginators);
    }
}
