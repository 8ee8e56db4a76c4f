using System;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime.Auth;

/// <summary>
/// AWS Signature Version 4 in the Authorization header. <see cref="Sign"/> is called for every attempt of every
/// request, so it writes the canonical request and the string to sign into one pooled buffer and hashes them
/// there; <see cref="SignWithDetails"/> does the same and also returns those texts.
/// </summary>
public static class SigV4Signer
{
    public const string Algorithm = "AWS4-HMAC-SHA256";
    public const string AuthorizationHeader = "Authorization";
    public const string DateHeader = "X-Amz-Date";
    public const string SecurityTokenHeader = "X-Amz-Security-Token";
    public const string ContentSha256Header = "X-Amz-Content-SHA256";

    /// <summary>
    /// Signs <paramref name="request"/> in place. Any Authorization, X-Amz-Date and X-Amz-Security-Token from an
    /// earlier signing are replaced, so a retried request can be signed again with a fresh time.
    /// </summary>
    public static void Sign(AwsHttpRequest request, AwsCredentials credentials, SigningScope scope, DateTimeOffset time, SigV4Options options) =>
        SignCore(request, credentials, scope, time, options, captureDetails: false);

    /// <summary>Signs like <see cref="Sign"/> and returns the canonical request, string to sign and signature.</summary>
    public static SigV4SigningDetails SignWithDetails(AwsHttpRequest request, AwsCredentials credentials, SigningScope scope, DateTimeOffset time, SigV4Options options) =>
        SignCore(request, credentials, scope, time, options, captureDetails: true)!;

    private static SigV4SigningDetails? SignCore(AwsHttpRequest request, AwsCredentials credentials, SigningScope scope, DateTimeOffset time, SigV4Options options, bool captureDetails)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(scope.Region, nameof(scope));
        ArgumentException.ThrowIfNullOrEmpty(scope.Service, nameof(scope));

