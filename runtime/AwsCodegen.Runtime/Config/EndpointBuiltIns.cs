using System;
using System.Collections.Generic;
using AwsCodegen.Runtime.Endpoints;
using AwsCodegen.Runtime.Errors;

namespace AwsCodegen.Runtime;

/// <summary>
/// The values of the rule sets' built-in parameters, from the client's configuration: options first, then the
/// environment, then the profile (the same names botocore reads). A built-in left out here is left to the rule set's
/// default. AWS::Auth::AccountId is not supplied: it would need credentials before the endpoint, and the rule sets
/// that use it (DynamoDB) fall back to the regional endpoint without it.
/// </summary>
public static class EndpointBuiltIns
{
    public static Dictionary<string, EndpointParameterValue> Resolve(string region, Uri? customEndpoint, bool forcePathStyle,
        AwsClientOptions options, Func<string, string?> env, SharedConfig? profile)
    {
        var values = new Dictionary<string, EndpointParameterValue>(StringComparer.Ordinal)
        {
            ["AWS::Region"] = region,
            ["AWS::UseFIPS"] = options.UseFips ?? Flag(env, profile, "AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint") ?? false,
            ["AWS::UseDualStack"] = options.UseDualStack ?? Flag(env, profile, "AWS_USE_DUALSTACK_ENDPOINT", "use_dualstack_endpoint") ?? false,
            ["AWS::S3::ForcePathStyle"] = forcePathStyle,
            ["AWS::S3::Accelerate"] = options.Accelerate ?? Flag(env, profile, null, "s3.use_accelerate_endpoint") ?? false,
            // Regional endpoints unless "legacy" is asked for (the global s3.amazonaws.com / sts.amazonaws.com hosts).
            ["AWS::S3::UseGlobalEndpoint"] = IsLegacy(env, profile, "AWS_S3_US_EAST_1_REGIONAL_ENDPOINT", "s3.us_east_1_regional_endpoint"),
            ["AWS::STS::UseGlobalEndpoint"] = IsLegacy(env, profile, "AWS_STS_REGIONAL_ENDPOINTS", "sts_regional_endpoints"),
        };
        if (customEndpoint is not null) values["SDK::Endpoint"] = customEndpoint.OriginalString;
        if ((options.UseArnRegion ?? Flag(env, profile, "AWS_S3_USE_ARN_REGION", "s3_use_arn_region")) is { } useArnRegion)
        {
            values["AWS::S3::UseArnRegion"] = useArnRegion;
            values["AWS::S3Control::UseArnRegion"] = useArnRegion;
        }
        if (Flag(env, profile, "AWS_S3_DISABLE_MULTIREGION_ACCESS_POINTS", "s3_disable_multiregion_access_points") is { } disableMrap)
            values["AWS::S3::DisableMultiRegionAccessPoints"] = disableMrap;
        if (Text(env, profile, "AWS_ACCOUNT_ID_ENDPOINT_MODE", "account_id_endpoint_mode") is { } accountIdMode)
            values["AWS::Auth::AccountIdEndpointMode"] = accountIdMode;
        return values;
    }

    private static string? Text(Func<string, string?> env, SharedConfig? profile, string? variable, string key)
    {
        string? text = variable is null ? null : env(variable);
        if (string.IsNullOrWhiteSpace(text)) text = profile?.Get(key);
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private static bool IsLegacy(Func<string, string?> env, SharedConfig? profile, string variable, string key) =>
        string.Equals(Text(env, profile, variable, key), "legacy", StringComparison.OrdinalIgnoreCase);

    /// <summary>A true/false setting; anything else is an error naming where it came from.</summary>
    private static bool? Flag(Func<string, string?> env, SharedConfig? profile, string? variable, string key)
    {
        string? fromEnv = variable is null ? null : env(variable);
        string? text = string.IsNullOrWhiteSpace(fromEnv) ? profile?.Get(key) : fromEnv;
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (bool.TryParse(text.Trim(), out bool value)) return value;
        string source = !string.IsNullOrWhiteSpace(fromEnv) ? variable! : $"'{key}' in profile '{profile?.ProfileName}' of {profile?.ConfigPath}";
        throw new AwsClientException($"{source} is '{text}'; expected true or false.");
    }
}
