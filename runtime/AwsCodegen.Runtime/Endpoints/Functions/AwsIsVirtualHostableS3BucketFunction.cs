using AwsCodegen.Runtime.Endpoints.Expressions;

namespace AwsCodegen.Runtime.Endpoints.Functions;

/// <summary>
/// aws.isVirtualHostableS3Bucket(bucket, allowSubDomains): whether the bucket can be the first labels of a host name:
/// 3 to 63 characters, no upper case, not shaped like an IPv4 address, and valid host label(s).
/// </summary>
internal sealed class AwsIsVirtualHostableS3BucketFunction(Expression value, Expression allowSubDomains) : Expression
{
    public override EndpointValue Evaluate(EvaluationScope scope)
    {
        if (value.EvaluateString(scope) is not { } bucket) return EndpointValue.False;
        allowSubDomains.Evaluate(scope).TryGetBoolean(out bool subDomains);
        return EndpointValue.FromBoolean(IsVirtualHostable(bucket, subDomains));
    }

    public static bool IsVirtualHostable(string bucket, bool allowSubDomains)
    {
        if (bucket.Length < 3 || bucket.Length > 63 || HostNames.IsIPv4Shaped(bucket)) return false;
        foreach (char c in bucket)
        {
            if (char.IsAsciiLetterUpper(c)) return false;
        }
        return IsValidHostLabelFunction.IsValid(bucket, allowSubDomains);
    }
}