        string amzDate = FormatAmzDate(time);
        PrepareHeaders(request, credentials, amzDate);
        string payloadHash = ResolvePayloadHash(request, options);
        string credentialScope = CredentialScope(amzDate.AsSpan(0, 8), scope);
        var result = Compute(request, credentials, scope, amzDate, credentialScope, payloadHash, options, captureDetails);
        string authorization = FormatAuthorization(credentials.AccessKeyId, credentialScope, result.SignedHeaders, result.Signature);
        request.Headers.Add(AuthorizationHeader, authorization);
        return captureDetails
            ? new SigV4SigningDetails(result.CanonicalRequest!, result.StringToSign!, result.SignedHeaders, payloadHash, result.Signature, authorization)
            : null;
    }

    /// <summary>The signature over the request as it stands, and, when asked, the texts it was computed from.</summary>
    internal readonly record struct SignatureResult(string Signature, string SignedHeaders, string? CanonicalRequest, string? StringToSign);

    /// <summary>
    /// Tasks 1-3 of SigV4: canonical request, string to sign, signature, in one pooled buffer (the header and the
    /// query-string forms differ only in where the signing parameters go, which the caller has already decided).
    /// </summary>
    internal static SignatureResult Compute(AwsHttpRequest request, AwsCredentials credentials, SigningScope scope, string amzDate,
        string credentialScope, string payloadHash, SigV4Options options, bool captureDetails)
    {
        ReadOnlySpan<char> date = amzDate.AsSpan(0, 8);
        var buffer = new PooledCharBuffer(1024);
        string signedHeaders, signature;
        string? canonicalRequest = null, stringToSign = null;
        Span<byte> hash = stackalloc byte[SigV4Crypto.KeySize];
        Span<byte> signingKey = stackalloc byte[SigV4Crypto.KeySize];
        try
        {
            SigV4Canonicalizer.WriteCanonicalRequest(ref buffer, request, payloadHash, options, out signedHeaders);
            SigV4Crypto.Sha256Utf8(buffer.AsSpan(), hash);
            if (captureDetails) canonicalRequest = buffer.ToString();

            buffer.Clear();
            WriteStringToSign(ref buffer, amzDate, credentialScope, hash);
            if (captureDetails) stringToSign = buffer.ToString();

            SigningKeyCache.Shared.GetSigningKey(credentials.SecretAccessKey, date, scope.Region, scope.Service, signingKey);
            signature = SigV4Crypto.ComputeSignature(signingKey, buffer.AsSpan());
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(signingKey);
            buffer.Dispose();
        }
        return new SignatureResult(signature, signedHeaders, canonicalRequest, stringToSign);
    }

    /// <summary>
    /// Drops the headers an earlier signing put there and adds Host, X-Amz-Date and, for temporary credentials,
    /// X-Amz-Security-Token. The token always comes from the credentials: a stale one from an expired session
    /// must not survive a re-sign with refreshed keys.
    /// </summary>
    internal static void PrepareHeaders(AwsHttpRequest request, AwsCredentials credentials, string amzDate)
    {
        var headers = request.Headers;
        headers.Remove(AuthorizationHeader);
        headers.Remove(DateHeader);
        headers.Remove(SecurityTokenHeader);
        // SigV4 requires host to be signed; set it from the endpoint exactly as the transport will send it.
        if (!headers.Contains("Host")) headers.Add("Host", request.Authority);
        headers.Add(DateHeader, amzDate);
        if (!string.IsNullOrEmpty(credentials.SessionToken)) headers.Add(SecurityTokenHeader, credentials.SessionToken);
    }

    /// <summary>
    /// Chooses the payload hash and keeps X-Amz-Content-SHA256 in step with it:
    /// <list type="bullet">
    /// <item>unsigned (by option, or a stream that can't seek): "UNSIGNED-PAYLOAD", and the header is always set,
    /// since a service can't otherwise tell that the signature does not cover the body;</item>
    /// <item><see cref="SigV4Options.AddContentSha256Header"/> (S3): the computed hash, header replaced;</item>
    /// <item>otherwise a header the caller set (a Glacier tree hash, a streaming marker) is what gets signed, since
    /// the service checks the signature against that header; without one, the computed hash.</item>
    /// </list>
    /// </summary>
    internal static string ResolvePayloadHash(AwsHttpRequest request, SigV4Options options)
    {
        var headers = request.Headers;
        if (options.UnsignedPayload || SigV4PayloadHash.MustBeUnsigned(request.Content))
        {
            headers.Set(ContentSha256Header, SigV4PayloadHash.UnsignedPayload);
            return SigV4PayloadHash.UnsignedPayload;
        }
        if (options.AddContentSha256Header)
        {
            string hash = SigV4PayloadHash.Compute(request.Content);
            headers.Set(ContentSha256Header, hash);
            return hash;
        }
        return headers.Get(ContentSha256Header) ?? SigV4PayloadHash.Compute(request.Content);
    }

    // ---- task 2: the string to sign ----

    /// <summary>yyyyMMdd'T'HHmmss'Z' in UTC, the X-Amz-Date value; its first 8 chars are the scope's date.</summary>
    public static string FormatAmzDate(DateTimeOffset time) =>
        string.Create(16, time.UtcDateTime, static (span, t) =>
        {
            Write(span[..4], t.Year);
            Write(span.Slice(4, 2), t.Month);
            Write(span.Slice(6, 2), t.Day);
            span[8] = 'T';
            Write(span.Slice(9, 2), t.Hour);
            Write(span.Slice(11, 2), t.Minute);
            Write(span.Slice(13, 2), t.Second);
            span[15] = 'Z';

            static void Write(Span<char> digits, int value)
            {
                for (int i = digits.Length - 1; i >= 0; i--, value /= 10) digits[i] = (char)('0' + value % 10);
            }
        });

    /// <summary>date/region/service/aws4_request.</summary>
    public static string CredentialScope(ReadOnlySpan<char> date, SigningScope scope) =>
        $"{date}/{scope.Region}/{scope.Service}/aws4_request";

    /// <summary>The string to sign for a canonical request given as text.</summary>
    public static string StringToSign(string amzDate, string credentialScope, string canonicalRequest)
    {
        ArgumentNullException.ThrowIfNull(amzDate);
        ArgumentNullException.ThrowIfNull(credentialScope);
        ArgumentNullException.ThrowIfNull(canonicalRequest);
        Span<byte> hash = stackalloc byte[SigV4Crypto.KeySize];
        SigV4Crypto.Sha256Utf8(canonicalRequest, hash);
        var buffer = new PooledCharBuffer(128);
        try
        {
            WriteStringToSign(ref buffer, amzDate, credentialScope, hash);
            return buffer.ToString();
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <summary>AWS4-HMAC-SHA256 \n amz-date \n scope \n hex(SHA-256(canonical request)).</summary>
    internal static void WriteStringToSign(ref PooledCharBuffer buffer, string amzDate, string credentialScope, scoped ReadOnlySpan<byte> canonicalRequestHash)
    {
        buffer.Append(Algorithm);
        buffer.Append('\n');
        buffer.Append(amzDate);
        buffer.Append('\n');
        buffer.Append(credentialScope);
        buffer.Append('\n');
        Span<char> hex = stackalloc char[SigV4Crypto.KeySize * 2];
        SigV4Crypto.WriteHexLower(canonicalRequestHash, hex);
        buffer.Append(hex);
    }

    // ---- task 4: the Authorization header ----

    public static string FormatAuthorization(string accessKeyId, string credentialScope, string signedHeaders, string signature) =>
        $"{Algorithm} Credential={accessKeyId}/{credentialScope}, SignedHeaders={signedHeaders}, Signature={signature}";
}
