using System;
using System.Collections.Generic;

namespace AwsCodegen.Runtime;

/// <summary>
/// A request signed in its URL, to be sent later by anyone, without credentials, until <see cref="Expires"/>: a
/// browser downloading an S3 object, a curl uploading one. Send <see cref="Method"/> to <see cref="Url"/> with
/// <see cref="Headers"/>; when <see cref="Body"/> is set, its hash is part of the signature and exactly it must be sent.
/// </summary>
public sealed class PresignedRequest
{
    public PresignedRequest(string method, Uri url, IReadOnlyList<KeyValuePair<string, string>> headers, ReadOnlyMemory<byte>? body, DateTimeOffset expires)
    {
        Method = method;
        Url = url;
        Headers = headers;
        Body = body;
        Expires = expires;
    }

    public string Method { get; }
    public Uri Url { get; }

    /// <summary>Headers the request must carry besides Host (signed ones such as x-amz-* and X-Amz-Target, and Content-Type).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    /// <summary>The body the signature covers; null when any body may be sent (S3) or there is none.</summary>
    public ReadOnlyMemory<byte>? Body { get; }

    public DateTimeOffset Expires { get; }

    public override string ToString() => Method + " " + Url;
}
