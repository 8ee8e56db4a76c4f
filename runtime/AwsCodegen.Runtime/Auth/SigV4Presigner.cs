using System;
using System.Globalization;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime.Auth;

/// <summary>
/// SigV4 in the query string (a presigned URL): the signing parameters go into the query, which is then part of the
/// canonical request, and the signature is appended last as X-Amz-Signature. Whoever holds the URL can make the
/// request until it expires, without credentials of their own.
/// </summary>
public static class SigV4Presigner
{
    /// <summary>SigV4's limit: a presigned URL is valid for at most seven days.</summary>
    public static readonly TimeSpan MaxExpiry = TimeSpan.FromDays(7);

    /// <summary>
    /// Adds the X-Amz-* signing parameters and the signature to <paramref name="request"/>'s query. Host and every
    /// header already on the request are signed, so the caller must send them as they are. S3 (whose options add
    /// x-amz-content-sha256) and <see cref="SigV4Options.UnsignedPayload"/> sign "UNSIGNED-PAYLOAD", so any body may
    /// be sent; otherwise the body's hash is signed and exactly that body must be sent.
    /// </summary>
    public static SigV4SigningDetails Presign(AwsHttpRequest request, AwsCredentials credentials, SigningScope scope, DateTimeOffset time, TimeSpan expiresIn, SigV4Options options)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(options);
        if (expiresIn < TimeSpan.FromSeconds(1) || expiresIn > MaxExpiry)
            throw new ArgumentOutOfRangeException(nameof(expiresIn), expiresIn, "A presigned URL expires after between 1 second and 7 days.");

        var headers = request.Headers;
        headers.Remove(SigV4Signer.AuthorizationHeader);
        headers.Remove(SigV4Signer.DateHeader);
        headers.Remove(SigV4Signer.SecurityTokenHeader);
        headers.Remove(SigV4Signer.ContentSha256Header);
        if (!headers.Contains("Host")) headers.Add("Host", request.Authority);

        string amzDate = SigV4Signer.FormatAmzDate(time);
        string credentialScope = SigV4Signer.CredentialScope(amzDate.AsSpan(0, 8), scope);
        string payloadHash = options.UnsignedPayload || options.AddContentSha256Header || SigV4PayloadHash.MustBeUnsigned(request.Content)
            ? SigV4PayloadHash.UnsignedPayload
            : SigV4PayloadHash.Compute(request.Content);

        var query = request.Query;
        query.Add(new("X-Amz-Algorithm", SigV4Signer.Algorithm));
        query.Add(new("X-Amz-Credential", credentials.AccessKeyId + "/" + credentialScope));
        query.Add(new("X-Amz-Date", amzDate));
        query.Add(new("X-Amz-Expires", ((long)expiresIn.TotalSeconds).ToString(CultureInfo.InvariantCulture)));
        query.Add(new("X-Amz-SignedHeaders", SigV4Canonicalizer.SignedHeaders(headers)));
        if (!string.IsNullOrEmpty(credentials.SessionToken)) query.Add(new("X-Amz-Security-Token", credentials.SessionToken));

        ArgumentException.ThrowIfNullOrEmpty(scope.Region, nameof(scope));
        ArgumentException.ThrowIfNullOrEmpty(scope.Service, nameof(scope));
        var result = SigV4Signer.Compute(request, credentials, scope, amzDate, credentialScope, payloadHash, options, captureDetails: true);
        query.Add(new("X-Amz-Signature", result.Signature));
        return new SigV4SigningDetails(result.CanonicalRequest!, result.StringToSign!, result.SignedHeaders, payloadHash, result.Signature, Authorization: null);
    }
}
