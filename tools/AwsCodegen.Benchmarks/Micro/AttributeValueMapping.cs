using System;
using System.Collections.Generic;
using System.Linq;
using AwsCodegen.Benchmarks.Fixtures;
using Ours = AwsCodegen.DynamoDB;
using Sdk = Amazon.DynamoDBv2.Model;

namespace AwsCodegen.Benchmarks.Micro;

/// <summary>Turns <see cref="SampleItems"/> plain values into each SDK's AttributeValue.</summary>
public static class AttributeValueMapping
{
    public static Dictionary<string, Ours.AttributeValue> ToOurs(Dictionary<string, object> item) =>
        item.ToDictionary(pair => pair.Key, pair => ToOurs(pair.Value));

    public static Dictionary<string, Sdk.AttributeValue> ToAwsSdk(Dictionary<string, object> item) =>
        item.ToDictionary(pair => pair.Key, pair => ToAwsSdk(pair.Value));

    private static Ours.AttributeValue ToOurs(object value) => value switch
    {
        string s => new() { S = s },
        long or double => new() { N = SampleItems.NumberText(value) },
        bool b => new() { BOOL = b },
        string[] set => new() { SS = set.ToList() },
        Dictionary<string, object> map => new() { M = ToOurs(map) },
        object[] list => new() { L = list.Select(ToOurs).ToList() },
        _ => throw new ArgumentException("no DynamoDB type for " + value.GetType()),
    };

    private static Sdk.AttributeValue ToAwsSdk(object value) => value switch
    {
        string s => new() { S = s },
        long or double => new() { N = SampleItems.NumberText(value) },
        bool b => new() { BOOL = b },
        string[] set => new() { SS = set.ToList() },
        Dictionary<string, object> map => new() { M = ToAwsSdk(map) },
        object[] list => new() { L = list.Select(ToAwsSdk).ToList() },
        _ => throw new ArgumentException("no DynamoDB type for " + value.GetType()),
    };
}
