using System;
using System.Net.Http;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Retry;

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

    /// <summary>The configured endpoint (options, AWS_ENDPOINT_URL_&lt;SERVICE&gt;, AWS_ENDPOINT_URL, profile), if any.</summary>
    public Uri? CustomEndpoint { get; private init; }

    /// <summary>Endpoint resolution by the service's rule set; null when the model came without one (then <see cref="Endpoint"/> is used).</summary>
    internal global::AwsCodegen.Runtime.Endpoints.ClientEndpoints? Endpoints { get; private init; }

    /// <summary>The values the client gives the endpoint rule set's parameters, by name (empty without a rule set).</summary>
    public System.Collections.Generic.IReadOnlyDictionary<string, global::AwsCodegen.Runtime.Endpoints.EndpointParameterValue> EndpointParameters =>
        Endpoints?.ClientParameters ?? NoEndpointParameters;

    private static readonly System.Collections.Generic.IReadOnlyDictionary<string, global::AwsCodegen.Runtime.Endpoints.EndpointParameterValue> NoEndpointParameters =
        new System.Collections.Generic.Dictionary<string, global::AwsCodegen.Runtime.Endpoints.EndpointParameterValue>();

    /// <summary>AWS_DISABLE_REQUEST_COMPRESSION / disable_request_compression.</summary>
    public bool DisableRequestCompression { get; private init; }

    /// <summary>The smallest body worth compressing: AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES / request_min_compression_size_bytes, else 10240.</summary>
    public int RequestMinCompressionSizeBytes { get; private init; } = 10240;

    /// <summary>When a checksum the caller did not choose is sent (options, AWS_REQUEST_CHECKSUM_CALCULATION, request_checksum_calculation).</summary>
    public Checksums.RequestChecksumCalculation RequestChecksumCalculation { get; private init; }

    /// <summary>When a response checksum is validated unasked (options, AWS_RESPONSE_CHECKSUM_VALIDATION, response_checksum_validation).</summary>
    public Checksums.ResponseChecksumValidation ResponseChecksumValidation { get; private init; }

    /// <summary>The client's retry state: mode, attempts, quota, rate limiter, clock offset.</summary>
    public RetryStrategy Retry { get; private init; } = new(RetryMode.Standard, 3);

    public RetryMode RetryMode => Retry.Mode;

    /// <summary>Receives the redacted trace of each attempt (<see cref="AwsClientOptions.RequestLog"/>); null for none.</summary>
    public Diagnostics.IRequestLog? RequestLog { get; private init; }

    /// <summary>The timeout of one attempt (<see cref="AwsClientOptions.AttemptTimeout"/>); null for none.</summary>
    public TimeSpan? AttemptTimeout { get; private init; }

    /// <summary>The timeout of a whole call, retries and backoff included (<see cref="AwsClientOptions.OperationTimeout"/>); null for none.</summary>
    public TimeSpan? OperationTimeout { get; private init; }

    /// <summary>The connect timeout of the client's own handler (<see cref="AwsClientOptions.ConnectTimeout"/>); null for the default (10 s).</summary>
    public TimeSpan? ConnectTimeout { get; private init; }

    public static ClientConfiguration Resolve(ServiceMetadata service, AwsClientOptions? options)
    {
        options ??= new AwsClientOptions();
        Func<string, string?> env = options.EnvironmentVariables ?? System.Environment.GetEnvironmentVariable;
        var profile = SharedConfig.Load(options.Profile, env);
        string region = RegionResolver.Resolve(options, env, profile);
        Uri? customEndpoint = DefaultEndpoint.Custom(service, options, env, profile);
        Uri endpoint = customEndpoint ?? DefaultEndpoint.FromModel(service, region);
        bool forcePathStyle = options.ForcePathStyle ?? string.Equals(profile?.Get("s3.addressing_style"), "path", StringComparison.OrdinalIgnoreCase);
        global::AwsCodegen.Runtime.Endpoints.ClientEndpoints? endpoints = service.CompiledRuleSet is { } ruleSet
            ? new global::AwsCodegen.Runtime.Endpoints.ClientEndpoints(service.ServiceId, ruleSet, global::AwsCodegen.Runtime.Endpoints.Partitions.Default,
                EndpointBuiltIns.Resolve(region, customEndpoint, forcePathStyle, options, env, profile),
                options.EndpointParameters is { } byName ? new System.Collections.Generic.Dictionary<string, global::AwsCodegen.Runtime.Endpoints.EndpointParameterValue>(byName, StringComparer.Ordinal) : null)
            : null;
        var credentials = options.Credentials ?? DefaultCredentialsChain.Create(options.Profile, env, region, options.ProcessEnvironment, options.ProcessWorkingDirectory);
        var retryMode = options.RetryMode ?? RetryStrategy.ParseMode(env("AWS_RETRY_MODE"), "AWS_RETRY_MODE") ??
            RetryStrategy.ParseMode(profile?.Get("retry_mode"), "retry_mode") ?? RetryMode.Standard;
        int maxAttempts = options.MaxAttempts ?? ParseInt(env("AWS_MAX_ATTEMPTS")) ?? ParseInt(profile?.Get("max_attempts")) ?? RetryStrategy.DefaultMaxAttempts(retryMode);
        if (maxAttempts < 1) throw new ArgumentOutOfRangeException(nameof(options), maxAttempts, "MaxAttempts (max_attempts, AWS_MAX_ATTEMPTS) must be at least 1.");
        var requestChecksums = options.RequestChecksumCalculation ??
            (Checksums.ChecksumDefaults.ParseWhenSupported(env("AWS_REQUEST_CHECKSUM_CALCULATION"), "AWS_REQUEST_CHECKSUM_CALCULATION") ??
             Checksums.ChecksumDefaults.ParseWhenSupported(profile?.Get("request_checksum_calculation"), "request_checksum_calculation") ?? true
                ? Checksums.RequestChecksumCalculation.WhenSupported : Checksums.RequestChecksumCalculation.WhenRequired);
        var responseChecksums = options.ResponseChecksumValidation ??
            (Checksums.ChecksumDefaults.ParseWhenSupported(env("AWS_RESPONSE_CHECKSUM_VALIDATION"), "AWS_RESPONSE_CHECKSUM_VALIDATION") ??
             Checksums.ChecksumDefaults.ParseWhenSupported(profile?.Get("response_checksum_validation"), "response_checksum_validation") ?? true
                ? Checksums.ResponseChecksumValidation.WhenSupported : Checksums.ResponseChecksumValidation.WhenRequired);
        CheckTimeout(options.AttemptTimeout, nameof(AwsClientOptions.AttemptTimeout));
        CheckTimeout(options.OperationTimeout, nameof(AwsClientOptions.OperationTimeout));
        CheckTimeout(options.ConnectTimeout, nameof(AwsClientOptions.ConnectTimeout));
        HttpMessageInvoker transport;
        bool owns;
        if (options.HttpHandler is { } handler)
        {
            transport = new HttpMessageInvoker(handler, disposeHandler: false);
            owns = false;
        }
        else
        {
            var pooled = SharedHandlers.CreatePooledHandler();
            if (options.ConnectTimeout is { } connectTimeout) pooled.ConnectTimeout = connectTimeout;
            transport = new HttpMessageInvoker(pooled, disposeHandler: true);
            owns = true;
        }
        string userAgent = "awscodegen/" + RuntimeVersion.Value +
            " md/" + service.ServiceId.Replace(' ', '_') + (options.UserAgentSuffix is { } suffix ? " " + suffix : "");
        return new ClientConfiguration(service, region, endpoint, credentials, transport, owns, maxAttempts, userAgent, env)
        {
            Retry = new RetryStrategy(retryMode, maxAttempts),
            AttemptTimeout = options.AttemptTimeout,
            RequestLog = options.RequestLog,
            OperationTimeout = options.OperationTimeout,
            ConnectTimeout = options.ConnectTimeout,
            IdempotencyTokenProvider = options.IdempotencyTokenProvider,
            ForcePathStyle = forcePathStyle,
            CustomEndpoint = customEndpoint,
            Endpoints = endpoints,
            DisableRequestCompression = string.Equals(env("AWS_DISABLE_REQUEST_COMPRESSION") ?? profile?.Get("disable_request_compression"), "true", StringComparison.OrdinalIgnoreCase),
            RequestChecksumCalculation = requestChecksums,
            ResponseChecksumValidation = responseChecksums,
            RequestMinCompressionSizeBytes = ParseInt(env("AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES")) ?? ParseInt(profile?.Get("request_min_compression_size_bytes")) ?? 10240,
        };
    }

    private static void CheckTimeout(TimeSpan? value, string name)
    {
        if (value is { } t && t <= TimeSpan.Zero && t != System.Threading.Timeout.InfiniteTimeSpan)
            throw new ArgumentOutOfRangeException(name, t, name + " must be positive.");
    }

    private static int? ParseInt(string? text) =>
        int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int value) ? value : null;

    public void Dispose()
    {
        if (_ownsTransport) Transport.Dispose();
    }
}
