using System;

namespace AwsCodegen.Runtime.Credentials;

/// <summary>The access token `aws sso login` left in the SSO token cache, and when it expires.</summary>
internal sealed record SsoCachedToken(string AccessToken, DateTimeOffset ExpiresAt)
{
    public override string ToString() => $"SsoCachedToken {{ AccessToken = ***, ExpiresAt = {ExpiresAt:O} }}";
}
