using System;
using System.Threading.Tasks;

namespace AwsCodegen.Benchmarks.Calls;

/// <summary>A set of benchmarked calls that can prove, by sending each once, that every one of them succeeds.</summary>
public interface IVerifiedCalls : IDisposable
{
    Task VerifyAsync();
}
