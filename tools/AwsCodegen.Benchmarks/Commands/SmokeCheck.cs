using System;
using System.Threading.Tasks;
using AwsCodegen.Benchmarks.Calls;
using Stub = AwsCodegen.Benchmarks.Stub;

namespace AwsCodegen.Benchmarks.Commands;

/// <summary>
/// Sends each benchmarked call once through each client and prints every request as the stub received it, so that
/// anyone can see the clients send equivalent requests (and that the checks in the benchmarks' setup pass).
/// </summary>
public static class SmokeCheck
{
    public static async Task<int> RunAsync()
    {
        await using var stub = Stub.StubServer.Start();
        stub.Observer = Print;
        using (var dynamo = new DynamoDbCalls(stub.BaseUri)) await dynamo.VerifyAsync();
        using (var s3 = new S3Calls(stub.BaseUri)) await s3.VerifyAsync();
        Console.WriteLine("check passed: every client got the canned response for every call");
        return 0;
    }

    private static void Print(Stub.StubRequest request, Stub.CannedResponse response)
    {
        Console.WriteLine($"{request.Method} {request.Target}  ->  {response.Name} (body {request.BodyLength} bytes)");
        foreach (var header in request.Headers) Console.WriteLine($"    {header.Key}: {header.Value}");
    }
}
