using System;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime;

/// <summary>
/// What the exchange of any operation needs to know about it, whatever its request and response types. The exchange
/// itself (send, retry, check) is not generic: one compiled state machine serves every operation, instead of one per
/// request and response pair (NativeAOT builds a type, a dictionary and a static base for each, about 4,000 for the
/// 20 default services, all initialized at start-up).
/// </summary>
public abstract class OperationDefinition
{
    protected OperationDefinition(string name) => Name = name;

    public string Name { get; }

    /// <summary>The response payload is a stream handed to the caller, not buffered.</summary>
    public bool StreamingOutput { get; init; }

    /// <summary>A 200 response may carry an &lt;Error&gt; document instead of the output (S3 CopyObject and friends).</summary>
    public bool ErrorInOkBody { get; init; }

    /// <summary>For responses without a body (HEAD): the modeled error code to raise for a status, such as 404 → NoSuchKey.</summary>
    public System.Collections.Generic.IReadOnlyDictionary<int, string>? StatusErrors { get; init; }

    /// <summary>Sent without a signature (the model's noAuth): STS AssumeRoleWithWebIdentity, whose caller has no credentials yet.</summary>
    public bool Unsigned { get; init; }

    /// <summary>The operation's staticContextParams for the endpoint rules.</summary>
    public System.Collections.Generic.KeyValuePair<string, Endpoints.EndpointParameterValue>[]? StaticEndpointParameters { get; init; }
}

/// <summary>
/// One operation's request side as the generated client hands it to the runtime: its name and the generated function
/// that writes its request. Static and shared; delegates to static methods keep this AOT-safe. The response reader is
/// not here: each typed method passes its own, so that a program keeps the readers of the operations it calls and no
/// others (the CLI reads responses as documents and keeps none: each reader roots its response shapes, their lists,
/// comparers and enumerators, which NativeAOT gives a static base each, allocated at start-up).
/// </summary>
public sealed class OperationDefinition<TRequest> : OperationDefinition
    where TRequest : class
{
    public OperationDefinition(string name, Action<TRequest, AwsHttpRequest> writeRequest)
        : base(name)
    {
        WriteRequest = writeRequest;
    }

    public Action<TRequest, AwsHttpRequest> WriteRequest { get; }

    /// <summary>Reads the request's contextParam members into the endpoint parameters.</summary>
    public Action<TRequest, Endpoints.OperationEndpointParameters>? ContextEndpointParameters { get; init; }

    /// <summary>The endpoint parameters of one call; null when the operation adds none (the client's own parameters decide).</summary>
    internal Endpoints.OperationEndpointParameters? EndpointParametersFor(TRequest request)
    {
        if (StaticEndpointParameters is null && ContextEndpointParameters is null) return null;
        var parameters = new Endpoints.OperationEndpointParameters(Name, StaticEndpointParameters);
        ContextEndpointParameters?.Invoke(request, parameters);
        return parameters;
    }
}
