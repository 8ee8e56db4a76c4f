using System.Threading.Tasks;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime.Pipeline;

/// <summary>One step of sending a request. A policy does its part and calls the next one (the transport does not).</summary>
public abstract class PipelinePolicy
{
    public abstract ValueTask<AwsHttpResponse> SendAsync(PipelineContext context, PipelineNext next);
}

/// <summary>The rest of the pipeline after the current policy.</summary>
public readonly struct PipelineNext
{
    private readonly PipelinePolicy[] _policies;
    private readonly int _index;

    internal PipelineNext(PipelinePolicy[] policies, int index)
    {
        _policies = policies;
        _index = index;
    }

    public ValueTask<AwsHttpResponse> SendAsync(PipelineContext context) =>
        _policies[_index].SendAsync(context, new PipelineNext(_policies, _index + 1));
}
