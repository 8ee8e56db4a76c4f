// The AwsCodegen sample: DynamoDB through the generated client, against a local moto_server with signature checking on.
//
//   dotnet run --project tools/AwsCodegen.Sample -c Release                          starts (and stops) its own moto_server
//   dotnet run --project tools/AwsCodegen.Sample -c Release -- --endpoint-url URL    uses that endpoint; region and
//                                                                                    credentials from the usual chain
// Exit codes: 0 done, 1 failed, 2 moto_server is not installed, 130 interrupted.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.DynamoDB;
using AwsCodegen.Runtime;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Errors;
using AwsCodegen.Sample;

Uri? endpointUrl = null;
for (int i = 0; i < args.Length; i++)
{
    if (args[i] == "--endpoint-url" && i + 1 < args.Length && Uri.TryCreate(args[++i], UriKind.Absolute, out var url)) endpointUrl = url;
    else
    {
        Console.Error.WriteLine("usage: AwsCodegen.Sample [--endpoint-url URL]");
        return 1;
    }
}

// Ctrl+C, kill (SIGTERM) or a closed terminal cancel the run; the table is then still deleted and moto stopped.
// A second signal ends the process at once, stopping moto first.
LocalMoto? moto = null;
using var cancel = new CancellationTokenSource();
void OnSignal(PosixSignalContext signal)
{
    if (cancel.IsCancellationRequested)
    {
        moto?.Dispose();
        return;
    }
    signal.Cancel = true;
    cancel.Cancel();
}
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
using var onHangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, OnSignal);

try
{
    Console.WriteLine("AwsCodegen sample: DynamoDB through the generated client");
    AwsClientOptions options;
    if (endpointUrl is null)
    {
        var clock = Stopwatch.StartNew();
        moto = await LocalMoto.StartAsync(cancel.Token);
        Console.WriteLine($"  moto_server started on {moto.Endpoint} (pid {moto.ProcessId}, {clock.ElapsedMilliseconds} ms)");
        Console.WriteLine($"  signature checking is ON: moto verifies every request's SigV4 signature (IAM user key {moto.AccessKeyId})");
        options = new AwsClientOptions
        {
            Region = LocalMoto.Region,
            ServiceUrl = moto.Endpoint,
            Credentials = new StaticCredentialsProvider(moto.AccessKeyId, moto.SecretAccessKey),
        };
    }
    else
    {
        Console.WriteLine($"  using {endpointUrl}; region and credentials from the environment and profile");
        options = new AwsClientOptions { ServiceUrl = endpointUrl };
    }

    using var dynamo = new DynamoDBClient(options);
    string table = "awscodegen-sample-" + Guid.NewGuid().ToString("N")[..8];
    bool created = false;
    try
    {
        await Timed("CreateTable", table, () => dynamo.CreateTableAsync(new CreateTableRequest
        {
            TableName = table,
            AttributeDefinitions = new()
            {
                new AttributeDefinition { AttributeName = "pk", AttributeType = ScalarAttributeType.S },
                new AttributeDefinition { AttributeName = "sk", AttributeType = ScalarAttributeType.S },
            },
            KeySchema = new()
            {
                new KeySchemaElement { AttributeName = "pk", KeyType = KeyType.Hash },
                new KeySchemaElement { AttributeName = "sk", KeyType = KeyType.Range },
            },
            BillingMode = BillingMode.PayPerRequest,
        }, cancel.Token));
        created = true;
        Console.WriteLine($"{"",16}key: pk (string, partition) + sk (string, sort); billing: on demand");

        TableStatus? status = null;
        for (int attempt = 0; status != TableStatus.Active; attempt++)
        {
            if (attempt > 0) await Task.Delay(500, cancel.Token);
            if (attempt == 60) throw new TimeoutException($"Table {table} did not become ACTIVE within 30 s.");
            var described = await Timed("DescribeTable", table, () => dynamo.DescribeTableAsync(new DescribeTableRequest { TableName = table }, cancel.Token));
            status = described.Table?.TableStatus;
            Console.WriteLine($"{"",16}status {status}");
        }

        var order = new Dictionary<string, AttributeValue>
        {
            ["pk"] = new() { S = "customer#42" },
            ["sk"] = new() { S = "order#2025-0001" },
            ["total"] = new() { N = "59.90" },
            ["paid"] = new() { BOOL = true },
            ["lines"] = new() { L = new() { new() { M = new() { ["sku"] = new() { S = "book-123" }, ["qty"] = new() { N = "2" } } } } },
            ["tags"] = new() { SS = new() { "gift", "express" } },
            ["note"] = new() { NULL = true },
        };
        await Timed("PutItem", "customer#42 / order#2025-0001", () => dynamo.PutItemAsync(new PutItemRequest { TableName = table, Item = order }, cancel.Token));
        await Timed("PutItem", "customer#42 / order#2025-0002", () => dynamo.PutItemAsync(new PutItemRequest
        {
            TableName = table,
            Item = new() { ["pk"] = new() { S = "customer#42" }, ["sk"] = new() { S = "order#2025-0002" }, ["total"] = new() { N = "12.5" } },
        }, cancel.Token));

        var got = await Timed("GetItem", "customer#42 / order#2025-0001", () => dynamo.GetItemAsync(new GetItemRequest
        {
            TableName = table,
            Key = new() { ["pk"] = order["pk"], ["sk"] = order["sk"] },
            ConsistentRead = true,
        }, cancel.Token));
        Console.WriteLine($"{"",16}" + ItemJson(got.Item ?? throw new InvalidOperationException("GetItem returned no item.")));

        var query = await Timed("Query", "pk = customer#42, sk begins with order#", () => dynamo.QueryAsync(new QueryRequest
        {
            TableName = table,
            KeyConditionExpression = "pk = :pk AND begins_with(sk, :prefix)",
            ExpressionAttributeValues = new() { [":pk"] = new() { S = "customer#42" }, [":prefix"] = new() { S = "order#" } },
        }, cancel.Token));
        Console.WriteLine($"{"",16}{query.Count} items:");
        foreach (var item in query.Items ?? new()) Console.WriteLine($"{"",16}" + ItemJson(item));

        if (moto is not null)
        {
            // The same key with a wrong secret: moto must refuse it, which shows the signatures are really checked.
            using var forged = new DynamoDBClient(new AwsClientOptions
            {
                Region = LocalMoto.Region,
                ServiceUrl = moto.Endpoint,
                Credentials = new StaticCredentialsProvider(moto.AccessKeyId, "not-the-secret"),
            });
            try
            {
                await forged.GetItemAsync(new GetItemRequest { TableName = table, Key = new() { ["pk"] = order["pk"], ["sk"] = order["sk"] } }, cancel.Token);
                throw new InvalidOperationException("moto accepted a request signed with a wrong secret: signature checking is off.");
            }
            catch (AwsServiceException e)
            {
                Console.WriteLine($"  {"GetItem",-14}signed with a wrong secret: rejected, HTTP {e.StatusCode} {e.ErrorCode} (so signatures are checked)");
            }
        }
    }
    catch when (created && moto is null)
    {
        // Something failed or Ctrl+C was pressed: still try to delete the table from the given endpoint
        // (a local moto goes away with everything in it).
        try { await dynamo.DeleteTableAsync(new DeleteTableRequest { TableName = table }); }
        catch (Exception e) { Console.Error.WriteLine($"  (could not delete table {table}: {e.Message})"); }
        throw;
    }
    await Timed("DeleteTable", table, () => dynamo.DeleteTableAsync(new DeleteTableRequest { TableName = table }, cancel.Token));

    if (moto is not null)
    {
        moto.Dispose();
        moto = null;
        Console.WriteLine("  moto_server stopped");
    }
    Console.WriteLine("Done.");
    return 0;
}
catch (MotoNotInstalledException e)
{
    // One line that names what to install: the first thing a newcomer sees when moto is missing.
    Console.Error.WriteLine($"error: {e.Message} Install it with: pip install \"moto[server]\" (or pass --endpoint-url http://host:port to use a server of your own)");
    return 2;
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    Console.Error.WriteLine("Interrupted.");
    return 130;
}
catch (HttpRequestException e)
{
    Console.Error.WriteLine($"error: cannot reach {endpointUrl ?? moto?.Endpoint}: {e.Message}");
    return 1;
}
catch (AwsServiceException e)
{
    Console.Error.WriteLine($"error: the service answered HTTP {e.StatusCode} {e.ErrorCode}: {e.ErrorMessage ?? e.Message}");
    return 1;
}
catch (Exception e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}
finally
{
    if (moto is not null)
    {
        moto.Dispose();
        Console.Error.WriteLine("  moto_server stopped");
    }
}

