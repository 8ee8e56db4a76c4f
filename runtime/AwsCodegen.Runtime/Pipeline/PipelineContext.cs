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
    public string OperationName { get; }
    public ClientConfiguration Configuration { get; }
    public CancellationToken CancellationToken { get; }

    /// <summary>1 for the first attempt.</summary>
    public int Attempt { get; set; }

    /// <summary>The offset between the service's clock and ours, learned from a clock-skew error.</summary>
    public TimeSpan ClockOffset { get; set; }
}
