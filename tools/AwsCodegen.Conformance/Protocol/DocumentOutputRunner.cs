using System;
using System.Collections.Generic;
using System.Reflection;
using System.Text.Json;
using System.Threading;
using AwsCodegen.Runtime;
using AwsCodegen.Runtime.Descriptors;

namespace AwsCodegen.Conformance.Protocol;

public enum DocumentOutcome
{
    Passed,
    Failed,
    /// <summary>botocore itself cannot read the case (the oracle says why): there is nothing to compare with.</summary>
    Skipped,
}

/// <summary>One output case read by descriptor: <see cref="Id"/> as the protocol runner names cases.</summary>
public sealed record DocumentCaseResult(string Id, DocumentOutcome Outcome, string? Message);

/// <summary>
/// Reads each success case of an output file the way the CLI does: the case's model through the real generator
/// with descriptors (AwsCodegenCliMetadata), the canned response through
/// <see cref="AwsServiceClient.InvokeDocumentAsync(OperationDescriptor, JsonElement, Runtime.Documents.DocumentCall?, CancellationToken)"/>,
/// and the document compared, in order, with what botocore's parser gives with aws-cli's settings
/// (<see cref="BotocoreOracle"/>). Error cases are left out: an error is not a document.
/// </summary>
public static class DocumentOutputRunner
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static IReadOnlyList<DocumentCaseResult> RunFile(string path, string oracleScript)
    {
        var verdicts = BotocoreOracle.Run(oracleScript, path);
        using var file = ProtocolTestFile.Load(path);
        var models = SuiteModelBuilder.Build(file, queryResultWrappers: true);
        var modelOf = new Dictionary<ProtocolCase, ServiceModel>(ReferenceEqualityComparer.Instance);
        foreach (var model in models)
            foreach (var testCase in model.Cases) modelOf[testCase] = model;
        using var compiled = GeneratedServiceCompiler.Compile(file.Key, models, cliMetadata: true);
        var results = new List<DocumentCaseResult>();
        foreach (var suite in file.Suites)
        {
            string protocol = ProtocolSuiteRunner.ProtocolOf(suite.Metadata);
            foreach (var testCase in suite.Cases)
            {
                if (testCase.Kind != CaseKind.Output || !verdicts.TryGetValue(testCase.Id, out var verdict)) continue;
                if (verdict.Document is not { } expected)
                {
                    results.Add(new DocumentCaseResult(testCase.Id, DocumentOutcome.Skipped, verdict.Skip));
                    continue;
                }
                string? failure;
                if (!modelOf.TryGetValue(testCase, out var model)) failure = "the case has no \"given\" operation";
                else if (compiled.FindClient(model, out string? error) is not { } clientType) failure = error;
                else failure = Guarded(clientType, testCase, protocol, expected);
                results.Add(new DocumentCaseResult(testCase.Id, failure is null ? DocumentOutcome.Passed : DocumentOutcome.Failed, failure));
            }
        }
        return results;
    }

    private static string? Guarded(Type clientType, ProtocolCase testCase, string protocol, JsonElement expected)
    {
        try
        {
            return Run(clientType, testCase, protocol, expected);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ProtocolCaseExecutor.Describe(e is AggregateException { InnerExceptions.Count: 1 } a ? a.InnerException! : e);
        }
    }

    private static string? Run(Type clientType, ProtocolCase testCase, string protocol, JsonElement expected)
    {
        var descriptor = clientType.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as ServiceDescriptor
            ?? throw new InvalidOperationException($"{clientType.Name} has no descriptor: was it generated with AwsCodegenCliMetadata?");
        var operation = descriptor.FindOperation(testCase.OperationName)
            ?? throw new InvalidOperationException($"the descriptor has no operation {testCase.OperationName}");
        var handler = new CapturingHandler(ProtocolCaseExecutor.CannedResponse(testCase.Data.GetProperty("response"), protocol));
        using var client = descriptor.CreateClient(ProtocolCaseExecutor.ClientOptions(handler, new Uri("https://example.com")));
        using var input = JsonDocument.Parse(testCase.Data.TryGetProperty("params", out var p) ? p.GetRawText() : "{}");
        using var cancel = new CancellationTokenSource(Timeout);
        using var document = client.InvokeDocumentAsync(operation, input.RootElement, null, cancel.Token).GetAwaiter().GetResult();
        return OrderedJsonComparer.Compare(expected, document.RootElement);
    }
}