// Runs one call and prints what it was and how long it took.
static async Task<T> Timed<T>(string operation, string detail, Func<Task<T>> call)
{
    var clock = Stopwatch.StartNew();
    var result = await call();
    Console.WriteLine($"  {operation,-14}{detail,-46}{clock.Elapsed.TotalMilliseconds,8:0.0} ms");
    return result;
}

// An item as plain JSON: {"pk":"customer#42","total":59.90,...}.
static string ItemJson(Dictionary<string, AttributeValue> item)
{
    using var buffer = new MemoryStream();
    using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        WriteMap(json, item);
    return Encoding.UTF8.GetString(buffer.ToArray());

    static void WriteMap(Utf8JsonWriter json, Dictionary<string, AttributeValue> map)
    {
        json.WriteStartObject();
        foreach (var (name, value) in map)
        {
            json.WritePropertyName(name);
            WriteValue(json, value);
        }
        json.WriteEndObject();
    }

    static void WriteValue(Utf8JsonWriter json, AttributeValue value)
    {
        if (value.S is not null) json.WriteStringValue(value.S);
        else if (value.N is not null) json.WriteRawValue(value.N);
        else if (value.BOOL is bool flag) json.WriteBooleanValue(flag);
        else if (value.B is not null) json.WriteBase64StringValue(value.B);
        else if (value.M is not null) WriteMap(json, value.M);
        else if (value.L is not null)
        {
            json.WriteStartArray();
            foreach (var element in value.L) WriteValue(json, element);
            json.WriteEndArray();
        }
        else if (value.SS is not null || value.NS is not null)
        {
            json.WriteStartArray();
            foreach (string element in value.SS ?? new()) json.WriteStringValue(element);
            foreach (string element in value.NS ?? new()) json.WriteRawValue(element);
            json.WriteEndArray();
        }
        else json.WriteNullValue();
    }
}
