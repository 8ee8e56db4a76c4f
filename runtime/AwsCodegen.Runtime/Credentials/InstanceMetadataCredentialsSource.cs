using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Auth;

namespace AwsCodegen.Runtime.Credentials;

/// <summary>
/// The credentials of the EC2 instance's IAM role from the instance metadata service: IMDSv2 (PUT a session token,
/// then GET the role name and its credentials with it), falling back to IMDSv1 where the service refuses tokens
/// (403, 404, 405) unless AWS_EC2_METADATA_V1_DISABLED / ec2_metadata_v1_disabled says not to.
/// </summary>
/// <remarks>
/// It is the last source of the chain and the only one that probes the network without being asked to: the first
/// request gets one attempt of about a second, and a service that does not answer it (not on EC2) means "not
/// configured", so the chain reports what it tried. AWS_EC2_METADATA_DISABLED=true skips it without any request.
/// The endpoint is AWS_EC2_METADATA_SERVICE_ENDPOINT or the profile's ec2_metadata_service_endpoint, else
/// 169.254.169.254 (or [fd00:ec2::254] when the endpoint mode is IPv6).
/// </remarks>
public sealed class InstanceMetadataCredentialsSource : ICredentialsSource
{
    public const string DisabledVariable = "AWS_EC2_METADATA_DISABLED";
    public const string EndpointVariable = "AWS_EC2_METADATA_SERVICE_ENDPOINT";
    public const string EndpointModeVariable = "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE";
    public const string V1DisabledVariable = "AWS_EC2_METADATA_V1_DISABLED";

    private const string TokenPath = "latest/api/token";
    private const string RolesPath = "latest/meta-data/iam/security-credentials/";
    private const string TokenHeader = "X-aws-ec2-metadata-token";
    private const string TokenTtlHeader = "X-aws-ec2-metadata-token-ttl-seconds";
    private const string TokenTtlSeconds = "21600";

    private readonly string? _profileName;
    private readonly Func<string, string?> _env;
    private readonly MetadataHttp _http;
    private volatile string _description = "EC2 instance metadata: not asked yet";

    /// <param name="profileName">The profile asked for in code, or null (its IMDS settings apply).</param>
    /// <param name="env">Reads environment variables.</param>
    public InstanceMetadataCredentialsSource(string? profileName, Func<string, string?> env) : this(profileName, env, MetadataHttp.Default) { }

    internal InstanceMetadataCredentialsSource(string? profileName, Func<string, string?> env, MetadataHttp http)
    {
        _profileName = profileName;
        _env = env ?? throw new ArgumentNullException(nameof(env));
        _http = http;
    }

    public string Description => _description;

    public async ValueTask<AwsCredentials?> TryGetCredentialsAsync(CancellationToken cancellationToken = default)
    {
        if (string.Equals(_env(DisabledVariable)?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            _description = $"EC2 instance metadata: disabled ({DisabledVariable}=true)";
            return null;
        }
        var settings = InstanceMetadataSettings.Resolve(_profileName, _env);
        string where = $"EC2 instance metadata at {settings.Endpoint}";
        try
        {
            // The first request decides whether there is a metadata service at all: one attempt, no retry.
            string? token = await FetchTokenAsync(settings, where, cancellationToken).ConfigureAwait(false);
            var roles = await GetAsync(settings.Endpoint, RolesPath, token, cancellationToken).ConfigureAwait(false);
            if (roles.StatusCode == 404)
            {
                _description = where + ": the instance has no IAM role (instance profile)";
                return null;
            }
            string role = FirstLine(Require(roles, where, "the role name"));
            if (role.Length == 0)
            {
                _description = where + ": the instance has no IAM role (instance profile)";
                return null;
            }
            string source = $"{where} (role {role})";
            var credentials = await GetAsync(settings.Endpoint, RolesPath + Uri.EscapeDataString(role), token, cancellationToken).ConfigureAwait(false);
            var result = MetadataCredentialsDocument.Parse(Require(credentials, source, "the role's credentials"), source);
            _description = source;
            return result;
        }
        catch (MetadataUnreachableException e)
        {
            _description = $"{where}: {e.Message} (not on EC2? set {DisabledVariable}=true to skip it)";
            return null;
        }
    }

    /// <summary>The IMDSv2 session token, or null to go on with IMDSv1.</summary>
    private async Task<string?> FetchTokenAsync(InstanceMetadataSettings settings, string where, CancellationToken cancellationToken)
    {
        var response = await _http.SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Put, new Uri(settings.Endpoint, TokenPath));
            request.Headers.TryAddWithoutValidation(TokenTtlHeader, TokenTtlSeconds);
            return request;
        }, maxAttempts: 1, cancellationToken).ConfigureAwait(false);

        if (response.IsSuccess && response.Body.Trim() is { Length: > 0 } token) return token;
        if (response.StatusCode is 403 or 404 or 405)
        {
            if (settings.V1Disabled)
                throw new CredentialsException(
                    $"{where} refused an IMDSv2 session token ({response.StatusCode}), and IMDSv1 is disabled ({V1DisabledVariable} or ec2_metadata_v1_disabled).");
            return null;
        }
        throw new CredentialsException($"{where} answered {response.StatusCode} to the IMDSv2 token request.");
    }

    private Task<MetadataResponse> GetAsync(Uri endpoint, string path, string? token, CancellationToken cancellationToken) =>
        _http.SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, new Uri(endpoint, path));
            if (token is not null) request.Headers.TryAddWithoutValidation(TokenHeader, token);
            return request;
        }, maxAttempts: 2, cancellationToken);

    private static string Require(MetadataResponse response, string where, string what) =>
        response.IsSuccess ? response.Body : throw new CredentialsException($"{where} answered {response.StatusCode} when asked for {what}.");

    private static string FirstLine(string text)
    {
        foreach (var line in text.Split('\n'))
            if (line.Trim() is { Length: > 0 } trimmed) return trimmed;
        return "";
    }
}
