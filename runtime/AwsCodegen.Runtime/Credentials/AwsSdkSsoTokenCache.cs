using System;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime.Credentials.Internal;
using Amazon.Util;
using Amazon.Util.Internal;

namespace AwsCodegen.Runtime.Credentials;

/// <summary>
/// Reads the SSO token cache (~/.aws/sso/cache/SHA1(session or start URL).json, written by `aws sso login`) with
/// AWSSDK.Core's SSOTokenFileCache, which knows the file naming and format. Only the reading: refreshing an expired
/// token would need an SSO-OIDC client, and logging in needs a browser, so an expired token is the user's to renew.
/// </summary>
/// <remarks>The only place the SSO path touches AWSSDK.Core, so AWSSDK.Core loads only when an SSO profile is used.</remarks>
internal static class AwsSdkSsoTokenCache
{
    /// <summary>The cached token for the settings' session (or start URL), or null when there is none.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static async Task<SsoCachedToken?> ReadAsync(SsoSettings settings, string cacheFolder, CancellationToken cancellationToken)
    {
        var cache = new SSOTokenFileCache(CryptoUtilFactory.CryptoInstance, new FileRetriever(), new DirectoryRetriever());
        var options = new SSOTokenManagerGetTokenOptions
        {
            Session = settings.SessionName,
            StartUrl = settings.StartUrl,
            Region = settings.Region,
        };
        var found = await cache.TryGetSsoTokenAsync(options, cacheFolder, cancellationToken).ConfigureAwait(false);
        if (!found.Success || found.Value is not { AccessToken: { Length: > 0 } accessToken } token) return null;
        return new SsoCachedToken(accessToken, ToUtc(token.ExpiresAt));
    }

    private static DateTimeOffset ToUtc(DateTime time) => time.Kind switch
    {
        DateTimeKind.Local => new DateTimeOffset(time.ToUniversalTime(), TimeSpan.Zero),
        _ => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc), TimeSpan.Zero),
    };
}
