using System.Collections.Generic;

namespace AwsCodegen.Runtime;

/// <summary>What every operation's response carries besides its modeled members.</summary>
public abstract class AwsResponse
{
    /// <summary>The request id the service gave this call, for support cases and logs.</summary>
    public string? RequestId { get; set; }

    public int HttpStatusCode { get; set; }
}

/// <summary>The base of every operation's request type.</summary>
public abstract class AwsRequest
{
    /// <summary>
    /// A shallow copy: the paginators send each next page with a copy that carries the next token, so the caller's
    /// request object is never changed. Nested objects are shared, and nothing here writes to them.
    /// </summary>
    internal AwsRequest ShallowCopy() => (AwsRequest)MemberwiseClone();
}
