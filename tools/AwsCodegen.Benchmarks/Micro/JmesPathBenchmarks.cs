using System.Linq;
using System.Text.Json;
using AwsCodegen.Runtime.JmesPath;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace AwsCodegen.Benchmarks.Micro;

/// <summary>
/// The runtime's JMESPath engine (paginators, waiters, the CLI's --query): compiling an expression, and evaluating a
/// compiled one. AWSSDK has no JMESPath engine to compare with, so these are ours alone.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class JmesPathBenchmarks
{
    // A waiter's path, a paginator's flattening projection, and a --query with a filter, functions and a multiselect.
    private const string WaiterPath = "Table.TableStatus";
    private const string PaginatorPath = "Reservations[].Instances[].InstanceId";
    private const string QueryPath = "Contents[?Size > `512` && starts_with(Key, 'logs/')] | sort_by(@, &Size)[-5:].{key: Key, size: Size}";

    private JmesPathExpression _waiter = null!;
    private JmesPathExpression _paginator = null!;
    private JmesPathExpression _query = null!;
    private JsonDocument _table = null!;
    private JsonDocument _reservations = null!;
    private JsonDocument _listing = null!;

    [GlobalSetup]
    public void Setup()
    {
        _waiter = JmesPathExpression.Compile(WaiterPath);
        _paginator = JmesPathExpression.Compile(PaginatorPath);
        _query = JmesPathExpression.Compile(QueryPath);
        _table = JsonDocument.Parse("""{"Table":{"TableName":"orders","TableStatus":"ACTIVE","ItemCount":42}}""");
        _reservations = JsonDocument.Parse(JsonSerializerFree.Reservations(50, 4));
        _listing = JsonDocument.Parse(JsonSerializerFree.Listing(1000));
        Calls.Expect.Equal("ACTIVE", _waiter.Evaluate(_table.RootElement).GetString(), "waiter path");
        Calls.Expect.Equal(200, _paginator.Evaluate(_reservations.RootElement).GetArrayLength(), "paginator projection");
        Calls.Expect.Equal(5, _query.Evaluate(_listing.RootElement).GetArrayLength(), "query result");
    }

    [Benchmark, BenchmarkCategory("JMESPath compile a --query (filter, sort_by, slice, multiselect)")]
    public JmesPathExpression CompileQuery_Ours() => JmesPathExpression.Compile(QueryPath);

    [Benchmark, BenchmarkCategory("JMESPath evaluate a waiter path (DescribeTable)")]
    public bool EvaluateWaiter_Ours() => _waiter.EvaluateTruthy(_table.RootElement);

    [Benchmark, BenchmarkCategory("JMESPath evaluate a paginator projection (200 instances)")]
    public JsonElement EvaluatePaginator_Ours() => _paginator.Evaluate(_reservations.RootElement);

    [Benchmark, BenchmarkCategory("JMESPath evaluate the --query over 1000 S3 keys")]
    public JsonElement EvaluateQuery_Ours() => _query.Evaluate(_listing.RootElement);

    /// <summary>Builds the benchmark documents as JSON text (no serializer: trimming-safe and obvious).</summary>
    private static class JsonSerializerFree
    {
        public static string Reservations(int reservations, int instancesEach) =>
            "{\"Reservations\":[" + string.Join(",", Enumerable.Range(0, reservations).Select(r =>
                "{\"Instances\":[" + string.Join(",", Enumerable.Range(0, instancesEach).Select(i =>
                    $"{{\"InstanceId\":\"i-{r:D4}{i:D4}\",\"State\":{{\"Name\":\"running\"}}}}")) + "]}")) + "]}";

        public static string Listing(int keys) =>
            "{\"Contents\":[" + string.Join(",", Enumerable.Range(0, keys).Select(k =>
                $"{{\"Key\":\"{(k % 2 == 0 ? "logs" : "data")}/object-{k:D5}\",\"Size\":{k * 37 % 4096}}}")) + "]}";
    }
}
