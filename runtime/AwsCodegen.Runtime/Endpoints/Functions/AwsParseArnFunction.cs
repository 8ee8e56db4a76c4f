using System;
using System.Collections.Generic;
using AwsCodegen.Runtime.Endpoints.Expressions;

namespace AwsCodegen.Runtime.Endpoints.Functions;

/// <summary>
/// aws.parseArn(value): "arn:partition:service:region:accountId:resource" into a record with resourceId, the
/// resource split on both ':' and '/'. None when it is no ARN: fewer than six parts, or an empty partition, service
/// or resource (region and account may be empty: S3 bucket ARNs have neither).
/// </summary>
internal sealed class AwsParseArnFunction(Expression value) : Expression
{
    private static readonly char[] ResourceSeparators = [':', '/'];

    public override EndpointValue Evaluate(EvaluationScope scope) =>
        value.EvaluateString(scope) is { } text ? Parse(text) : EndpointValue.None;

    public static EndpointValue Parse(string text)
    {
        if (!text.StartsWith("arn:", StringComparison.Ordinal)) return EndpointValue.None;
        string[] parts = text.Split(':', 6);
        if (parts.Length < 6 || parts[1].Length == 0 || parts[2].Length == 0 || parts[5].Length == 0) return EndpointValue.None;
        return EndpointValue.FromRecord(new Dictionary<string, EndpointValue>(5, StringComparer.Ordinal)
        {
            ["partition"] = EndpointValue.FromString(parts[1]),
            ["service"] = EndpointValue.FromString(parts[2]),
            ["region"] = EndpointValue.FromString(parts[3]),
            ["accountId"] = EndpointValue.FromString(parts[4]),
            ["resourceId"] = EndpointValue.FromStrings(parts[5].Split(ResourceSeparators)),
        });
    }
}
