using System;
using System.Collections.Generic;

namespace AwsCodegen.Benchmarks.Stub;

/// <summary>What the stub saw of one request: enough to route it and to show, in the smoke check, what each client sent.</summary>
public sealed class StubRequest
{
    public StubRequest(string method, string target, IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        Method = method;
        Target = target;
        Headers = headers;
    }

    public string Method { get; }

    /// <summary>The request target as sent: path and query.</summary>
    public string Target { get; }

    public string Path => Target.IndexOf('?') is var q and >= 0 ? Target[..q] : Target;

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    /// <summary>How many body bytes arrived (after removing any chunked framing).</summary>
    public long BodyLength { get; set; }

    public string? Header(string name)
    {
        foreach (var header in Headers)
            if (string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase)) return header.Value;
        return null;
    }
}
