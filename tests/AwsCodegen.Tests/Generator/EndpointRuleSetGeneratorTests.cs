using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Generator;
using AwsCodegen.Runtime;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace AwsCodegen.Tests.Generator;

/// <summary>
/// An endpoint-rule-set-1.json beside a model: the client embeds it, the operations pass their static and context
/// parameters, and the compiled client sends each call where the rules say, signed as the endpoint's authSchemes say.
/// </summary>
[TestFixture]
public sealed class EndpointRuleSetGeneratorTests
{
    private const string Dir = "/repo/models/things/";

    private const string Model =
        """
        {"version":"2.0","metadata":{"protocol":"json","jsonVersion":"1.1","serviceId":"Things","endpointPrefix":"things",
          "signatureVersion":"v4","targetPrefix":"Things"},
         "operations":{
          "GetThing":{"name":"GetThing","http":{"method":"POST","requestUri":"/"},"input":{"shape":"GetThingInput"},
            "staticContextParams":{"Mode":{"value":"fast"}}},
          "ListThings":{"name":"ListThings","http":{"method":"POST","requestUri":"/"},"input":{"shape":"ListThingsInput"}}},
         "shapes":{
          "GetThingInput":{"type":"structure","members":{"Thing":{"shape":"S","contextParam":{"name":"Thing"}}}},
          "ListThingsInput":{"type":"structure","members":{}},
          "S":{"type":"string"}}}
        """;

    private const string RuleSet =
        """
        {"version":"1.0",
         "parameters":{
          "Region":{"type":"string","builtIn":"AWS::Region","required":true},
          "Thing":{"type":"string","required":false},
          "Mode":{"type":"string","required":false}},
         "rules":[
          {"type":"endpoint",
           "conditions":[{"fn":"isSet","argv":[{"ref":"Thing"}]},{"fn":"isSet","argv":[{"ref":"Mode"}]}],
           "endpoint":{"url":"https://{Thing}.{Mode}.{Region}.example.com",
             "properties":{"authSchemes":[{"name":"sigv4","signingName":"thingsvc","signingRegion":"eu-west-3"}]},
             "headers":{"x-thing":["yes"]}}},
          {"type":"endpoint","conditions":[],"endpoint":{"url":"https://things.{Region}.example.com"}}]}
        """;

    [Test]
    public async Task CompiledClient_SendsWhereTheRulesSay()
    {
        var (run, output) = GeneratorHarness.Generate((Dir + "service-2.json", Model), (Dir + "endpoint-rule-set-1.json", RuleSet));
        Assert.That(run.Diagnostics, Is.Empty, GeneratorHarness.Describe(run.Diagnostics));
        Assert.That(GeneratorHarness.CompileProblems(output), Is.Empty, GeneratorHarness.Describe(GeneratorHarness.CompileProblems(output)));
        Assert.That(run.GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)), Does.Contain("AwsCodegen.Things.Things.EndpointRules.g.cs"));

        var assembly = Load(output);
        var handler = new CannedHandler(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}", Encoding.UTF8, "application/x-amz-json-1.1") });
        using var client = (AwsServiceClient)Activator.CreateInstance(assembly.GetType("AwsCodegen.Things.ThingsClient")!, new AwsClientOptions
        {
            Region = "us-west-2",
            Credentials = new StaticCredentialsProvider("AKID", "SECRET"),
            HttpHandler = handler,
            EnvironmentVariables = name => name is "AWS_CONFIG_FILE" or "AWS_SHARED_CREDENTIALS_FILE" ? "/dev/null" : null,
        })!;
        await Call(client, assembly, "ListThings", null);
        await Call(client, assembly, "GetThing", "widget");

        Assert.That(handler.Requests[0].RequestUri!.AbsoluteUri, Is.EqualTo("https://things.us-west-2.example.com/"));
        Assert.That(handler.Requests[1].RequestUri!.AbsoluteUri, Is.EqualTo("https://widget.fast.us-west-2.example.com/"));
        Assert.That(handler.Requests[1].Headers.GetValues("x-thing"), Is.EqualTo(new[] { "yes" }));
        Assert.That(handler.Requests[0].Headers.GetValues("Authorization").Single(), Does.Contain("/us-west-2/things/aws4_request"));
        Assert.That(handler.Requests[1].Headers.GetValues("Authorization").Single(), Does.Contain("/eu-west-3/thingsvc/aws4_request"));
    }

    [Test]
    public void WithoutARuleSet_TheClientUsesTheModelsHost()
    {
        var (run, output) = GeneratorHarness.Generate((Dir + "service-2.json", Model));
        Assert.That(GeneratorHarness.CompileProblems(output), Is.Empty);
        Assert.That(run.GeneratedTrees.Select(t => t.FilePath), Has.None.EndsWith("EndpointRules.g.cs"));
    }

    [TestCase("{ \"rules\": [] }", "no 'parameters' object")]
    [TestCase("{ \"parameters\": {}, \"rules\": {} }", "no 'rules' list")]
    [TestCase("{ \"parameters\": ", "not valid JSON")]
    public void BrokenRuleSet_IsADiagnosticNamingTheFile(string text, string message)
    {
        var (run, _) = GeneratorHarness.Generate((Dir + "service-2.json", Model), (Dir + "endpoint-rule-set-1.json", text));
        var error = run.Diagnostics.Single(d => d.Id == "AWSCG009");
        Assert.That(error.GetMessage(), Does.Contain(Dir + "endpoint-rule-set-1.json").And.Contain(message));
        // The service is still generated, with the model's host instead of rules.
        Assert.That(run.GeneratedTrees.Select(t => t.FilePath), Has.Some.EndsWith("Things.Client.g.cs"));
    }

    [Test]
    public void EditingOneRuleSet_RegeneratesOnlyThatService()
    {
        var thingsModel = new GeneratorHarness.TextFile(Dir + "service-2.json", Model);
        var thingsRules = new GeneratorHarness.TextFile(Dir + "endpoint-rule-set-1.json", RuleSet);
        var other = new GeneratorHarness.TextFile("/repo/models/other/service-2.json", Model.Replace("\"Things\"", "\"Other\""));
        var driver = GeneratorHarness.CreateDriver().AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(thingsModel, thingsRules, other));
        driver = driver.RunGenerators(GeneratorHarness.EmptyCompilation());
        var edited = new GeneratorHarness.TextFile(thingsRules.Path, RuleSet.Replace("example.com", "example.net"));
        driver = driver.ReplaceAdditionalText(thingsRules, edited).RunGenerators(GeneratorHarness.EmptyCompilation());
        var generated = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Generated].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.That(generated.Count(r => r == IncrementalStepRunReason.Modified), Is.EqualTo(1), string.Join(",", generated));
        Assert.That(generated.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged), Is.EqualTo(1), string.Join(",", generated));
    }

    private static Assembly Load(Compilation output)
    {
        using var image = new MemoryStream();
        var emit = output.Emit(image);
        Assert.That(emit.Success, Is.True, GeneratorHarness.Describe(emit.Diagnostics));
        return Assembly.Load(image.ToArray());
    }

    private static async Task Call(AwsServiceClient client, Assembly assembly, string operation, string? thing)
    {
        var request = Activator.CreateInstance(assembly.GetType($"AwsCodegen.Things.{operation}Request")!)!;
        if (thing is not null) request.GetType().GetProperty("Thing")!.SetValue(request, thing);
        var method = client.GetType().GetMethod(operation + "Async")!;
        await (Task)method.Invoke(client, new[] { request, CancellationToken.None })!;
    }
}
