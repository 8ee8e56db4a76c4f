using System;
using System.Net;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime.Pipeline;

/// <summary>
/// Virtual-hosted or path-style addressing for requests with a <see cref="AwsHttpRequest.VirtualHostLabel"/> (S3's
/// bucket, which the generator marks from the quirks table). The label moves from the first path segment into the
/// host name unless path style is forced, the endpoint is an IP address or localhost, or the label is not one valid
/// DNS label (upper case, dots, too short or long): then the request stays path-style.
/// </summary>
internal sealed class AddressingPolicy : PipelinePolicy
{
    public override ValueTask<AwsHttpResponse> SendAsync(PipelineContext context, PipelineNext next)
    {
        var request = context.Request;
        if (request.VirtualHostLabel is { } label && request.Endpoint is { } endpoint && !context.Configuration.ForcePathStyle)
            TryMoveToHost(request, label, endpoint);
        return next.SendAsync(context);
    }

    /// <summary>Moves the label into the host when it can be there; returns whether it did.</summary>
    internal static bool TryMoveToHost(AwsHttpRequest request, string label, Uri endpoint)
    {
        if (!CanBeHostLabel(label) || IsAddressHost(endpoint)) return false;
        string prefix = "/" + AwsUri.Encode(label);
        string path = request.Path;
        if (!path.StartsWith(prefix, StringComparison.Ordinal) || (path.Length > prefix.Length && path[prefix.Length] != '/')) return false;
        string rest = path.Substring(prefix.Length);
        request.Path = rest.Length == 0 ? "/" : rest;
        request.HostPrefix = label + "." + request.HostPrefix;
        request.VirtualHostLabel = null;
        return true;
    }

    /// <summary>A bucket name that can be one host label: 3-63 characters, lower case, no dots, not an IP address.</summary>
    internal static bool CanBeHostLabel(string label) =>
        label.IndexOf('.') < 0 && Endpoints.Functions.AwsIsVirtualHostableS3BucketFunction.IsVirtualHostable(label, allowSubDomains: false);

    private static bool IsAddressHost(Uri endpoint) =>
        endpoint.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 ||
        string.Equals(endpoint.Host, "localhost", StringComparison.OrdinalIgnoreCase) ||
        IPAddress.TryParse(endpoint.Host, out _);
}
