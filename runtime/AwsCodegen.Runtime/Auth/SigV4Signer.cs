// PLACEHOLDER: replaced by the SigV4 implementation.
using System;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime.Auth;

public static class SigV4Signer
{
    public static void Sign(AwsHttpRequest request, AwsCredentials credentials, SigningScope scope, DateTimeOffset time, SigV4Options options) =>
        throw new NotImplementedException();
}
