using System;
using AwsCodegen.Runtime.Errors;

namespace AwsCodegen.Runtime;

/// <summary>
/// The configured endpoint (options, AWS_ENDPOINT_URL_&lt;SERVICE&gt;, AWS_ENDPOINT_URL, the profile's endpoint_url),
/// and, for a service whose model came without endpoint rules, the model's host for the region.
/// </summary>
public static class DefaultEndpoint
{
    public static Uri Resolve(ServiceMetadata service, string region, AwsClientOptions options, Func<string, string?> env, SharedConfig? profile) =>
        Custom(service, options, env, profile) ?? FromModel(service, region);

    /// <summary>The endpoint the caller configured, or null.</summary>
    public static Uri? Custom(ServiceMetadata service, AwsClientOptions options, Func<string, string?> env, SharedConfig? profile)
    {
        if (options.ServiceUrl is { } url) return url;
        if (Parse(env("AWS_ENDPOINT_URL_" + service.EnvironmentSuffix), "AWS_ENDPOINT_URL_" + service.EnvironmentSuffix) is { } serviceSpecific) return serviceSpecific;
        if (Parse(env("AWS_ENDPOINT_URL"), "AWS_ENDPOINT_URL") is { } global) return global;
        return Parse(profile?.Get("endpoint_url"), "endpoint_url in profile " + profile?.ProfileName);
    }

    /// <summary>The endpoint rule sets' usual answer, for models without one: the global host, else prefix.region.suffix.</summary>
    public static Uri FromModel(ServiceMetadata service, string region)
    {
        bool china = region.StartsWith("cn-", StringComparison.Ordinal);
        if (service.GlobalEndpoint is { } globalHost && !china) return new Uri("https://" + globalHost);
        return new Uri($"https://{service.EndpointPrefix}.{region}.{(china ? "amazonaws.com.cn" : "amazonaws.com")}");
    }

    private static Uri? Parse(string? text, string source)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https")) return uri;
        throw new AwsClientException($"{source} is '{text}', which is not an absolute http or https URL.");
    }
}
