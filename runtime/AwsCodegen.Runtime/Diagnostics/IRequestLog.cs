using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime.Diagnostics;

/// <summary>
/// Receives a trace of every attempt a client makes: the signed request as it goes out and the response as it comes
/// back (awscg's --debug). Implementations must be safe to call from concurrent calls. Secrets never reach it: the
/// <see cref="Pipeline.LoggingPolicy"/> redacts them first.
/// </summary>
public interface IRequestLog
{
    void Write(string line);
}
