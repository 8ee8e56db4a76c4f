using System;
using System.Reflection;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Benchmarks.Micro;

/// <summary>
/// Our generated per-operation serializers (the {Service}Serializers classes) are internal to the generated assembly,
/// and the benchmarks may not change it, so they are bound once by name to delegates. A delegate call costs about a
/// nanosecond, nothing next to what is measured, and the code measured is exactly what the client runs per call.
/// </summary>
public static class GeneratedCodecs
{
    public static Func<AwsHttpResponse, TResponse> Reader<TResponse>(string serializersType, string operation) =>
        Find(serializersType, "Read" + operation).CreateDelegate<Func<AwsHttpResponse, TResponse>>();

    public static Action<TRequest, AwsHttpRequest> Writer<TRequest>(string serializersType, string operation) =>
        Find(serializersType, "Write" + operation).CreateDelegate<Action<TRequest, AwsHttpRequest>>();

    private static MethodInfo Find(string serializersType, string methodName)
    {
        var type = typeof(AwsCodegen.DynamoDB.DynamoDBClient).Assembly.GetType(serializersType, throwOnError: true)!;
        return type.GetMethod(methodName, BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static)
            ?? throw new MissingMethodException(serializersType, methodName);
    }
}
