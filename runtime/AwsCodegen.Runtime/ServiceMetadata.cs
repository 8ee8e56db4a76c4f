using System;
using AwsCodegen.Runtime.Protocols;

namespace AwsCodegen.Runtime;

/// <summary>Facts about one service from its model, emitted by the generator as a static instance.</summary>
public sealed class ServiceMetadata
{
    public ServiceMetadata(string serviceId, string endpointPrefix, string signingName, string apiVersion, AwsProtocol protocol)
    {
        ServiceId = serviceId;
        EndpointPrefix = endpointPrefix;
        SigningName = signingName;
        ApiVersion = apiVersion;
        Protocol = protocol;
        EnvironmentSuffix = serviceId.ToUpperInvariant().Replace(' ', '_').Replace('-', '_');
    }

    /// <summary>The model's serviceId, such as "DynamoDB" or "CloudWatch Logs".</summary>
    public string ServiceId { get; }
    public string EndpointPrefix { get; }
    public string SigningName { get; }
    public string ApiVersion { get; }
    public AwsProtocol Protocol { get; }

    /// <summary>The suffix of AWS_ENDPOINT_URL_&lt;SERVICE&gt;: the service id upper-cased, spaces as underscores.</summary>
    public string EnvironmentSuffix { get; }

    /// <summary>The model's globalEndpoint, for services that have one host for every region (IAM, Route 53).</summary>
    public string? GlobalEndpoint { get; init; }

    /// <summary>
    /// S3 signs the path as sent, without normalizing or encoding it twice, and requires the payload hash in
    /// x-amz-content-sha256.
    /// </summary>
    public bool SignsRawPath
    {
        get => _signsRawPath;
        init
        {
            _signsRawPath = value;
            SigningOptions = value ? S3Signing : StandardSigning;
        }
    }

    private readonly bool _signsRawPath;
    private static readonly Auth.SigV4Options StandardSigning = new();
    private static readonly Auth.SigV4Options S3Signing = new() { NormalizePath = false, DoubleEncodePath = false, AddContentSha256Header = true };

    /// <summary>
    /// Compiles the service's endpoint rule set (embedded by the generator as UTF-8 JSON); null when the model came
    /// without one, and endpoints come from configuration or the model's host pattern.
    /// </summary>
    public Func<Endpoints.EndpointRuleSet>? EndpointRuleSet { get; init; }

    private Endpoints.EndpointRuleSet? _compiledRuleSet;

    /// <summary>The rule set, compiled on first use and shared by every client of the service.</summary>
    internal Endpoints.EndpointRuleSet? CompiledRuleSet
    {
        get
        {
            if (EndpointRuleSet is not { } compile) return null;
            if (_compiledRuleSet is { } compiled) return compiled;
            try
            {
                // Two threads may both compile on a first race; the results are equal and one wins.
                System.Threading.Interlocked.CompareExchange(ref _compiledRuleSet, compile(), null);
            }
            catch (Endpoints.EndpointRuleSetFormatException e)
            {
                throw new Errors.AwsClientException($"{ServiceId}: the generated endpoint rule set is invalid: {e.Message}", e);
            }
            return _compiledRuleSet;
        }
    }

    /// <summary>How this service's requests are signed; one shared instance, not one per attempt.</summary>
    public Auth.SigV4Options SigningOptions { get; private init; } = StandardSigning;
}
