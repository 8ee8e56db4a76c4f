using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AwsCodegen.Cli.Commands;
using AwsCodegen.Runtime.Descriptors;
using NUnit.Framework;

namespace AwsCodegen.Cli.Tests.Engine;

/// <summary>
/// The document paginator against scripted pages, with botocore's own TokenEncoder as the oracle for resume tokens, so
/// that a NextToken of awscg resumes in aws-cli and the other way round.
/// </summary>
public sealed class PaginationTokenTests
{
    private static readonly PaginatorDescriptor s_scan = new(new[] { "ExclusiveStartKey" }, new[] { "LastEvaluatedKey" }, "Limit", null,
        new[] { "Items", "Count", "ScannedCount" }, new[] { "ConsumedCapacity" });

    private static Func<JsonObject, Task<JsonDocument>> Pages(List<JsonObject> requests, params string[] pages)
    {
        int next = 0;
        return request =>
        {
            requests.Add((JsonObject)request.DeepClone());
            return Task.FromResult(JsonDocument.Parse(pages[next++]));
        };
    }

    private const string Page1 = """{"Items":[{"k":1},{"k":2}],"Count":2,"ScannedCount":2,"LastEvaluatedKey":{"k":{"S":"2"}}}""";
    private const string Page2 = """{"Items":[{"k":3}],"Count":1,"ScannedCount":1}""";

    [Test]
    public async Task Pages_are_merged_as_build_full_result_merges_them()
    {
        var requests = new List<JsonObject>();
        var paginator = new DocumentPaginator(s_scan);
        var full = new DocumentPaginator.FullResult(paginator);
        await paginator.RunAsync(new JsonObject { ["TableName"] = "t" }, null, 2, null, Pages(requests, Page1, Page2), full.Add);
        Assert.That(full.Build().ToJsonString(), Is.EqualTo("""{"Items":[{"k":1},{"k":2},{"k":3}],"Count":3,"ScannedCount":3,"ConsumedCapacity":null}"""));
        Assert.That(requests[0].ToJsonString(), Is.EqualTo("""{"TableName":"t","Limit":2}"""));
        Assert.That(requests[1].ToJsonString(), Is.EqualTo("""{"TableName":"t","Limit":2,"ExclusiveStartKey":{"k":{"S":"2"}}}"""));
    }

    [Test]
    public async Task Max_items_inside_a_page_leaves_botocores_resume_token_and_resuming_skips_what_was_shown()
    {
        var paginator = new DocumentPaginator(s_scan);
        var full = new DocumentPaginator.FullResult(paginator);
        await paginator.RunAsync(new JsonObject(), 1, null, null, Pages(new List<JsonObject>(), Page1), full.Add);
        var expected = Botocore("{'ExclusiveStartKey': None, 'boto_truncate_amount': 1}");
        Assert.That(paginator.ResumeToken, Is.EqualTo(expected));
        Assert.That(full.Build()["Items"]!.ToJsonString(), Is.EqualTo("""[{"k":1}]"""));

        var resumed = new DocumentPaginator(s_scan);
        var rest = new DocumentPaginator.FullResult(resumed);
        var requests = new List<JsonObject>();
        await resumed.RunAsync(new JsonObject(), null, null, paginator.ResumeToken, Pages(requests, Page1, Page2), rest.Add);
        Assert.That(rest.Build()["Items"]!.ToJsonString(), Is.EqualTo("""[{"k":2},{"k":3}]"""));
        Assert.That(requests[0].ContainsKey("ExclusiveStartKey"), Is.False);
    }

    [Test]
    public async Task Max_items_on_a_page_boundary_resumes_from_the_next_token()
    {
        var paginator = new DocumentPaginator(s_scan);
        await paginator.RunAsync(new JsonObject(), 2, null, null, Pages(new List<JsonObject>(), Page1), _ => { });
        Assert.That(paginator.ResumeToken, Is.EqualTo(Botocore("{'ExclusiveStartKey': {'k': {'S': '2'}}}")));
    }

    /// <summary>botocore's TokenEncoder on a Python literal.</summary>
    private static string Botocore(string pythonDict)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("import sys; from botocore.paginate import TokenEncoder; print(TokenEncoder().encode(" + pythonDict + "))");
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, process.StandardError.ReadToEnd());
        return output;
    }
}
