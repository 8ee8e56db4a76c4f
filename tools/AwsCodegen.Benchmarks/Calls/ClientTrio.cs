using System;
using System.Threading.Tasks;
using AwsCodegen.Benchmarks.Fixtures;

namespace AwsCodegen.Benchmarks.Calls;

/// <summary>
/// The three clients one service's calls are measured with, all pointed at the same stub: ours, AWSSDK's and the raw
/// HttpClient floor. <see cref="VerifyAsync"/> sends every call once through each and checks the result.
/// </summary>
public abstract class ClientTrio<TOurs, TAwsSdk> : IVerifiedCalls
    where TOurs : IDisposable
    where TAwsSdk : IDisposable
{
    protected ClientTrio(Uri endpoint, Func<Uri, TOurs> ours, Func<Uri, TAwsSdk> awsSdk)
    {
        Ours = ours(endpoint);
        AwsSdk = awsSdk(endpoint);
        Raw = new RawHttpFloor(endpoint);
    }

    protected TOurs Ours { get; }
    protected TAwsSdk AwsSdk { get; }
    protected RawHttpFloor Raw { get; }

    public abstract Task VerifyAsync();

    public void Dispose()
    {
        Ours.Dispose();
        AwsSdk.Dispose();
        Raw.Dispose();
        GC.SuppressFinalize(this);
    }
}
