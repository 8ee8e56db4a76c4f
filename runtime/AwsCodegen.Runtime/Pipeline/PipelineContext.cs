using System;
using System.Threading;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime.Pipeline;

/// <summary>Everything the policies share about one call.</summary>
public sealed class PipelineContext
{
    public PipelineContext(AwsHttpRequest request, string operationName, ClientConfiguration configuration, CancellationToken cancellationToken)
    {
        Request = request;
        OperationName = operationName;
        Configuration = configuration;
        CancellationToken = cancellationToken;
    }

    public AwsHttpRequest Request { get; }

    /// <summary>The parameters this call adds to the endpoint rules (static and context parameters); null for none.</summary>
    public Endpoints.OperationEndpointParameters? EndpointParameters { get; init; }

    /// <summary>The endpoint the endpoint policy resolved, with how to sign for it.</summary>
    public Endpoints.EndpointTarget? Endpoint { get; internal set; }

    /// <summary>Send without a signature (the operation's model says noAuth).</summary>
    public bool Unsigned { get; init; }
    public string OperationName { get; }
    public ClientConfiguration Configuration { get; }

    /// <summary>The call's token; during an attempt (below the retry policy), the attempt's, which also fires at the attempt timeout.</summary>
    public CancellationToken CancellationToken { get; internal set; }

    /// <summary>1 for the first attempt.</summary>
    public int Attempt { get; set; }

    /// <summary>Whether the retry policy reads a successful body within the attempt (every operation without streaming output).</summary>
    public bool BufferResponse { get; internal set; }

    /// <summary>
    /// The offset between the service's clock and ours, learned from a clock-skew error. It belongs to the client
    /// (<see cref="Retry.RetryStrategy.ClockOffset"/>), so later calls are signed with the corrected time too.
    /// </summary>
    public TimeSpan ClockOffset
    {
        get => Configuration.Retry.ClockOffset;
        set => Configuration.Retry.ClockOffset = value;
    }
}
