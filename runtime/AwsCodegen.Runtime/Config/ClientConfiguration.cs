using System;
using System.Net.Http;
using AwsCodegen.Runtime.Auth;

namespace AwsCodegen.Runtime;

/// <summary>A client's settings after resolution: what the options gave, else the environment, else the profile.</summary>
public sealed class ClientConfiguration : IDisposable
{
    private readonly bool _ownsTransport;

    private ClientConfiguration(ServiceMetadata service, string region, Uri endpoint, IAwsCredentialsProvider credentials,
        HttpMessageInvoker transport, bool ownsTransport, int maxAttempts, string userAgent, Func<string, string?> environment)
    {
        Service = service;
        Region = region;
        SigningRegion = region;
        Endpoint = endpoint;
        Credentials = credentials;
        Transport = transport;
        _ownsTransport = ownsTransport;
        MaxAttempts = maxAttempts;
        UserAgent = userAgent;
        Environment = environment;
    }

    public ServiceMetadata Service { get; }
    public string Region { get; }
    public string SigningRegion { get; }
    public Uri Endpoint { get; }
    public IAwsCredentialsProvider Credentials { get; }
    public HttpMessageInvoker Transport { get; }
    public int MaxAttempts { get; }
    public string UserAgent { get; }
    public Func<string, string?> Environment { get; }

    public Func<string>? IdempotencyTokenProvider { get; private init; }

    /// <summary>S3 addressing: <see cref="AwsClientOptions.ForcePathStyle"/>, else the profile's s3.addressing_style == "path".</summary>
    public bool ForcePathStyle { get; private init; }

    /// <summary>AWS_DISABLE_REQUEST_COMPRESSION / disable_request_compression.</summary>
    public bool DisableRequestCompression { get; private init; }

    /// <summary>The smallest body worth compressing: AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES / request_min_compression_size_bytes, else 10240.</summary>
    public int RequestMinCompressionSizeBytes { get; private init; } = 10240;

    public static ClientConfiguration Resolve(ServiceMetadata service, AwsClientOptions? options)
    {
        options ??= new AwsClientOptions();
        Func<string, string?> env = options.EnvironmentVariables ?? System.Environment.GetEnvironmentVariable;
        var profile = SharedConfig.Load(options.Profile, env);
        string region = RegionResolver.Resolve(options, env, profile);
        Uri endpoint = DefaultEndpoint.Resolve(service, region, options, env, profile);
        var credentials = options.Credentials ?? DefaultCredentialsChain.Create(options.Profile, env);
        int maxAttempts = options.MaxAttempts ?? ParseInt(env("AWS_MAX_ATTEMPTS")) ?? ParseInt(profile?.Get("max_attempts")) ?? 3;
        HttpMessageInvoker transport;
        bool owns;
        if (options.HttpHandler is { } handler)
        {
            transport = new HttpMessageInvoker(handler, disposeHandler: false);
            owns = false;
        }
        else
        {
            transport = new HttpMessageInvoker(SharedHandlers.CreatePooledHandler(), disposeHandler: true);
            owns = true;
        }
        string userAgent = "awscodegen/" + typeof(ClientConfiguration).Assembly.GetName().Version?.ToString(3) +
            " md/" + service.ServiceId.Replace(' ', '_') + (options.UserAgentSuffix is { } suffix ? " " + suffix : "");
        return new ClientConfiguration(service, region, endpoint, credentials, transport, owns, maxAttempts, userAgent, env)
        {
            IdempotencyTokenProvider = options.IdempotencyTokenProvider,
            ForcePathStyle = options.ForcePathStyle ?? string.Equals(profile?.Get("s3.addressing_style"), "path", StringComparison.OrdinalIgnoreCase),
            DisableRequestCompression = string.Equals(env("AWS_DISABLE_REQUEST_COMPRESSION") ?? profile?.Get("disable_request_compression"), "true", StringComparison.OrdinalIgnoreCase),
            RequestMinCompressionSizeBytes = ParseInt(env("AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES")) ?? ParseInt(profile?.Get("request_min_compression_size_bytes")) ?? 10240,
        };
    }

    private static int? ParseInt(string? text) =>
        int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int value) ? value : null;

    public void Dispose()
    {
        if (_ownsTransport) Transport.Dispose();
    }
}
