using System;
using System.Net.Http;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Retry;

namespace AwsCodegen.Runtime;

/// <summary>What a caller may set on a generated client. Everything unset is resolved from the environment and profile.</summary>
public sealed class AwsClientOptions
{
    /// <summary>The region, such as "us-east-1". Otherwise AWS_REGION, AWS_DEFAULT_REGION, then the profile's region.</summary>
    public string? Region { get; set; }

    /// <summary>The shared-config profile. Otherwise AWS_PROFILE, then "default".</summary>
    public string? Profile { get; set; }

    /// <summary>
    /// A custom endpoint (the rule sets' SDK::Endpoint). Otherwise AWS_ENDPOINT_URL_&lt;SERVICE&gt;, AWS_ENDPOINT_URL,
    /// the profile's endpoint_url, then what the service's endpoint rules give for the region. The rules still apply
    /// to a custom endpoint: S3 puts the bucket in its host name or path.
    /// </summary>
    public Uri? ServiceUrl { get; set; }

    /// <summary>FIPS endpoints (AWS::UseFIPS). Otherwise AWS_USE_FIPS_ENDPOINT, the profile's use_fips_endpoint, then false.</summary>
    public bool? UseFips { get; set; }

    /// <summary>Dual-stack (IPv6) endpoints (AWS::UseDualStack). Otherwise AWS_USE_DUALSTACK_ENDPOINT, the profile's use_dualstack_endpoint, then false.</summary>
    public bool? UseDualStack { get; set; }

    /// <summary>S3 Transfer Acceleration (AWS::S3::Accelerate). Otherwise the profile's s3.use_accelerate_endpoint, then false.</summary>
    public bool? Accelerate { get; set; }

    /// <summary>S3: let an access point ARN's region override the client's (AWS::S3::UseArnRegion). Otherwise AWS_S3_USE_ARN_REGION, the profile's s3_use_arn_region.</summary>
    public bool? UseArnRegion { get; set; }

    /// <summary>
    /// Endpoint rule set parameters by name, for those without a dedicated option (S3's DisableS3ExpressSessionAuth,
    /// or a parameter a newer model adds). A value here wins over the option or built-in that would set it.
    /// </summary>
    public System.Collections.Generic.IDictionary<string, Endpoints.EndpointParameterValue>? EndpointParameters { get; set; }

    /// <summary>Credentials. Otherwise the default chain: environment variables, then the shared files.</summary>
    public IAwsCredentialsProvider? Credentials { get; set; }

    /// <summary>
    /// A handler shared by several clients, so that they share connections. The client does not dispose it.
    /// Otherwise each client owns one pooled SocketsHttpHandler.
    /// </summary>
    public HttpMessageHandler? HttpHandler { get; set; }

    /// <summary>
    /// Total attempts per call, including the first. Otherwise AWS_MAX_ATTEMPTS, the profile's max_attempts, then
    /// 3 (standard, adaptive) or 5 (legacy).
    /// </summary>
    public int? MaxAttempts { get; set; }

    /// <summary>
    /// When a flexible checksum the caller did not choose is sent. Otherwise AWS_REQUEST_CHECKSUM_CALCULATION, the
    /// profile's request_checksum_calculation, then when_supported (CRC32 for every operation that supports one).
    /// </summary>
    public Checksums.RequestChecksumCalculation? RequestChecksumCalculation { get; set; }

    /// <summary>
    /// When a response's checksum is validated without the caller asking. Otherwise AWS_RESPONSE_CHECKSUM_VALIDATION,
    /// the profile's response_checksum_validation, then when_supported.
    /// </summary>
    public Checksums.ResponseChecksumValidation? ResponseChecksumValidation { get; set; }

    /// <summary>How failed attempts are retried. Otherwise AWS_RETRY_MODE, the profile's retry_mode, then standard.</summary>
    public RetryMode? RetryMode { get; set; }

    /// <summary>
    /// The timeout of one attempt (sending, waiting and reading a non-streaming body). An attempt that runs out is
    /// retried like a transient error; when none is left the call fails with AwsRequestTimeoutException.
    /// </summary>
    public TimeSpan? AttemptTimeout { get; set; }

    /// <summary>
    /// The timeout of a whole call, every attempt and backoff included. When it expires the call fails with
    /// AwsRequestTimeoutException (IsOperationTimeout). The caller's own token still cancels with OperationCanceledException.
    /// </summary>
    public TimeSpan? OperationTimeout { get; set; }

    /// <summary>The TCP/TLS connect timeout of the client's own handler (not of a shared <see cref="HttpHandler"/>). Otherwise 10 s.</summary>
    public TimeSpan? ConnectTimeout { get; set; }

    /// <summary>Where environment variables are read. The resident CLI host passes each command's own environment here.</summary>
    public Func<string, string?>? EnvironmentVariables { get; set; }

    /// <summary>
    /// The whole environment a profile's credential_process runs with; null: this process's. The resident CLI host
    /// passes each command's own, so the process sees that command's PATH and variables.
    /// </summary>
    public System.Collections.Generic.IReadOnlyDictionary<string, string>? ProcessEnvironment { get; set; }

    /// <summary>
    /// The directory a profile's credential_process runs in, and against which a relative command (<c>./creds</c>)
    /// is found; null: this process's. The resident CLI host passes each command's own.
    /// </summary>
    public string? ProcessWorkingDirectory { get; set; }

    /// <summary>Makes idempotency tokens for members the caller left unset. Otherwise a random UUID per request.</summary>
    public Func<string>? IdempotencyTokenProvider { get; set; }

    /// <summary>
    /// S3: always put the bucket in the path (http://host/bucket/key), never in the host name (AWS::S3::ForcePathStyle).
    /// Otherwise the profile's s3.addressing_style == "path". By default the endpoint rules put a bucket that is a
    /// valid DNS label in the host name, unless the endpoint is an IP address.
    /// </summary>
    public bool? ForcePathStyle { get; set; }

    /// <summary>Extra text for the User-Agent header.</summary>
    public string? UserAgentSuffix { get; set; }

    /// <summary>Receives a redacted trace of every attempt (the pipeline's logging policy); null for none.</summary>
    public Diagnostics.IRequestLog? RequestLog { get; set; }
}
