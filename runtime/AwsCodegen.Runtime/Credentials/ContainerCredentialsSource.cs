using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Auth;

namespace AwsCodegen.Runtime.Credentials;

/// <summary>
/// The container credentials endpoint of ECS, EKS Pod Identity and similar hosts:
/// AWS_CONTAINER_CREDENTIALS_RELATIVE_URI (a path on 169.254.170.2), else AWS_CONTAINER_CREDENTIALS_FULL_URI, with
/// the Authorization header from AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE (read on every fetch: it rotates) or
/// AWS_CONTAINER_AUTHORIZATION_TOKEN. Not configured when neither URI variable is set.
/// </summary>
public sealed class ContainerCredentialsSource : ICredentialsSource
{
    public const string RelativeUriVariable = "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI";
    public const string FullUriVariable = "AWS_CONTAINER_CREDENTIALS_FULL_URI";
    public const string TokenVariable = "AWS_CONTAINER_AUTHORIZATION_TOKEN";
    public const string TokenFileVariable = "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE";

    /// <summary>The ECS agent's address, where a relative URI points.</summary>
    internal const string EcsHost = "169.254.170.2";

    private readonly Func<string, string?> _env;
    private readonly MetadataHttp _http;
    private volatile string _description = $"container endpoint ({RelativeUriVariable} or {FullUriVariable}): not set";

    public ContainerCredentialsSource(Func<string, string?> env) : this(env, MetadataHttp.Default) { }

    internal ContainerCredentialsSource(Func<string, string?> env, MetadataHttp http)
    {
        _env = env ?? throw new ArgumentNullException(nameof(env));
        _http = http;
    }

    public string Description => _description;

    public async ValueTask<AwsCredentials?> TryGetCredentialsAsync(CancellationToken cancellationToken = default)
    {
        var (endpoint, variable) = ResolveEndpoint(_env);
        if (endpoint is null) return null;
        string where = $"the container credentials endpoint {endpoint} ({variable})";
        _description = where;
        string? authorization = await ReadAuthorizationAsync(cancellationToken).ConfigureAwait(false);

        MetadataResponse response;
        try
        {
            response = await _http.SendAsync(() =>
            {
                var request = new HttpRequestMessage(HttpMethod.Get, endpoint);
                request.Headers.Accept.ParseAdd("application/json");
                if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
                return request;
            }, maxAttempts: 2, cancellationToken).ConfigureAwait(false);
        }
        catch (MetadataUnreachableException e)
        {
            throw new CredentialsException($"No credentials from {where}: {e.Message}.", e);
        }
        if (!response.IsSuccess)
            throw new CredentialsException($"{where} answered {response.StatusCode}{ErrorDetail(response.Body)}.");
        return MetadataCredentialsDocument.Parse(response.Body, where);
    }

    /// <summary>
    /// The endpoint, or null when neither variable is set. A full URI must be https, or http to a loopback address or
    /// one of the container hosts' link-local addresses: credentials must not travel in clear text across a network.
    /// </summary>
    internal static (Uri? Endpoint, string Variable) ResolveEndpoint(Func<string, string?> env)
    {
        if (NonEmpty(env(RelativeUriVariable)) is { } relative)
        {
            if (!relative.StartsWith('/')) relative = "/" + relative;
            if (!Uri.TryCreate("http://" + EcsHost + relative, UriKind.Absolute, out var ecs))
                throw new CredentialsException($"{RelativeUriVariable} is '{relative}', which is not a URL path.");
            return (ecs, RelativeUriVariable);
        }
        if (NonEmpty(env(FullUriVariable)) is not { } full) return (null, FullUriVariable);
        if (!Uri.TryCreate(full, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new CredentialsException($"{FullUriVariable} is '{full}', which is not an absolute http or https URL.");
        if (uri.Scheme == Uri.UriSchemeHttp && !IsAllowedHttpHost(uri))
            throw new CredentialsException(
                $"{FullUriVariable} is '{full}': an http URL must be a loopback address or {EcsHost}, 169.254.170.23 or [fd00:ec2::23]; use https for any other host.");
        return (uri, FullUriVariable);
    }

    private static bool IsAllowedHttpHost(Uri uri)
    {
        if (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)) return true;
        if (!IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address)) return false;
        return IPAddress.IsLoopback(address) || address.Equals(IPAddress.Parse(EcsHost)) ||
            address.Equals(IPAddress.Parse("169.254.170.23")) || address.Equals(IPAddress.Parse("fd00:ec2::23"));
    }

    private async Task<string?> ReadAuthorizationAsync(CancellationToken cancellationToken)
    {
        string? token;
        string source;
        if (NonEmpty(_env(TokenFileVariable)) is { } path)
        {
            source = $"the file {path} ({TokenFileVariable})";
            try
            {
                token = (await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false)).Trim();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CredentialsException($"Cannot read the container authorization token from {source}: {e.Message}", e);
            }
        }
        else
        {
            source = TokenVariable;
            token = NonEmpty(_env(TokenVariable));
        }
        if (token is not null && token.AsSpan().IndexOfAny('\r', '\n') >= 0)
            throw new CredentialsException($"The container authorization token from {source} contains a line break, which a header cannot carry.");
        return string.IsNullOrEmpty(token) ? null : token;
    }

    /// <summary>": Code: Message" from an error document, when it is one; never the raw body.</summary>
    private static string ErrorDetail(string body)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(body);
            var root = document.RootElement;
            string? code = Member(root, "code") ?? Member(root, "Code");
            string? message = Member(root, "message") ?? Member(root, "Message");
            return code is null && message is null ? "" : $": {code} {message}".TrimEnd();
        }
        catch (System.Text.Json.JsonException)
        {
            return "";
        }
    }

    private static string? Member(System.Text.Json.JsonElement root, string name) =>
        root.ValueKind == System.Text.Json.JsonValueKind.Object && root.TryGetProperty(name, out var value) &&
        value.ValueKind == System.Text.Json.JsonValueKind.String ? value.GetString() : null;

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
