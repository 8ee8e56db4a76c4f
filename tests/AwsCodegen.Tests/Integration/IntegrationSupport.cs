using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using System.Xml.Linq;
using AwsCodegen.Runtime;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Http;
using AwsCodegen.Tests.Infrastructure;

namespace AwsCodegen.Tests.Integration;

/// <summary>What the integration tests share: client options for moto, unique names, and a signed IAM call.</summary>
internal static class IntegrationSupport
{
    /// <summary>Options that point a generated client at <paramref name="moto"/> with its bootstrapped key.</summary>
    public static AwsClientOptions Options(MotoServer moto, IAwsCredentialsProvider? credentials = null, HttpMessageHandler? handler = null) => new()
    {
        Region = moto.Region,
        ServiceUrl = moto.Endpoint,
        Credentials = credentials ?? moto.Credentials,
        HttpHandler = handler,
        // Nothing of the developer's environment (AWS_MAX_ATTEMPTS, endpoint overrides, ~/.aws) leaks in.
        EnvironmentVariables = IsolatedEnvironment,
        MaxAttempts = 1,
    };

    private static string? IsolatedEnvironment(string name) =>
        name is "AWS_CONFIG_FILE" or "AWS_SHARED_CREDENTIALS_FILE" ? "/dev/null" : null;

    /// <summary>A name no other test (or earlier run against the same moto) uses.</summary>
    public static string UniqueName(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    /// <summary>
    /// Creates an IAM role that Lambda may assume, with a query-protocol POST signed by the bootstrapped key
    /// (IAM is a query service, which has no generated client yet). Returns the role's ARN.
    /// </summary>
    public static async Task<string> CreateLambdaRoleAsync(MotoServer moto, string roleName, CancellationToken cancellationToken = default)
    {
        const string trust = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";
        var document = await IamAsync(moto, new Dictionary<string, string>
        {
            ["Action"] = "CreateRole",
            ["RoleName"] = roleName,
            ["AssumeRolePolicyDocument"] = trust,
        }, cancellationToken).ConfigureAwait(false);
        return document.Descendants().First(e => e.Name.LocalName == "Arn").Value;
    }

    public static Task DeleteRoleAsync(MotoServer moto, string roleName, CancellationToken cancellationToken = default) =>
        IamAsync(moto, new Dictionary<string, string> { ["Action"] = "DeleteRole", ["RoleName"] = roleName }, cancellationToken);

    private static async Task<XDocument> IamAsync(MotoServer moto, Dictionary<string, string> parameters, CancellationToken cancellationToken)
    {
        const string contentType = "application/x-www-form-urlencoded; charset=utf-8";
        parameters["Version"] = "2010-05-08";
        string form = string.Join("&", parameters.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        byte[] body = Encoding.UTF8.GetBytes(form);

        var request = new AwsHttpRequest("POST", "/")
        {
            Endpoint = moto.Endpoint,
            Content = RequestContent.FromBytes(body, contentType),
        };
        request.Headers.Set("Content-Type", contentType);
        var credentials = await moto.Credentials.GetCredentialsAsync(cancellationToken).ConfigureAwait(false);
        SigV4Signer.Sign(request, credentials, new SigningScope(moto.Region, "iam"), DateTimeOffset.UtcNow, new SigV4Options());

        using var message = AwsCodegen.Runtime.Pipeline.TransportPolicy.ToMessage(request);

        using var http = moto.CreateHttpClient();
        using var response = await http.SendAsync(message, cancellationToken).ConfigureAwait(false);
        string text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"IAM {parameters["Action"]} answered {(int)response.StatusCode}:\n{text}");
        return XDocument.Parse(text);
    }
}
