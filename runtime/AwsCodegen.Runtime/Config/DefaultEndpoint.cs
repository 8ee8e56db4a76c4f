using System;
using AwsCodegen.Runtime.Errors;

namespace AwsCodegen.Runtime;

/// <summary>
/// The endpoint when none is given: AWS_ENDPOINT_URL_&lt;SERVICE&gt;, AWS_ENDPOINT_URL, the profile's endpoint_url,
/// else the model's host for the region.
/// </summary>
public static class DefaultEndpoint
{
    public static Uri Resolve(ServiceMetadata service, string region, AwsClientOptions options, Func<string, string?> env, SharedConfig? profile)
    {
        if (options.ServiceUrl is { } url) return url;
        if (Parse(env("AWS_ENDPOINT_URL_" + service.EnvironmentSuffix), "AWS_ENDPOINT_URL_" + service.EnvironmentSuffix) is { } serviceSpecific) return serviceSpecific;
        if (Parse(env("AWS_ENDPOINT_URL"), "AWS_ENDPOINT_URL") is { } global) return global;
        if (Parse(profile?.Get("endpoint_url"), "endpoint_url in profile " + profile?.ProfileName) is { } fromProfile) return fromProfile;
        string dnsSuffix = region.StartsWith("cn-", StringComparison.Ordinal) ? "amazonaws.com.cn" : "amazonaws.com";
        if (service.GlobalEndpoint is { } globalHost && !region.StartsWith("cn-", StringComparison.Ordinal))
            return new Uri("https://" + globalHost);
        return new Uri($"https://{service.EndpointPrefix}.{region}.{dnsSuffix}");
    }

    private static Uri? Parse(string? text, string source)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https")) return uri;
        throw new AwsClientException($"{source} is '{text}', which is not an absolute http or https URL.");
    }
}
